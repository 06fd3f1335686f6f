using Compensation.TestSupport;

namespace Compensation.Tests.Evaluation;

/// <summary>
/// Each hit policy over the same three rules, all of which match a 5-day delay. The remedies are in
/// distinct groups so that exclusive groups do not hide what the policy chose.
/// </summary>
public class HitPolicyTests
{
    private static string Rules(string policy) => $$"""
        rule-sets:
          - name: s
            hit-policy: {{policy}}
            rules:
              - name: pequeno
                priority: 1
                when: delay.days >= 1
                grant: [ store-credit: { amount: 5, group: a } ]
              - name: grande
                priority: 2
                when: delay.days >= 2
                grant: [ store-credit: { amount: 20, group: b } ]
              - name: mediano
                priority: 2
                when: delay.days >= 3
                grant: [ store-credit: { amount: 10, group: c } ]
              - name: nunca
                priority: 9
                when: delay.days >= 100
                grant: [ store-credit: { amount: 99, group: d } ]
        """;

    private static Decision Decide(string policy, int days = 5) => TestManual.WithRules(Rules(policy)).Decide(Make.Delay(days, extraHours: 5), Make.Customer());

    private static Decision Explain(string policy, int days = 5) => TestManual.WithRules(Rules(policy)).Explain(Make.Delay(days, extraHours: 5), Make.Customer());

    [Fact]
    public void Decide_Collect_FiresEveryMatchingRuleInOrder()
    {
        var decision = Decide("collect");

        Assert.Equal(["pequeno", "grande", "mediano"], decision.Remedies.Select(r => r.Rule));
        Assert.Equal(35m, decision.TotalCost); // 5 + 20 + 10
    }

    [Fact]
    public void Decide_First_FiresOnlyTheFirstMatchingRuleWritten()
    {
        var decision = Decide("first");

        // 'pequeno' is written first and matches, although it is worth least.
        Assert.Equal("pequeno", Assert.Single(decision.Remedies).Rule);
    }

    [Fact]
    public void Decide_FirstWhenEarlierRulesDoNotMatch_FiresTheFirstThatDoes()
    {
        // Hit policy 'first' walks the rules in order; with a 5-hour delay (0 whole days) none match, with a 1-day delay 'pequeno'.
        Assert.Empty(Decide("first", days: 0).Remedies);
        Assert.Equal("pequeno", Assert.Single(Decide("first", days: 1).Remedies).Rule);
    }

    [Fact]
    public void Decide_Priority_FiresTheHighestPriorityAndTheFirstWrittenOnTies()
    {
        var decision = Decide("priority");

        // 'grande' and 'mediano' share priority 2 (the highest that matches; 'nunca' does not match): 'grande' is written first.
        Assert.Equal("grande", Assert.Single(decision.Remedies).Rule);
    }

    [Fact]
    public void Decide_Best_FiresTheMostValuableRule()
    {
        var decision = Decide("best");

        // 20 > 10 > 5.
        Assert.Equal("grande", Assert.Single(decision.Remedies).Rule);
        Assert.Equal(20m, decision.TotalCost);
    }

    [Fact]
    public void Decide_BestWithEqualValues_FiresTheFirstWritten()
    {
        var manual = TestManual.WithRules("""
            rule-sets:
              - name: s
                hit-policy: best
                rules:
                  - { name: uno, grant: [ store-credit: { amount: 10 } ] }
                  - { name: dos, grant: [ gift: { description: x, cost: 10 } ] }
            """);

        Assert.Equal("uno", Assert.Single(manual.Decide(Make.Failure(), Make.Customer()).Remedies).Rule);
    }

    [Fact]
    public void Decide_BestComparesTheSumOfARulesGrants()
    {
        var manual = TestManual.WithRules("""
            rule-sets:
              - name: s
                hit-policy: best
                rules:
                  - { name: uno, grant: [ store-credit: { amount: 12 } ] }
                  - { name: dos, grant: [ store-credit: { amount: 7 }, gift: { description: x, cost: 7 } ] }
            """);

        // 'dos' grants 7 + 7 = 14 > 12.
        Assert.Equal(["dos", "dos"], manual.Decide(Make.Failure(), Make.Customer()).Remedies.Select(r => r.Rule));
    }

    [Theory]
    [InlineData("first", "hit policy 'first': 'pequeno' fired first")]
    [InlineData("priority", "hit policy 'priority': 'grande' fired first")]
    [InlineData("best", "hit policy 'best': 'grande' is worth more (20.00)")]
    public void Explain_SuppressedRule_SaysWhichRuleFiredInstead(string policy, string reason)
    {
        var decision = Explain(policy);

        var suppressed = decision.Trace.Where(t => t.Outcome == RuleOutcome.Suppressed).ToList();
        Assert.Equal(2, suppressed.Count); // three rules match, one fires
        Assert.All(suppressed, t => Assert.Equal(reason, t.Reason));
    }

