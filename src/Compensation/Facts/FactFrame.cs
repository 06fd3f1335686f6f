using NodaTime;
using NodaTime.Text;

namespace Compensation.Facts;

/// <summary>The values of every fact for one decision, in typed slots that compiled expressions index directly.</summary>
internal sealed class FactFrame
{
    private readonly FactSchema _schema;

    public FactFrame(FactSchema schema)
    {
        _schema = schema;
        Ints = new int[schema.IntCount];
        Decimals = new decimal[schema.DecimalCount];
        Bools = new bool[schema.BoolCount];
        Times = new Instant[schema.TimeCount];
        Array.Fill(Times, Missing);
    }

    /// <summary>Dates and date-times; <see cref="Missing"/> when the incident has none.</summary>
    public Instant[] Times { get; }

    /// <summary>The value of a date the incident does not carry.</summary>
    public static readonly Instant Missing = Instant.MinValue;

    /// <summary>Reads a date for an expression; a date the incident lacks rejects the incident (the rule needs it).</summary>
    public static Instant Time(Instant[] times, int slot, string name)
    {
        var value = times[slot];
        return value == Missing ? throw new MissingInputException(name) : value;
    }

    /// <summary>The value of an amount the incident does not carry (an incident without an order value).</summary>
    public static readonly decimal MissingMoney = decimal.MinValue;

    /// <summary>Reads an amount for an expression; an amount the incident lacks rejects the incident (the rule needs it).</summary>
    public static decimal Money(decimal[] decimals, int slot, string name)
    {
        var value = decimals[slot];
        return value == MissingMoney ? throw new MissingInputException(name) : value;
    }

    /// <summary>Integer facts and catalogue positions (-1 when absent).</summary>
    public int[] Ints { get; }

    public decimal[] Decimals { get; }

    public bool[] Bools { get; }

    /// <summary>A copy, for work that outlives the decision (a message rendered later): frames are reused per thread.</summary>
    /// <summary>The rounding of the decision's currency (the incident's, or the manual's default), set when the incident is bound.</summary>
    public CurrencyRounding Rounding { get; set; } = CurrencyRounding.Unset;

    public FactFrame Clone()
    {
        var copy = new FactFrame(_schema) { Rounding = Rounding };
        Ints.CopyTo(copy.Ints, 0);
        Decimals.CopyTo(copy.Decimals, 0);
        Bools.CopyTo(copy.Bools, 0);
        Times.CopyTo(copy.Times, 0);
        return copy;
    }

    public bool IsFor(FactSchema schema) => ReferenceEquals(schema, _schema) && Ints.Length == schema.IntCount && Decimals.Length == schema.DecimalCount && Bools.Length == schema.BoolCount && Times.Length == schema.TimeCount;

    public void Clear()
    {
        Array.Clear(Ints);
        Array.Clear(Decimals);
        Array.Clear(Bools);
        Array.Fill(Times, Missing);
    }

    public object Read(FactDefinition fact) => fact.Type switch
    {
        FactType.Decimal => Decimals[fact.Slot],
        FactType.Boolean => Bools[fact.Slot],
        FactType.Integer => Ints[fact.Slot],
        FactType.Duration => DurationText.Format(Ints[fact.Slot]),
        FactType.Date or FactType.DateTime => Times[fact.Slot] == Missing ? "(none)" : Times[fact.Slot],
        _ => Ints[fact.Slot] < 0 ? "(none)" : fact.Values[Ints[fact.Slot]],
    };

    public string Format(FactDefinition fact) => Read(fact) switch
    {
        decimal d => d.ToString(System.Globalization.CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        int i => i.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Instant t => InstantPattern.ExtendedIso.Format(t),
        var other => other.ToString() ?? string.Empty,
    };
}
