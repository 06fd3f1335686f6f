using Compensation.Compilation;
using Compensation.Incidents;

namespace Compensation.Evaluation;

/// <summary>
/// Runs a compiled manual for one incident: binds the facts, runs the rule sets in order under their
/// hit policies, then applies exclusive groups, limits and empowerment. Reads only immutable state;
/// every decision has its own frame, so any number of threads may decide at once.
/// </summary>
internal static class DecisionEvaluator
{
    public static Decision Decide(CompiledManual manual, Incident incident, Customer customer, bool explain, TimeProvider? clock = null)
    {
        var frame = new FactFrame(manual.Schema);
        if (IncidentBinder.Bind(manual, incident, customer, frame) is { } errors)
        {
            throw new InvalidIncidentException(errors);
        }

        var granted = new List<Granted>(4);
        var trace = explain ? new List<RuleTrace>() : null;
        foreach (var ruleSet in manual.RuleSets)
        {
            var rules = explain ? ruleSet.Rules.ToArray() : ruleSet.Index.Candidates(frame);
            switch (ruleSet.Policy)
            {
                case HitPolicy.Collect:
                    foreach (var rule in rules)
                    {
                        if (Matches(rule, frame, trace))
                        {
                            Fire(manual, rule, frame, granted, trace);
                        }
                    }

                    break;
                case HitPolicy.First or HitPolicy.Priority:
                    CompiledRule? winner = null;
                    foreach (var rule in rules)
                    {
                        if (winner is null)
                        {
                            if (Matches(rule, frame, trace))
                            {
                                winner = rule;
                                Fire(manual, rule, frame, granted, trace);
                                if (trace is null)
                                {
                                    break;
                                }
                            }
                        }
                        else if (Matches(rule, frame, null))
                        {
                            trace!.Add(Trace(rule, RuleOutcome.Suppressed) with { Reason = $"hit policy '{Policy(ruleSet)}': '{winner.Name}' fired first" });
                        }
                        else
                        {
                            Matches(rule, frame, trace);
                        }
                    }

                    break;
                default:
                    Best(manual, ruleSet, rules, frame, granted, trace);
                    break;
            }
        }

        var adjustments = new List<RemedyAdjustment>();
        var kept = ExclusiveGroups(granted, adjustments);
        var remedies = Limits.Apply(manual, kept, frame, adjustments);
        var total = 0m;
        foreach (var remedy in remedies)
        {
            total += remedy.Cost;
        }

        var approval = Approval(manual, total, remedies);
        var now = manual.FollowUps.Count + manual.Messages.Count == 0 ? default : (clock ?? TimeProvider.System).GetUtcNow();
        return new Decision(
            manual.Stamp,
            manual.Rounding.Currency,
            incident.Id,
            remedies,
            approval,
            adjustments.Count == 0 ? [] : adjustments,
            trace is null ? [] : trace,
            explain ? [.. manual.Schema.Facts.Select(f => new FactValue(f.Name, frame.Format(f)))] : [])
        {
            FollowUps = Messages.FollowUpScheduler.Schedule(manual.FollowUps, frame, now),
            MessageFactory = Messages.MessageRenderer.Prepare(manual, incident, customer, remedies, total, approval, frame, now),
        };
    }

    private static void Best(CompiledManual manual, CompiledRuleSet ruleSet, CompiledRule[] rules, FactFrame frame, List<Granted> granted, List<RuleTrace>? trace)
    {
        CompiledRule? best = null;
        List<Granted>? bestRemedies = null;
        var bestValue = decimal.MinValue;
        var matched = new List<CompiledRule>();
        foreach (var rule in rules)
        {
            if (!Matches(rule, frame, trace))
            {
                continue;
            }

            matched.Add(rule);
            var remedies = rule.Grants.Select(g => new Granted(RemedyCalculator.Compute(manual, rule, g, frame), g)).ToList();
            var value = remedies.Sum(r => r.Remedy.Cost);
            if (value > bestValue)
            {
                (best, bestRemedies, bestValue) = (rule, remedies, value);
            }
        }

        if (best is null)
        {
            return;
        }

        foreach (var rule in matched)
        {
            if (rule == best)
            {
                RunSets(rule, frame);
                granted.AddRange(bestRemedies!);
                trace?.Add(Trace(rule, RuleOutcome.Fired));
            }
            else
            {
                trace?.Add(Trace(rule, RuleOutcome.Suppressed) with { Reason = $"hit policy 'best': '{best.Name}' is worth more ({bestValue})" });
            }
        }
    }

