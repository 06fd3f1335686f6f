using Compensation.TestSupport;

namespace Compensation.Authoring.Tests.Scenarios;

public class ScenarioRunnerTests
{
    // 'cupon' gives 5 € for a delay of a day or more; 'llamada' adds a manager call for the high tier.
    private static readonly CompensationManual Manual = TestManual.Tiny("""
        rule-sets:
          - name: r
            hit-policy: collect
            rules:
              - { name: cupon, when: "delay.days >= 1", grant: [ discount: { amount: 5, valid-days: 30 } ] }
              - { name: llamada, when: 'tier >= "alto" and delay.days >= 1', grant: [ manager-call: { within: 24h } ] }
        """);

    private static ScenarioResult Run(string customer, string delay, string expect)
    {
        var suite = ScenarioSuite.Parse(Manual, [new ManualSource("s.yaml", $"scenarios:\n  - name: x\n    incident: {{ failure: retraso, delay: {delay}, order: 50 }}\n    customer: {customer}\n    expect: {expect}\n")]);
        Assert.Empty(suite.Diagnostics);
        return ScenarioSuite.RunScenario(Manual, Assert.Single(suite.Scenarios));
    }

    [Fact]
    public void Run_UnlistedParametersAndAnyOrder_Pass()
    {
        var result = Run("{ tier: alto }", "1d", "{ remedies: [ manager-call, discount: { amount: 5 } ], total: 5, approval: agente, fires: [cupon, llamada] }");

        Assert.True(result.Passed, string.Join(Environment.NewLine, result.Differences));
    }

    [Fact]
    public void Run_ExtraRemedy_FailsNamingIt()
    {
        var result = Run("{ tier: alto }", "1d", "{ remedies: [ discount: { amount: 5 } ] }");

        Assert.Equal(
            [
                "remedies differ (- expected, + granted; 1 expected, 2 granted):",
                "  + manager-call: { rule: llamada, cost: 0, within: 1d }   (granted but not expected)",
            ],
            result.Differences);
    }

    [Fact]
    public void Run_ExpectedNoneButGranted_ListsGrants()
    {
        var result = Run("{ tier: bajo }", "1d", "{ remedies: none }");

        Assert.Equal(["expected no remedy, but the decision grants:", "  + discount: { rule: cupon, cost: 5, amount: 5, on: next-purchase, valid-days: 30 }"], result.Differences);
    }

    [Fact]
    public void Run_RuleThatDidNotFire_SaysWhy()
    {
        var result = Run("{ tier: bajo }", "1d", "{ fires: [llamada] }");

        Assert.Equal("fires: expected 'llamada' to fire, but r/llamada: not matched: tier >= \"alto\" (tier = bajo)", Assert.Single(result.Differences));
    }

    [Fact]
    public void Run_IncidentThatDoesNotFit_FailsWithTheIncidentError()
    {
        var result = Run("{ tier: dorado }", "1d", "{ remedies: none }");

        Assert.False(result.Passed);
        Assert.Null(result.Decision);
        Assert.StartsWith("the incident does not fit the manual: Customer.Tier: ", Assert.Single(result.Differences), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_Suite_ReportsUncoveredRules()
    {
        var suite = ScenarioSuite.Parse(Manual, [new ManualSource("s.yaml", "scenarios:\n  - { name: a, incident: { failure: retraso, delay: 2d }, customer: { tier: bajo }, expect: { total: 5 } }\n")]);

        var report = suite.Run(Manual);

        Assert.True(report.Passed);
        Assert.Equal("llamada", Assert.Single(report.Uncovered).Name);
        Assert.Equal(0.5m, report.Coverage); // 1 of 2 rules fired
    }
}
