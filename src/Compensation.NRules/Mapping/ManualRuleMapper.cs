using System.Linq.Expressions;
using System.Reflection;
using Compensation.Compilation;
using Compensation.Documents;
using NRules.RuleModel;
using NRules.RuleModel.Builders;

namespace Compensation.NRules;

/// <summary>
/// Maps a compiled manual onto NRules rule definitions, built with the RuleModel builder from the manual's own
/// compiled condition trees (no second expression language):
/// <list type="bullet">
/// <item>one <see cref="IRuleSet"/> per manual rule set, one rule per manual rule, named as in the manual;</item>
/// <item>each condition part becomes a condition of the rule's <see cref="CompensationCase"/> pattern (its tree, with the
/// frame read through the case), so equal parts of different rules share Rete nodes;</item>
/// <item>run order is priority: the manual's rules take the band <see cref="LowestPriority"/>..<see cref="HighestPriority"/>,
/// one step per rule in the order <c>Decide</c> runs them (rule sets in order; inside a set the order written, or by
/// <c>priority:</c> for the 'priority' policy);</item>
/// <item>'first', 'priority' and 'best' sets guard their rules with <c>not RuleSetWinner(set)</c>, 'best' adds the
/// <see cref="ManualActions.IsBest"/> condition; a 'unique' set's second rule to fire fails the decision (see <see cref="ManualActions.Fire"/>);</item>
/// <item>every rule is non-repeatable: a rule that sets a fact updates the case, which must not fire it again.</item>
/// </list>
/// </summary>
internal static class ManualRuleMapper
{
    /// <summary>The priority of the manual's first rule; its later rules count down from here.</summary>
    public const int HighestPriority = 2_000_000_000;

    /// <summary>The bottom of the band reserved for the manual's rules (host rules must stay outside the band).</summary>
    public const int LowestPriority = 1_000_000_000;

    /// <summary>The declaration name of the case in every mapped rule (condition parameters must carry it).</summary>
    private const string CaseName = "c";

    private static readonly MethodInfo FireMethod = typeof(ManualActions).GetMethod(nameof(ManualActions.Fire))!;
    private static readonly MethodInfo IsBestMethod = typeof(ManualActions).GetMethod(nameof(ManualActions.IsBest))!;
    private static readonly PropertyInfo FrameProperty = typeof(CompensationCase).GetProperty(nameof(CompensationCase.Frame), BindingFlags.Instance | BindingFlags.NonPublic)!;

    public static List<IRuleSet> Map(CompiledManual manual)
    {
        if (manual.Rules.Count() > HighestPriority - LowestPriority)
        {
            throw new ArgumentException($"a manual of more than {HighestPriority - LowestPriority} rules does not fit the NRules priority band", nameof(manual));
        }

        var result = new List<IRuleSet>(manual.RuleSets.Count);
        var priority = HighestPriority;
        for (var s = 0; s < manual.RuleSets.Count; s++)
        {
            var ruleSet = manual.RuleSets[s];
            var set = new RuleSet(ruleSet.Name);
            set.Add([.. ruleSet.Rules.Select(rule => Build(ruleSet, s, rule, priority--))]);
            result.Add(set);
        }

        return result;
    }

    private static IRuleDefinition Build(CompiledRuleSet ruleSet, int index, CompiledRule rule, int priority)
    {
        var builder = new RuleBuilder();
        builder.Name(rule.Name);
        builder.Description(rule.Section is null ? $"{ruleSet.Name} ({rule.Location})" : $"{rule.Section} ({rule.Location})");
        builder.Tag("compensation-manual");
        builder.Tag(ruleSet.Name);
        builder.Property("ruleSet", ruleSet.Name);
        builder.Property("location", rule.Location.ToString());
        if (rule.Section is not null)
        {
            builder.Property("section", rule.Section);
        }

        builder.Priority(priority);
        builder.Repeatability(RuleRepeatability.NonRepeatable);

        var lhs = builder.LeftHandSide();
        var pattern = lhs.Pattern(typeof(CompensationCase), CaseName);
        var @case = Expression.Parameter(typeof(CompensationCase), CaseName);
        var frame = Expression.Property(@case, FrameProperty);
        foreach (var part in rule.Parts)
        {
            var body = new ParameterReplacer(part.Lambda.Parameters[0], frame).Visit(part.Lambda.Body);
            pattern.Condition(Expression.Lambda<Func<CompensationCase, bool>>(body, @case));
        }

        // 'unique' is not guarded: every matching rule of the set stays on the agenda, and the second to fire fails the decision.
        var guarded = ruleSet.Policy is not (HitPolicy.Collect or HitPolicy.Unique);
        if (ruleSet.Policy == HitPolicy.Best)
        {
            pattern.Condition(Expression.Lambda<Func<CompensationCase, bool>>(
                Expression.Call(IsBestMethod, @case, Expression.Constant(ruleSet), Expression.Constant(rule)), @case));
        }

        if (guarded)
        {
            var w = Expression.Parameter(typeof(RuleSetWinner), "w");
            lhs.Not().Pattern(typeof(RuleSetWinner), w.Name).Condition(Expression.Lambda<Func<RuleSetWinner, bool>>(
                Expression.Equal(Expression.Property(w, nameof(RuleSetWinner.RuleSet)), Expression.Constant(index)), w));
        }

        var context = Expression.Parameter(typeof(IContext), "ctx");
        builder.RightHandSide().Action(Expression.Lambda<Action<IContext, CompensationCase>>(
            Expression.Call(FireMethod, context, @case, Expression.Constant(rule), Expression.Constant(index), Expression.Constant(guarded), Expression.Constant(ruleSet.Policy == HitPolicy.Unique ? ruleSet : null, typeof(CompiledRuleSet))),
            context,
            @case));
        return builder.Build();
    }

    private sealed class ParameterReplacer(ParameterExpression from, Expression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}
