using Compensation.Check;
using Compensation.TestSupport;

namespace Compensation.Authoring.Tests.Check;

public class FactComparisonTests
{
    /// <summary>
    /// The tiny manual with two declared thresholds (minimums 20 and 50, defaults 40 and 60) and a 'first' rule set over the order value:
    /// 5 under the low threshold, 10 between the two ('medio', the rule under test), 20 above (proportional).
    /// </summary>
    private static CompensationManual Manual(string medio) => CompensationManual.Parse([new ManualSource("pequeno.yaml", TestManual.TinyHeader.Replace(
        "  causes: [interna, externa]\n",
        "  causes: [interna, externa]\n  facts:\n    umbral_bajo: { type: decimal, min: 20, default: 40 }\n    umbral_alto: { type: decimal, min: 50, default: 60 }\n",
        StringComparison.Ordinal) + $$"""
        rule-sets:
          - name: r
            hit-policy: first
            rules:
              - { name: medio, when: '{{medio}}', grant: [ discount: { amount: 10 } ] }
              - { name: pequeno, when: "order.value < umbral_bajo", grant: [ discount: { amount: 5 } ] }
              - { name: grande, grant: [ discount: { amount: 20 } ] }
        """)]);

    [Fact]
    public void Run_OrderBetweenTwoFacts_ProbedOnEachSideAndReached()
    {
        // Without fact-vs-fact probing the order values are 10, 100 and 1000, none of them between the thresholds'
        // probed values (their minimums 20 and 50 and defaults 40 and 60): 'medio' would look unreachable. Probed at
        // each side of them (19, 20, 21, 39, 40, 41, 49, …, 61) it matches, e.g. order 40 with the defaults.
        var report = ManualCheck.Run(Manual("order.value >= umbral_bajo and order.value <= umbral_alto"));

        Assert.DoesNotContain(report.Findings, f => f.Message.Contains("'medio'", StringComparison.Ordinal));
        Assert.DoesNotContain(report.Findings, f => f.Code is "CHECK003" or "CHECK004" or "CHECK011");
    }

    [Fact]
    public void Run_OrderBetweenTwoFactsContradictory_Reported()
    {
        // Mutation: above the low threshold and below it at once holds for no incident, whatever the probes.
        var report = ManualCheck.Run(Manual("order.value > umbral_bajo and order.value < umbral_bajo"));

        var finding = Assert.Single(report.Findings, f => f.Message.Contains("'medio'", StringComparison.Ordinal));
        Assert.Contains(finding.Code, new[] { "CHECK004", "CHECK011" });
    }

    [Fact]
    public void Run_OrderBetweenTwoDerivedFacts_Reached()
    {
        // The thresholds are derived (set to 40 and 60 by an earlier rule set): the order value is probed on each side
        // of 0 (unset), 40 and 60, so 'medio' matches at 40..60; without it only 10, 100 and 1000 would be tried.
        var manual = TestManual.Tiny("""
            rule-sets:
              - name: umbrales
                hit-policy: collect
                rules:
                  - { name: umbrales, set: { umbral_bajo: 40, umbral_alto: 60 } }
              - name: r
                hit-policy: first
                rules:
                  - { name: medio, when: 'order.value >= umbral_bajo and order.value <= umbral_alto', grant: [ discount: { amount: 10 } ] }
                  - { name: pequeno, when: "order.value < umbral_bajo", grant: [ discount: { amount: 5 } ] }
                  - { name: grande, grant: [ discount: { amount: 20 } ] }
            """);

        var report = ManualCheck.Run(manual);

        Assert.DoesNotContain(report.Findings, f => f.Code is "CHECK003" or "CHECK004" or "CHECK011");
    }

    [Fact]
    public void Build_FactComparedWithFact_ProbesEachSideOfTheOthersValues()
    {
        var grid = ProbeGrid.Build(Manual("order.value >= umbral_bajo and order.value <= umbral_alto").Compiled, 400_000);

        // The thresholds are probed at their minimum and their default; the order value on each side of both.
        var order = grid.Failures[0].Dimensions.Single(d => d.Name == "order.value").Values.Cast<decimal>().ToList();
        Assert.Superset(new HashSet<decimal> { 19m, 20m, 21m, 39m, 40m, 41m, 49m, 50m, 51m, 59m, 60m, 61m }, order.ToHashSet());
    }
}
