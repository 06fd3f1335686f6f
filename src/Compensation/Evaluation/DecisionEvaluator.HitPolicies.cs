using System.Globalization;
using Compensation.Compilation;
using Compensation.Documents;
using Compensation.Facts;
using Compensation.Messages;

namespace Compensation.Evaluation;

// The hit policies that pick one rule of a set: first and priority (the first match in order), best (the most valuable).
internal static partial class DecisionEvaluator
{
    /// <summary>The first (or, sorted by priority, the highest) matching rule fires; with a trace, the rest say why they did not.</summary>
    private static void FirstHit(CompiledManual manual, CompiledRuleSet ruleSet, CompiledRule[] rules, FactFrame frame, DecisionScratch scratch, List<RuleTrace>? trace, IRuleObserver? observer)
    {
        CompiledRule? winner = null;
        foreach (var rule in rules)
        {
            if (winner is null)
            {
                if (Matches(rule, frame, trace))
                {
                    winner = rule;
                    Fire(manual, rule, frame, scratch.Granted, trace, observer);
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
    }

    private static void Best(CompiledManual manual, CompiledRule[] rules, FactFrame frame, DecisionScratch scratch, List<RuleTrace>? trace, IRuleObserver? observer)
    {
        var granted = scratch.Granted;
        CompiledRule? best = null;
        var (bestStart, bestCount) = (0, 0);
        var bestValue = decimal.MinValue;
        var candidates = scratch.Candidates; // every matched rule's remedies, one range per rule
        candidates.Clear();
        var matched = trace is null ? null : new List<CompiledRule>();
        foreach (var rule in rules)
        {
            if (!Matches(rule, frame, trace))
            {
                continue;
            }

            matched?.Add(rule);
            var grants = rule.Grants;
            var start = candidates.Count;
            var value = 0m;
            for (var i = 0; i < grants.Count; i++)
            {
                var remedy = RemedyCalculator.Compute(manual, rule, grants[i], frame);
                candidates.Add(new Granted(remedy, grants[i], RemedyCalculator.Threshold(manual, rule, grants[i], frame)));
                value += remedy.Cost;
            }

            if (value > bestValue)
            {
                (best, bestStart, bestCount, bestValue) = (rule, start, grants.Count, value);
            }
        }

        if (best is null)
        {
            return;
        }

        observer?.Fired(best);

        if (matched is null)
        {
            RunSets(best, frame);
            AddRange(granted, candidates, bestStart, bestCount);
            return;
        }

        foreach (var rule in matched)
        {
            if (rule == best)
            {
                RunSets(rule, frame);
                AddRange(granted, candidates, bestStart, bestCount);
                trace?.Add(Trace(rule, RuleOutcome.Fired));
            }
            else
            {
                trace?.Add(Trace(rule, RuleOutcome.Suppressed) with { Reason = string.Create(CultureInfo.InvariantCulture, $"hit policy 'best': '{best.Name}' is worth more ({bestValue})") });
            }
        }
    }
}
