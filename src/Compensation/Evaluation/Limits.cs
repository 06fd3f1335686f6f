using System.Globalization;
using Compensation.Compilation;
using Compensation.Decisions;
using Compensation.Facts;

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
        var totalCap = manual.TotalLimit is null ? decimal.MaxValue : Cap(manual, manual.TotalLimit, frame, null);
        var used = 0m;
        var byKind = manual.KindLimits.Count > 0;
        Span<decimal> usedByKind = stackalloc decimal[RemedyKinds.All.Length];
        var result = new Remedy[granted.Count];
        var count = 0;
        for (var i = 0; i < granted.Count; i++)
        {
            var remedy = granted[i].Remedy;
            var room = totalCap - used;
            var byKindLimit = false;
            if (byKind && manual.KindLimits.TryGetValue(remedy.Kind, out var kindFormula))
            {
                var kindRoom = Cap(manual, kindFormula, frame, remedy.Kind) - usedByKind[(int)remedy.Kind];
                if (kindRoom < room)
                {
                    (room, byKindLimit) = (kindRoom, true);
                }
            }

            var kept = remedy;
            if (remedy.Cost > room)
            {
                var formula = byKindLimit ? manual.KindLimits[remedy.Kind] : manual.TotalLimit!;
                var limit = byKindLimit ? RemedyKinds.NameOf(remedy.Kind) : "total";
                var descriptor = RemedyKinds.Of(remedy);
                if (descriptor.IsReducible && room > 0)
                {
                    kept = descriptor.WithCost(remedy, room, order, frame.Rounding, originalCost: remedy.Cost);
                    adjustments.Add(new RemedyAdjustment(remedy, AdjustmentKind.Reduced, string.Create(CultureInfo.InvariantCulture, $"limit '{limit}' ({formula.Source.Text}) left {room}; reduced from {remedy.Cost}")));
                }
                else
                {
                    adjustments.Add(new RemedyAdjustment(remedy, AdjustmentKind.DroppedByLimit, string.Create(CultureInfo.InvariantCulture, $"limit '{limit}' ({formula.Source.Text}) left {Math.Max(0, room)}; it costs {remedy.Cost}")));
                    continue;
                }
            }

            used += kept.Cost;
            usedByKind[(int)kept.Kind] += kept.Cost;

            result[count++] = kept;
        }

        return count == result.Length ? result : result[..count];
    }

    /// <summary>Evaluates a cap: the total one (kind null) or a kind's; the name is only built when it fails.</summary>
    private static decimal Cap(CompiledManual manual, CompiledFormula<decimal> formula, FactFrame frame, RemedyKind? kind)
    {
        try
        {
            return frame.Rounding.Round(formula.Evaluate(frame));
        }
        catch (ArithmeticException ex)
        {
            throw new RuleEvaluationException("limits." + (kind is { } k ? RemedyKinds.NameOf(k) : "total"), formula.Source.Text, formula.Source.Location, ex);
        }
    }
}
