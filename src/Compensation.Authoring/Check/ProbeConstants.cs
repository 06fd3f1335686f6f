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

                var text = Durations().Replace(part.Text, m => DurationText.TryParse(m.Value, out var span) ? ((long)span.TotalMinutes).ToString(CultureInfo.InvariantCulture) : m.Value);
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
        }

        return result;
    }

    [GeneratedRegex(@"(?<![\w.""])(\d+[wdhm])+(?![\w""])", RegexOptions.CultureInvariant)]
    private static partial Regex Durations();

    [GeneratedRegex(@"(?<![\w.""])\d+(\.\d+)?(?![\w""])", RegexOptions.CultureInvariant)]
    private static partial Regex Numbers();
}
