using Compensation.Compilation;
using Compensation.Remedies;

namespace Compensation.Evaluation;

/// <summary>
/// Applies the manual's caps (<c>limits.total</c> and per-kind limits) in grant order: a remedy that would
/// cross a cap is reduced to the room left when it is money-like, and dropped otherwise.
/// </summary>
internal static class Limits
{
    public static IReadOnlyList<Remedy> Apply(CompiledManual manual, List<Granted> granted, FactFrame frame, List<RemedyAdjustment> adjustments)
    {
        if (granted.Count == 0)
        {
            return [];
        }

        var order = frame.Decimals[manual.Schema.OrderValue.Slot];
        var totalCap = manual.TotalLimit is null ? decimal.MaxValue : Cap(manual, manual.TotalLimit, frame, "total");
        var used = 0m;
        Dictionary<RemedyKind, decimal>? usedByKind = manual.KindLimits.Count == 0 ? null : [];
        var result = new Remedy[granted.Count];
        var count = 0;
        foreach (var (remedy, _) in granted)
        {
            var room = totalCap - used;
            var limit = "total";
            if (usedByKind is not null && manual.KindLimits.TryGetValue(remedy.Kind, out var kindFormula))
            {
                var kindRoom = Cap(manual, kindFormula, frame, RemedyKinds.NameOf(remedy.Kind)) - usedByKind.GetValueOrDefault(remedy.Kind);
                if (kindRoom < room)
                {
                    (room, limit) = (kindRoom, RemedyKinds.NameOf(remedy.Kind));
                }
            }

            var kept = remedy;
            if (remedy.Cost > room)
            {
                var formula = limit == "total" ? manual.TotalLimit! : manual.KindLimits[remedy.Kind];
                if (RemedyCalculator.IsReducible(remedy) && room > 0)
                {
                    kept = RemedyCalculator.WithCost(remedy, room, order, manual.Rounding) with { OriginalCost = remedy.Cost };
                    adjustments.Add(new RemedyAdjustment(remedy, AdjustmentKind.Reduced, $"limit '{limit}' ({formula.Source.Text}) left {room}; reduced from {remedy.Cost}"));
                }
                else
                {
                    adjustments.Add(new RemedyAdjustment(remedy, AdjustmentKind.DroppedByLimit, $"limit '{limit}' ({formula.Source.Text}) left {Math.Max(0, room)}; it costs {remedy.Cost}"));
                    continue;
                }
            }

            used += kept.Cost;
            if (usedByKind is not null)
            {
                usedByKind[kept.Kind] = usedByKind.GetValueOrDefault(kept.Kind) + kept.Cost;
            }

            result[count++] = kept;
        }

        return count == result.Length ? result : result[..count];
    }

    private static decimal Cap(CompiledManual manual, CompiledFormula<decimal> formula, FactFrame frame, string name)
    {
        try
        {
            return manual.Rounding.Round(formula.Evaluate(frame));
        }
        catch (ArithmeticException ex)
        {
            throw new RuleEvaluationException("limits." + name, formula.Source.Text, formula.Source.Location, ex);
        }
    }
}
