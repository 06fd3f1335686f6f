using System.Globalization;
using Compensation.Diagnostics;
using Compensation.Facts;

namespace Compensation.Compilation;

/// <summary>
/// For rule sets with hit policy <c>unique</c>: looks for an incident two rules both match and, when it finds
/// one, reports it (a warning at load; deciding such an incident is an error naming both rules). Each pair's
/// conditions are met together by interval reasoning; the incident found is then checked on the compiled rules.
/// </summary>
internal static class UniqueOverlaps
{
    /// <summary>Beyond this many rules in one rule set, pairs are not searched (the cost grows with the square).</summary>
    private const int MaxRules = 400;

    public static void Report(CompiledRuleSet ruleSet, FactSchema schema, FormulaAnalysis analysis, DiagnosticBag diagnostics)
    {
        var rules = ruleSet.Rules;
        if (rules.Count > MaxRules)
        {
            return;
        }

        for (var i = 0; i < rules.Count; i++)
        {
            for (var j = i + 1; j < rules.Count; j++)
            {
                if (Witness(rules[i], rules[j], schema, analysis) is { } incident)
                {
                    diagnostics.Warning(
                        DiagnosticCodes.UniqueOverlap,
                        rules[j].Location,
                        $"rules '{rules[i].Name}' ({rules[i].Location}) and '{rules[j].Name}' both match an incident such as {incident}, and rule set '{ruleSet.Name}' has hit policy 'unique': deciding it would fail",
                        "narrow one of the two rules so they never match together, or use hit policy 'first' if the order written should decide");
                }
            }
        }
    }

    private static string? Witness(CompiledRule a, CompiledRule b, FactSchema schema, FormulaAnalysis analysis)
    {
        var parts = a.Parts.Concat(b.Parts).ToList();
        if (analysis.Meet(parts.Select(p => p.Body)) is not { } ranges)
        {
            return null;
        }

        // Catalogue values both rules allow.
        var allowed = ConditionPart.AllowedCatalogValues(parts);

        var frame = new FactFrame(schema);
        var shown = new List<string>();
        foreach (var fact in schema.Facts)
        {
            switch (fact.Type)
            {
                case FactType.Catalog:
                    var positions = allowed.TryGetValue(fact, out var mask) ? mask : null;
                    var index = positions is null ? 0 : Array.IndexOf(positions, true);
                    if (index < 0 || index >= fact.Values.Count)
                    {
                        return null; // no value both allow
                    }

                    frame.Ints[fact.Slot] = index;
                    if (positions is not null)
                    {
                        shown.Add($"{fact.Name} {fact.Values[index]}");
                    }

                    break;
                case FactType.Integer or FactType.Decimal or FactType.Boolean:
                    var range = ranges.TryGetValue(fact, out var narrowed) ? narrowed : analysis.DeclaredRange(fact);
                    var value = Pick(range, fact.Type != FactType.Decimal);
                    if (fact.Type == FactType.Boolean)
                    {
                        frame.Bools[fact.Slot] = value != 0;
                    }
                    else if (fact.Type == FactType.Integer)
                    {
                        frame.Ints[fact.Slot] = (int)value;
                    }
                    else
                    {
                        frame.Decimals[fact.Slot] = (decimal)value;
                    }

                    if (ranges.ContainsKey(fact))
                    {
                        shown.Add(fact.Type == FactType.Boolean ? $"{fact.Name} {(value != 0 ? "yes" : "no")}" : $"{fact.Name} {value.ToString(CultureInfo.InvariantCulture)}");
                    }

                    break;
            }
        }

        try
        {
            var both = (a.Matches?.Invoke(frame) ?? true) && (b.Matches?.Invoke(frame) ?? true);
            return both ? (shown.Count == 0 ? "any incident" : string.Join(", ", shown)) : null;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return null;
        }
    }

    private static double Pick(Interval range, bool whole)
    {
        var low = double.IsFinite(range.Lo) ? range.Lo : double.IsFinite(range.Hi) ? Math.Min(0, range.Hi) : 0;
        var value = whole ? Math.Ceiling(low) : low;
        return Math.Min(Math.Max(value, 0), double.IsFinite(range.Hi) ? range.Hi : double.MaxValue) is var v && v >= range.Lo ? v : value;
    }
}
