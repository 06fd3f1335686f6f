namespace Compensation.Facts;

/// <summary>Where a fact comes from.</summary>
internal enum FactOrigin
{
    /// <summary>Computed from the incident and customer (failure, delay.days, order.value…).</summary>
    Builtin,

    /// <summary>Declared in <c>catalog.facts</c>; the incident carries it.</summary>
    Input,

    /// <summary>Set by a rule (<c>set:</c>) for later rule sets.</summary>
    Derived,
}

/// <summary>A fact an expression can read, and the slot of the frame that holds it.</summary>
internal sealed class FactDefinition
{
    public required string Name { get; init; }

    public required FactType Type { get; init; }

    public required FactOrigin Origin { get; init; }

    /// <summary>The index in the frame's array for <see cref="Type"/>.</summary>
    public int Slot { get; set; }

    /// <summary>For catalogue facts: the values, in declared order.</summary>
    public IReadOnlyList<string> Values { get; init; } = [];

    /// <summary>For catalogue facts: whether &lt; and &gt; are meaningful (tiers).</summary>
    public bool Ordered { get; init; }

    public decimal? Min { get; init; }

    public decimal? Max { get; init; }

    /// <summary>The default (as a decimal, 0/1 for booleans, the position for catalogue values); null when required.</summary>
    public decimal? Default { get; init; }

    /// <summary>Which way means more harm: 1 when a higher value is worse, -1 when a lower one is, 0 when the manual does not say.</summary>
    public int Worse { get; init; }

    /// <summary>For derived facts: the position of the rule set that first sets it.</summary>
    public int SetByRuleSet { get; init; } = -1;

    public string? SetByRuleSetName { get; init; }

    /// <summary>Positions by value for long catalogues (built on first use; a benign race builds equal copies).</summary>
    private Dictionary<string, int>? _positions;

    /// <summary>Whether the frame holds it in <see cref="FactFrame.Times"/> (dates and date-times).</summary>
    public bool IsTime => Type is FactType.Date or FactType.DateTime;

    /// <summary>Whether an expression reads it as a whole number (integers, durations in minutes, catalogue positions).</summary>
    public bool IsInt => Type is FactType.Integer or FactType.Duration or FactType.Catalog;

    public int IndexOf(string value)
    {
        if (Values.Count > 8)
        {
            return (_positions ??= Positions()).TryGetValue(value, out var position) ? position : -1;
        }

        for (var i = 0; i < Values.Count; i++)
        {
            if (string.Equals(Values[i], value, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    private Dictionary<string, int> Positions()
    {
        var positions = new Dictionary<string, int>(Values.Count, StringComparer.Ordinal);
        for (var i = 0; i < Values.Count; i++)
        {
            positions.TryAdd(Values[i], i); // the first of duplicates, like the scan
        }

        return positions;
    }

    public string TypeName => Type switch
    {
        FactType.Integer => "integer",
        FactType.Decimal => "decimal",
        FactType.Boolean => "boolean",
        FactType.Date => "date",
        FactType.DateTime => "date and time",
        FactType.Duration => "duration",
        _ => "one of " + string.Join(", ", Values),
    };
}
