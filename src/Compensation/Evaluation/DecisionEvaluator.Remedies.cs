using System.Globalization;
using Compensation.Compilation;

namespace Compensation.Evaluation;

/// <summary>After the rule sets: exclusive groups and the approval level.</summary>
internal static partial class DecisionEvaluator
{
    /// <summary>Removes the remedies whose amount is below their grant's <c>threshold:</c>, saying so in the adjustments.</summary>
    private static void BelowThreshold(List<Granted> granted, List<RemedyAdjustment> adjustments, string currency)
    {
        for (var i = granted.Count - 1; i >= 0; i--)
        {
            if (granted[i].Threshold is { } threshold && granted[i].Remedy.Cost < threshold)
            {
                var cost = granted[i].Remedy.Cost;
                adjustments.Insert(0, new RemedyAdjustment(granted[i].Remedy, AdjustmentKind.BelowThreshold, string.Create(CultureInfo.InvariantCulture, $"{cost:0.##########} {currency} is below the threshold of {threshold:0.##########} {currency} ({granted[i].Grant.Threshold!.Source.Text}): not granted")));
                granted.RemoveAt(i);
            }
        }
    }

    /// <summary>Keeps, in each exclusive group, the most valuable remedy (the first on ties), unless it stacks.</summary>
    private static List<Granted> ExclusiveGroups(List<Granted> granted, List<Granted> kept, List<RemedyAdjustment> adjustments)
    {
        if (granted.Count < 2)
        {
            return granted;
        }

        kept.Clear();
        for (var i = 0; i < granted.Count; i++)
        {
            var grant = granted[i].Grant;
            if (grant.Stack)
            {
                kept.Add(granted[i]);
                continue;
            }

            var winner = i;
            for (var j = 0; j < granted.Count; j++)
            {
                var other = granted[j];
                if (j != i && !other.Grant.Stack && other.Grant.Group == grant.Group
                    && (other.Remedy.Cost > granted[winner].Remedy.Cost || (other.Remedy.Cost == granted[winner].Remedy.Cost && j < winner)))
                {
                    winner = j;
                }
            }

            if (winner == i)
            {
                kept.Add(granted[i]);
            }
            else
            {
                var winning = granted[winner].Remedy;
                var why = winning.Cost > granted[i].Remedy.Cost ? string.Create(CultureInfo.InvariantCulture, $"grants more ({winning.Cost})") : "was granted first";
                adjustments.Add(new RemedyAdjustment(granted[i].Remedy, AdjustmentKind.DroppedByGroup, $"exclusive group '{grant.Group}': '{winning.Rule}' {why}"));
            }
        }

        return kept;
    }

    private static ApprovalLevel Approval(CompiledManual manual, decimal total, IReadOnlyList<Remedy> remedies)
    {
        var empowerment = manual.Empowerment;
        if (empowerment.Count == 0)
        {
            return ApprovalLevel.None; // the manual declares no empowerment levels: nobody needs to approve
        }

        var level = empowerment[^1];
        for (var i = 0; i < empowerment.Count; i++)
        {
            var candidate = empowerment[i];
            if (candidate.UpTo is null || total <= candidate.UpTo)
            {
                level = candidate;
                break;
            }
        }

        for (var r = 0; r < remedies.Count; r++)
        {
            if (remedies[r].RequiredApproval is { } role)
            {
                for (var i = 0; i < empowerment.Count; i++)
                {
                    var required = empowerment[i];
                    if (required.Role == role && required.Rank > level.Rank)
                    {
                        level = required;
                    }
                }
            }
        }

        return level;
    }
}