    [Theory]
    [InlineData("collect")]
    [InlineData("first")]
    [InlineData("priority")]
    [InlineData("best")]
    public void Explain_RuleThatDoesNotMatch_NamesFailedConditionAndValues(string policy)
    {
        var decision = Explain(policy);

        var trace = Assert.Single(decision.Trace, t => t.Rule == "nunca");
        Assert.Equal(RuleOutcome.NotMatched, trace.Outcome);
        Assert.Equal("delay.days >= 100", trace.FailedCondition);
        Assert.Equal([new FactValue("delay.days", "5")], trace.Values);
        Assert.Equal("s/nunca: not matched: delay.days >= 100 (delay.days = 5)", trace.ToString());
    }

    [Fact]
    public void Explain_Priority_TracesRulesInPriorityOrder()
    {
        var decision = Explain("priority");

        // Highest priority first (nunca 9, then grande and mediano 2 in written order, then pequeno 1).
        Assert.Equal(["nunca", "grande", "mediano", "pequeno"], decision.Trace.Select(t => t.Rule));
        Assert.Equal([RuleOutcome.NotMatched, RuleOutcome.Fired, RuleOutcome.Suppressed, RuleOutcome.Suppressed], decision.Trace.Select(t => t.Outcome));
    }

    [Fact]
    public void Decide_RuleSetsRunInDeclaredOrder_EachUnderItsOwnPolicy()
    {
        var manual = TestManual.WithRules("""
            rule-sets:
              - name: primero
                hit-policy: first
                rules:
                  - { name: a1, grant: [ store-credit: { amount: 1, group: a } ] }
                  - { name: a2, grant: [ store-credit: { amount: 2, group: a } ] }
              - name: todos
                hit-policy: collect
                rules:
                  - { name: b1, grant: [ gift: { description: x, cost: 3, group: b } ] }
                  - { name: b2, grant: [ gift: { description: y, cost: 4, group: c } ] }
            """);

        var decision = manual.Decide(Make.Failure(), Make.Customer());

        Assert.Equal(["a1", "b1", "b2"], decision.Remedies.Select(r => r.Rule));
    }

    [Fact]
    public void Decide_RuleWithoutWhen_AlwaysMatches()
    {
        var manual = TestManual.WithRules("""
            rule-sets:
              - name: s
                hit-policy: collect
                rules:
                  - { name: siempre, grant: [ store-credit: { amount: 1 } ] }
            """);

        Assert.Equal("siempre", Assert.Single(manual.Decide(Make.Failure("danado"), Make.Customer("oro")).Remedies).Rule);
    }

    private const string Bands = """
        rule-sets:
          - name: tramos
            hit-policy: unique
            table:
              columns: [failure, delay.days]
              rows:
                - { name: corto, when: [retraso, "1..<3"], grant: [ store-credit: { amount: 5 } ] }
                - { name: medio, when: [retraso, "[3..7)"], grant: [ store-credit: { amount: 10 } ] }
                - { name: largo, when: [retraso, ">= 7"], grant: [ store-credit: { amount: 20 } ] }
        """;

    [Theory]
    [InlineData(2, "corto")]
    [InlineData(3, "medio")]
    [InlineData(6, "medio")]
    [InlineData(7, "largo")]
    public void Decide_UniqueBandsThatDoNotOverlap_FireTheOneThatMatches(int days, string rule)
    {
        var result = CompensationManual.TryParse([new ManualSource("manual.yaml", TestManual.Header), new ManualSource("test.yaml", Bands)]);

        // Bands that do not overlap load without any warning.
        Assert.True(result.Succeeded && result.Diagnostics.Count == 0, string.Join(Environment.NewLine, result.Diagnostics));
        Assert.Equal(rule, Assert.Single(result.Manual!.Decide(Make.Delay(days), Make.Customer()).Remedies).Rule);
    }

    [Fact]
    public void TryParse_UniqueRulesThatOverlap_WarnWithAnIncidentBothMatch()
    {
        var result = CompensationManual.TryParse([new ManualSource("manual.yaml", TestManual.Header), new ManualSource("test.yaml", Rules("unique"))]);

        // pequeno (>= 1) and grande (>= 2) both match 2 days: the first pair found, reported at 'grande' (line 9; pequeno is on line 5).
        Assert.True(result.Succeeded);
        var first = result.Diagnostics[0];
        Assert.Equal(("CMP029", DiagnosticSeverity.Warning, new SourceLocation("test.yaml", 9, 9)), (first.Code, first.Severity, first.Location));
        Assert.StartsWith("rules 'pequeno' (test.yaml:5:9) and 'grande' both match an incident such as delay.days 2,", first.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_UniqueRulesBothMatch_ThrowsNamingBoth()
    {
        var ex = Assert.Throws<RuleEvaluationException>(() => Decide("unique"));

        Assert.Equal("grande", ex.Rule);
        Assert.Contains("rules 'pequeno' (test.yaml:5:9) and 'grande' both match this incident, and rule set 's' has hit policy 'unique', which allows one", ex.Message, StringComparison.Ordinal);
    }
}
