using Compensation.TestSupport;

namespace Compensation.NRules.Tests;

/// <summary>
/// The 'unique' hit policy in the NRules session: one matching rule fires as in <c>Decide</c>; two matching rules fail
/// the decision with the same <see cref="RuleEvaluationException"/> naming both — never a silent pick of the first.
/// </summary>
public sealed class UniqueHitPolicyTests
{
    /// <summary>'corto' (1 to 3 days) and 'medio' (from 2 days) overlap on 2 days; from 3 days only 'medio' matches.</summary>
    private const string Overlapping = """
        rule-sets:
          - name: tramos
            hit-policy: unique
            table:
              columns: [failure, delay.days]
              rows:
                - { name: corto, when: [retraso, "1..3"], grant: [ store-credit: { amount: 5 } ] }
                - { name: medio, when: [retraso, ">= 2"], grant: [ store-credit: { amount: 10 } ] }
          - name: siempre
            hit-policy: collect
            rules:
              - { name: gesto, when: 'failure == "retraso"', grant: [ gift: { description: taza, cost: 2 } ] }
        """;

    private static readonly CompensationManual Manual = TestManual.WithRules(Overlapping);

    [Theory]
    [InlineData(1, "corto")]
    [InlineData(4, "medio")]
    public void Decide_OneUniqueRuleMatches_SameDecisionAsDecide(int days, string rule)
    {
        var incident = Make.Delay(days);
        var customer = Make.Customer();

        var expected = Manual.Decide(incident, customer);
        var actual = NRulesManual.Create(Manual).Decide(incident, customer);

        Assert.Equal(DecisionText.Canonical(expected), DecisionText.Canonical(actual));
        Assert.Equal([rule, "gesto"], actual.Remedies.Select(r => r.Rule));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Decide_TwoUniqueRulesMatch_ThrowsLikeDecideNamingBoth(bool reuse)
    {
        // 2 days late: 'corto' (1..3) and 'medio' (>= 2) both match.
        var incident = Make.Delay(2);
        var customer = Make.Customer();
        var nrules = NRulesManual.Create(Manual, new NRulesManualOptions { ReuseSessions = reuse });

        var expected = Assert.Throws<RuleEvaluationException>(() => Manual.Decide(incident, customer));
        var actual = Assert.Throws<RuleEvaluationException>(() => nrules.Decide(incident, customer));

        Assert.Equal("medio", actual.Rule);
        Assert.Equal(expected.Message, actual.Message);
        Assert.Contains("rules 'corto' (test.yaml:7:11) and 'medio' both match this incident, and rule set 'tramos' has hit policy 'unique', which allows one", actual.Message, StringComparison.Ordinal);

        // The failed decision leaves nothing behind: the next one (one match) decides as Decide does.
        Assert.Equal(DecisionText.Canonical(Manual.Decide(Make.Delay(4), customer)), DecisionText.Canonical(nrules.Decide(Make.Delay(4), customer)));
    }
}