    private static bool Matches(CompiledRule rule, FactFrame frame, List<RuleTrace>? trace)
    {
        if (trace is null)
        {
            try
            {
                return rule.Matches is null || rule.Matches(frame);
            }
            catch (ArithmeticException)
            {
                // Find the part that failed, to name it.
            }
        }

        foreach (var part in rule.Parts)
        {
            bool holds;
            try
            {
                holds = part.Test(frame);
            }
            catch (ArithmeticException ex)
            {
                throw new RuleEvaluationException(rule.Name, part.Text, part.Location, ex);
            }

            if (!holds)
            {
                trace?.Add(Trace(rule, RuleOutcome.NotMatched) with
                {
                    FailedCondition = part.Text,
                    Values = [.. part.Reads.Select(f => new FactValue(f.Name, frame.Format(f)))],
                });
                return false;
            }
        }

        return true;
    }

    private static void Fire(CompiledManual manual, CompiledRule rule, FactFrame frame, List<Granted> granted, List<RuleTrace>? trace)
    {
        foreach (var grant in rule.Grants)
        {
            granted.Add(new Granted(RemedyCalculator.Compute(manual, rule, grant, frame), grant));
        }

        RunSets(rule, frame);
        trace?.Add(Trace(rule, RuleOutcome.Fired));
    }

    private static void RunSets(CompiledRule rule, FactFrame frame)
    {
        foreach (var (_, assign, text) in rule.Sets)
        {
            try
            {
                assign(frame);
            }
            catch (ArithmeticException ex)
            {
                throw new RuleEvaluationException(rule.Name, text, rule.Location, ex);
            }
        }
    }

    /// <summary>Keeps, in each exclusive group, the most valuable remedy (the first on ties), unless it stacks.</summary>
    private static List<Granted> ExclusiveGroups(List<Granted> granted, List<RemedyAdjustment> adjustments)
    {
        if (granted.Count < 2)
        {
            return granted;
        }

        var kept = new List<Granted>(granted.Count);
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
                var why = winning.Cost > granted[i].Remedy.Cost ? $"grants more ({winning.Cost})" : "was granted first";
                adjustments.Add(new RemedyAdjustment(granted[i].Remedy, AdjustmentKind.DroppedByGroup, $"exclusive group '{grant.Group}': '{winning.Rule}' {why}"));
            }
        }

        return kept;
    }

    private static ApprovalLevel Approval(CompiledManual manual, decimal total, IReadOnlyList<Remedy> remedies)
    {
        var level = manual.Empowerment[^1];
        foreach (var candidate in manual.Empowerment)
        {
            if (candidate.UpTo is null || total <= candidate.UpTo)
            {
                level = candidate;
                break;
            }
        }

        foreach (var remedy in remedies)
        {
            if (remedy.RequiredApproval is { } role)
            {
                foreach (var required in manual.Empowerment)
                {
                    if (required.Role == role && required.Rank > level.Rank)
                    {
                        level = required;
                    }
                }
            }
        }

        return level;
    }

    private static RuleTrace Trace(CompiledRule rule, RuleOutcome outcome)
        => new() { RuleSet = rule.RuleSet, Rule = rule.Name, Section = rule.Section, Location = rule.Location, Outcome = outcome };

    private static string Policy(CompiledRuleSet ruleSet) => ruleSet.Policy.ToString().ToLowerInvariant();
}
