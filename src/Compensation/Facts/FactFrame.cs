
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
    }

    /// <summary>Integer facts and catalogue positions (-1 when absent).</summary>
    public int[] Ints { get; }

    public decimal[] Decimals { get; }

    public bool[] Bools { get; }

    /// <summary>A copy, for work that outlives the decision (a message rendered later): frames are reused per thread.</summary>
    public FactFrame Clone()
    {
        var copy = new FactFrame(_schema);
        Ints.CopyTo(copy.Ints, 0);
        Decimals.CopyTo(copy.Decimals, 0);
        Bools.CopyTo(copy.Bools, 0);
        return copy;
    }

    public bool IsFor(FactSchema schema) => ReferenceEquals(schema, _schema) && Ints.Length == schema.IntCount && Decimals.Length == schema.DecimalCount && Bools.Length == schema.BoolCount;

    public void Clear()
    {
        Array.Clear(Ints);
        Array.Clear(Decimals);
        Array.Clear(Bools);
    }

    public object Read(FactDefinition fact) => fact.Type switch
    {
        FactType.Decimal => Decimals[fact.Slot],
        FactType.Boolean => Bools[fact.Slot],
        FactType.Integer => Ints[fact.Slot],
        _ => Ints[fact.Slot] < 0 ? "(none)" : fact.Values[Ints[fact.Slot]],
    };

    public string Format(FactDefinition fact) => Read(fact) switch
    {
        decimal d => d.ToString(System.Globalization.CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        int i => i.ToString(System.Globalization.CultureInfo.InvariantCulture),
        var other => other.ToString() ?? string.Empty,
    };
}
