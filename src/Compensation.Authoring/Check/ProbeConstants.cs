using System.Globalization;
using System.Text.RegularExpressions;
using Compensation.Compilation;
using Compensation.Facts;

namespace Compensation.Check;

/// <summary>
/// Collects, for each numeric fact, the constants the rules' conditions compare it with, so the probe
/// grid can try a value on each side of every threshold.
/// </summary>
internal static partial class ProbeConstants
{
    public static Dictionary<FactDefinition, SortedSet<decimal>> Collect(CompiledManual manual)
    {
        var result = new Dictionary<FactDefinition, SortedSet<decimal>>();
        foreach (var rule in manual.Rules)
        {
            foreach (var part in rule.Parts)
            {
                // A date compared through days_between & co.: its numbers are probed as days after the promise.
                var numeric = part.Reads.Where(f => f.Origin != FactOrigin.Derived && (f.Type is FactType.Integer or FactType.Decimal or FactType.Duration || f == manual.Schema.Occurred)).ToList();
                var catalog = part.Reads.Where(f => f.Origin != FactOrigin.Derived && f.Type is FactType.Boolean or FactType.Catalog);
                foreach (var fact in catalog)
                {
                    result.TryAdd(fact, []);
                }

                if (numeric.Count == 0)
                {
                    continue;
                }

                AddConstants(result, numeric, part.Text);
            }

            // Thresholds inside formulas count too: a derived fact set by 'iif(uptime < 99.5, 2, 0)' and read by a
            // later 'when:' turns on at 99.5, and so does an amount written 'iif(uptime < 99.5, 50, 10)' for a fact
            // declared with a direction of harm ('worse:'). Other amounts' numbers (prices, percentages) are not
            // thresholds and would only widen the grid.
            foreach (var (_, _, text) in rule.Sets)
            {
                AddConstants(result, NumericInputs(manual, text), text);
            }

            foreach (var formula in rule.Grants.SelectMany(g => g.Formulas).OfType<CompiledFormula<decimal>>())
            {
                AddConstants(result, formula.Reads.Where(f => f.Origin == FactOrigin.Input && f.Worse != 0).ToList(), formula.Source.Text);
            }
        }

        return result;
    }

    /// <summary>
    /// The pairs of numeric facts one part of a condition compares with each other (<c>order.value &gt;= umbral</c>),
    /// in the order the part reads them: the grid probes one side each side of the other side's probed values.
    /// </summary>
    public static List<(FactDefinition Left, FactDefinition Right)> Links(CompiledManual manual)
    {
        var links = new List<(FactDefinition, FactDefinition)>();
        foreach (var part in manual.Rules.SelectMany(r => r.Parts))
        {
            var numeric = part.Reads.Where(f => f.Type is FactType.Integer or FactType.Decimal).Distinct().ToList();
            for (var i = 0; i < numeric.Count; i++)
            {
                for (var j = i + 1; j < numeric.Count; j++)
                {
                    if (!links.Contains((numeric[i], numeric[j])))
                    {
                        links.Add((numeric[i], numeric[j]));
                    }
                }
            }
        }

        return links;
    }

    /// <summary>The values a derived fact may take as far as its rules say: 0 (unset), every number its formulas write, its range's ends.</summary>
    public static SortedSet<decimal> DerivedValues(CompiledManual manual, FactDefinition fact)
    {
        var values = new SortedSet<decimal> { 0m };
        foreach (var (set, _, text) in manual.Rules.SelectMany(r => r.Sets))
        {
            if (set == fact)
            {
                values.UnionWith(Numbers().Matches(text).Select(m => decimal.Parse(m.Value, CultureInfo.InvariantCulture)));
            }
        }

        if (manual.DerivedRanges.TryGetValue(fact, out var range) && range.Known)
        {
            foreach (var end in new[] { range.Lo, range.Hi }.Where(e => double.IsFinite(e) && Math.Abs(e) < 1e12))
            {
                values.Add((decimal)end);
            }
        }

        return values;
    }

    /// <summary>The numeric input facts a formula's text names (a set: formula keeps its text, not what it reads).</summary>
    private static List<FactDefinition> NumericInputs(CompiledManual manual, string text)
        => [.. manual.Schema.Facts.Where(f => f.Origin != FactOrigin.Derived && f.Type is FactType.Integer or FactType.Decimal or FactType.Duration
               && Regex.IsMatch(text, $@"(?<![\w.]){Regex.Escape(f.Name)}(?![\w])", RegexOptions.CultureInvariant))];

    private static void AddConstants(Dictionary<FactDefinition, SortedSet<decimal>> result, List<FactDefinition> numeric, string formula)
    {
        if (numeric.Count == 0)
        {
            return;
        }

        var text = Durations().Replace(formula, m => DurationText.TryParse(m.Value, out var span) ? ((long)span.TotalMinutes).ToString(CultureInfo.InvariantCulture) : m.Value);
        var constants = Numbers().Matches(text).Select(m => decimal.Parse(m.Value, CultureInfo.InvariantCulture)).ToList();
        foreach (var fact in numeric)
        {
            if (!result.TryGetValue(fact, out var set))
            {
                result[fact] = set = [];
            }

            set.UnionWith(constants);
        }
    }

    [GeneratedRegex(@"(?<![\w.""])(\d+[wdhm])+(?![\w""])", RegexOptions.CultureInvariant)]
    private static partial Regex Durations();

    [GeneratedRegex(@"(?<![\w.""])\d+(\.\d+)?(?![\w""])", RegexOptions.CultureInvariant)]
    private static partial Regex Numbers();
}
