using System.Globalization;
using Compensation.Compilation;
using Compensation.Facts;
using Compensation.Validation;

namespace Compensation.Check;

// How each fact becomes a probe dimension: the values on each side of every threshold the rules test.
internal sealed partial class ProbeGrid
{
    private static ProbeDimension DelayDimension(Dictionary<FactDefinition, SortedSet<decimal>> constants, FactSchema schema)
    {
        var days = constants.TryGetValue(schema.DelayDays, out var d) ? d : [];
        var maxDay = (int)Math.Min(365, days.Count == 0 ? 1 : days.Max) + 2;
        var minutes = new SortedSet<int> { 60 };
        for (var day = 1; day <= maxDay; day++)
        {
            minutes.Add(day * 1440);
        }

        if (constants.TryGetValue(schema.DelayHours, out var h))
        {
            foreach (var c in h.Where(c => c >= 0 && c < 24 * 400))
            {
                minutes.UnionWith(new[] { (int)c - 1, (int)c, (int)c + 1 }.Where(x => x >= 1).Select(x => x * 60));
            }
        }

        if (constants.TryGetValue(schema.DelayMinutes, out var m))
        {
            minutes.Add(0); // on time
            foreach (var c in m.Where(c => c >= 0 && c < 1440 * 400))
            {
                minutes.UnionWith(new[] { (int)c - 1, (int)c, (int)c + 1 }.Where(x => x >= 0));
            }
        }

        return new ProbeDimension { Name = Delay, Values = [.. minutes.Cast<object?>()], Harm = "a longer delay" };
    }

    /// <summary>The index of a fact's probed (numeric, non-derived) dimension, or -1.</summary>
    private static int Probeable(List<ProbeDimension> probed, FactDefinition fact)
        => fact.Origin == FactOrigin.Derived ? -1 : probed.FindIndex(d => d.Name == fact.Name && d.Values.Count > 0 && d.Values.All(v => v is decimal));

    /// <summary>A dimension widened with each side of every value of the fact it is compared with (within its range).</summary>
    private static ProbeDimension Relative(ProbeDimension dimension, FactDefinition fact, IEnumerable<decimal> others, bool positive)
    {
        var step = positive || fact.Type == FactType.Integer ? 1m : 0.01m;
        var values = new SortedSet<decimal>(dimension.Values.Cast<decimal>());
        foreach (var c in others)
        {
            values.UnionWith(new[] { c - step, c, c + step }.Select(v => fact.Type == FactType.Integer ? decimal.Truncate(v) : v));
        }

        values.RemoveWhere(v => v < 0 || (positive && v <= 0) || (fact.Min is { } min && v < min) || (fact.Max is { } max && v > max));
        var descending = dimension.Values.Count > 1 && (decimal)dimension.Values[0]! > (decimal)dimension.Values[^1]!;
        return new ProbeDimension
        {
            Name = dimension.Name,
            Values = [.. (descending ? values.Reverse() : values).Cast<object?>()],
            Harm = dimension.Harm,
        };
    }

    private static ProbeDimension Numeric(Dictionary<FactDefinition, SortedSet<decimal>> constants, FactDefinition fact, string? harm)
    {
        if (!constants.ContainsKey(fact))
        {
            return new ProbeDimension { Name = fact.Name, Values = [] };
        }

        var step = fact.Type == FactType.Integer ? 1m : 0.01m;
        return new ProbeDimension { Name = fact.Name, Values = Around(constants, fact, [0m], step, positive: false).Cast<object?>().ToList(), Harm = harm };
    }

    private static ProbeDimension Input(Dictionary<FactDefinition, SortedSet<decimal>> constants, FactDefinition fact)
    {
        var read = constants.ContainsKey(fact);
        object? Default() => fact.Type switch
        {
            FactType.Boolean => false,
            FactType.Catalog => fact.Values.Count > 0 ? fact.Values[0] : null,
            _ => Value(fact, fact.Min ?? 0m),
        };
        if (!read && fact.Worse != 0)
        {
            // Declared with a direction of harm: probed even when only formulas read it (its range, its default).
            constants[fact] = [];
            read = true;
        }

        if (!read)
        {
            // Not read by any condition: leave it out (its default applies), or give the required value.
            return fact.Default is null ? new ProbeDimension { Name = fact.Name, Values = [Default()] } : new ProbeDimension { Name = fact.Name, Values = [] };
        }

        return fact.Type switch
        {
            FactType.Boolean => new ProbeDimension { Name = fact.Name, Values = [false, true] },
            FactType.Catalog => new ProbeDimension { Name = fact.Name, Values = [.. fact.Values] },
            _ => Ordered(fact, Around(constants, fact, [fact.Min ?? 0m, .. fact.Max is { } max ? new[] { max } : [], .. fact.Default is { } d ? new[] { d } : []], fact.Type == FactType.Integer ? 1m : 0.01m, positive: false)
                    .Where(v => (fact.Min is null || v >= fact.Min) && (fact.Max is null || v <= fact.Max))
                    .Select(v => Value(fact, v)).ToList()),
        };
    }

    /// <summary>A numeric input's probe values, least harm first when the manual says which way is worse (<c>worse: lower</c> reverses them).</summary>
    private static ProbeDimension Ordered(FactDefinition fact, IReadOnlyList<object?> values) => fact.Worse switch
    {
        > 0 => new ProbeDimension { Name = fact.Name, Values = values, Harm = $"a higher {fact.Name}" },
        < 0 => new ProbeDimension { Name = fact.Name, Values = [.. Enumerable.Reverse(values)], Harm = $"a lower {fact.Name}" },
        _ => new ProbeDimension { Name = fact.Name, Values = values },
    };

    private static object Value(FactDefinition fact, decimal value) => fact.Type == FactType.Integer ? decimal.Truncate(value) : value;

    private static SortedSet<decimal> Around(Dictionary<FactDefinition, SortedSet<decimal>> constants, FactDefinition fact, decimal[] always, decimal step, bool positive)
    {
        var values = new SortedSet<decimal>(always);
        if (constants.TryGetValue(fact, out var set))
        {
            foreach (var c in set)
            {
                values.Add(c - step);
                values.Add(c);
                values.Add(c + step);
            }
        }

        values.RemoveWhere(v => v < 0 || (positive && v <= 0));
        return values;
    }
}
