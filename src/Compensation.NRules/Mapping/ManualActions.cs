using Compensation.Compilation;
using Compensation.Evaluation;
using NRules.RuleModel;

namespace Compensation.NRules;

/// <summary>What a mapped manual rule does when it fires, and the 'best' hit policy's condition; called from the rules' expression trees.</summary>
internal static class ManualActions
{
    /// <summary>
    /// Fires a manual rule as <c>Decide</c> does: its remedies are computed (before its own <c>set:</c> runs) and inserted as
    /// <see cref="GrantedRemedy"/> facts, a guarded rule set records its winner, and a rule that sets facts updates the case so
    /// that later rule sets' conditions are evaluated again on the new values. A rule of a 'unique' set
    /// (<paramref name="unique"/> not null) that fires after another of its set fails the decision naming both, as <c>Decide</c> does.
    /// </summary>
    public static void Fire(IContext context, CompensationCase @case, CompiledRule rule, int ruleSet, bool guarded, CompiledRuleSet? unique)
    {
        var run = @case.Run;
        if (unique is not null)
        {
            if (run.UniqueFired[ruleSet] is { } first)
            {
                throw DecisionEvaluator.Overlap(unique, first, rule);
            }

            run.UniqueFired[ruleSet] = rule;
        }

        var grants = rule.Grants;
        for (var i = 0; i < grants.Count; i++)
        {
            var remedy = RemedyCalculator.Compute(run.Manual, rule, grants[i], run.Frame);
            context.Insert(new GrantedRemedy(@case, new Granted(remedy, grants[i], RemedyCalculator.Threshold(run.Manual, rule, grants[i], run.Frame)), run.NextSequence++, byHost: false));
        }

        if (guarded)
        {
            context.Insert(new RuleSetWinner(ruleSet));
        }

        if (rule.Sets.Count > 0)
        {
            DecisionEvaluator.RunSets(rule, run.Frame);
            run.UpdatingCase = true;
            try
            {
                context.Update(@case);
            }
            finally
            {
                run.UpdatingCase = false;
            }
        }
    }

    /// <summary>
    /// The 'best' hit policy as a condition: whether <paramref name="rule"/> is, of the set's rules that match the case now,
    /// the one whose grants are worth the most (ties: the first written) — the same comparison <c>Decide</c> makes.
    /// </summary>
    public static bool IsBest(CompensationCase @case, CompiledRuleSet ruleSet, CompiledRule rule)
    {
        var run = @case.Run;
        CompiledRule? best = null;
        var bestValue = decimal.MinValue;
        foreach (var candidate in ruleSet.Rules)
        {
            if (candidate.Matches is { } matches && !matches(run.Frame))
            {
                continue;
            }

            var value = 0m;
            foreach (var grant in candidate.Grants)
            {
                value += RemedyCalculator.Compute(run.Manual, candidate, grant, run.Frame).Cost;
            }

            if (value > bestValue)
            {
                (best, bestValue) = (candidate, value);
            }
        }

        return best == rule;
    }
}
