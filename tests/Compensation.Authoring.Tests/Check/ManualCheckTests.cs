using Compensation.TestSupport;

namespace Compensation.Authoring.Tests.Check;

public class ManualCheckTests
{
    private static List<string> Check(string ruleSets)
        => [.. ManualCheck.Run(TestManual.Tiny(ruleSets)).Findings.Select(f => f.ToString().ReplaceLineEndings("\n"))];

    [Fact]
    public void Run_ProportionalManual_FindsNothing()
    {
        // Every failure, tier and delay of a day or more gets something, growing with the delay and the tier.
        var findings = Check("""
            rule-sets:
              - name: r
                hit-policy: collect
                rules:
                  - { name: retraso, when: 'failure == "retraso" and delay.days >= 1', grant: [ discount: { amount: "min(2 * delay.days, 20)" } ] }
                  - { name: retraso-alto, when: 'failure == "retraso" and tier >= "alto" and delay.days >= 3', grant: [ store-credit: { amount: 5 } ] }
                  - { name: defecto, when: 'failure == "defecto"', grant: [ discount: { amount: 10 } ] }
                  - { name: horas, when: 'failure == "retraso" and delay.days == 0', grant: [ manager-call: { within: 2d } ] }
            """);

        Assert.Empty(findings);
    }

    [Fact]
    public void Run_ContradictoryCondition_NeverMatches()
    {
        // The grid: thresholds 3 and 5 on delay.days → delays of 1h and 1..7 days (8 values); 2 tiers; 3 causes
        // (none, interna, externa); order values 10, 100, 1000. retraso: 2 × 3 × 8 × 3 = 144; defecto (no delay): 18.
        // 'delay.days >= 5' fails first for the 5 delays under 5 days (90) and for every defecto incident (18): 108.
        var findings = Check("""
            rule-sets:
              - name: r
                hit-policy: collect
                rules:
                  - { name: todo, grant: [ discount: { amount: 1 } ] }
                  - { name: imposible, when: ["delay.days >= 5", "delay.days < 3"], grant: [ discount: { amount: 5 } ] }
            """);

        Assert.Equal(
            """
            pequeno.yaml:18:9: error CHECK004: rule 'imposible' can never fire: the parts of its condition contradict each other
                the part that fails most often on the probes: delay.days >= 5 (on 108 incidents)
            """,
            Assert.Single(findings));
    }

    [Fact]
    public void Run_ConditionTheProbesMissButNotImpossible_WarnsNotReached()
    {
        // 'order.value > customer.recent_compensation * 50' compares two facts: the grid probes recent compensation
        // at 0 only (no constant is compared with it), where it holds for every positive order, so make it need
        // a recent compensation the grid never tries: 'customer.recent_compensation == 7'. Possible, never probed.
        var findings = Check("""
            rule-sets:
              - name: r
                hit-policy: collect
                rules:
                  - { name: todo, grant: [ discount: { amount: 1 } ] }
                  - { name: rara, when: "customer.recent_compensation * 2 == 14", grant: [ discount: { amount: 5 } ] }
            """);

        var finding = Assert.Single(findings);
        Assert.StartsWith("pequeno.yaml:18:9: warning CHECK011: rule 'rara' was not reached by the probes", finding, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_EqualPriorityOverlap_Warns()
    {
        var findings = Check("""
            rule-sets:
              - name: r
                hit-policy: priority
                rules:
                  - { name: a, priority: 1, when: 'tier >= "bajo"', grant: [ discount: { amount: 5 } ] }
                  - { name: b, priority: 1, when: 'failure == "defecto"', grant: [ discount: { amount: 5 } ] }
            """);

        Assert.Contains(findings, f => f.StartsWith("pequeno.yaml:18:9: warning CHECK002: rules 'a' and 'b' have the same priority (1) and both match", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.StartsWith("pequeno.yaml:18:9: error CHECK003: rule 'b' is shadowed", StringComparison.Ordinal));
    }

    [Fact]
    public void Run_HigherTierGetsLess_ReportsBothIncidents()
    {
        // bajo: 10; alto: 5 — a higher tier earns less for every incident. For 'retraso' each pair is
        // 3 causes × 4 delays (1h, 1d, 2d, 3d: no delay threshold, so up to 1 + 2 days) × 3 order values = 36.
        var findings = Check("""
            rule-sets:
              - name: r
                hit-policy: first
                rules:
                  - { name: alto, when: 'tier >= "alto"', grant: [ discount: { amount: 5 } ] }
                  - { name: bajo, grant: [ discount: { amount: 10 } ] }
            """);

        Assert.Equal(2, findings.Count); // one per failure kind
        Assert.Equal(
            """
            pequeno.yaml:18:9: error CHECK005: not proportional: a higher tier earns less — 'retraso' with tier bajo → alto lowers the total from 10 to 5; 'bajo' grants 10 less (36 such pairs for 'retraso')
                incident: { failure: retraso, delay: 1h, order: 10 }, customer: { tier: bajo } → total 10 (bajo 10)
                incident: { failure: retraso, delay: 1h, order: 10 }, customer: { tier: alto } → total 5 (alto 5)
            """,
            findings[0]);
    }

    [Fact]
    public void Run_MaxCapsTheWorseIncident_BlamesTheMaxLine()
    {
        // 5 × days + 1, capped at 8 from 3 days on: 2 days → 11, 3 days → 8. The rule is right, its 'max:' is not, so
        // the finding points at the max (line 22: the header is 12 lines, the rule sets start on 13; column 20: where the quoted value after "max: " starts). The
        // pairs: 2 tiers × 3 causes × 3 order values (10, 100, 1000) with delays 2d → 3d = 18.
        var findings = Check("""
            rule-sets:
              - name: r
                hit-policy: collect
                rules:
                  - name: credito
                    when: 'failure == "retraso"'
                    grant:
                      - store-credit:
                          amount: "5 * delay.days + 1"
                          max: 'iif(delay.days >= 3, 8, 100)'
                  - { name: defecto, when: 'failure == "defecto"', grant: [ discount: { amount: 10 } ] }
            """);

        Assert.Equal(
            """
            pequeno.yaml:22:20: error CHECK005: not proportional: a longer delay earns less — 'retraso' with delay 2d → 3d lowers the total from 11 to 8; 'credito' grants 3 less: its 'max: iif(delay.days >= 3, 8, 100)' caps it at 8 (18 such pairs for 'retraso')
                incident: { failure: retraso, delay: 2d, order: 10 }, customer: { tier: bajo } → total 11 (credito 11)
                incident: { failure: retraso, delay: 3d, order: 10 }, customer: { tier: bajo } → total 8 (credito 8)
            """,
            Assert.Single(findings));
    }

    [Fact]
    public void Run_BestRuleNeverWorthMore_Warns()
    {
        var findings = Check("""
            rule-sets:
              - name: r
                hit-policy: best
                rules:
                  - { name: grande, grant: [ store-credit: { amount: 20 } ] }
                  - { name: pequeno, grant: [ store-credit: { amount: 10 } ] }
            """);

        Assert.StartsWith("pequeno.yaml:18:9: warning CHECK007: rule 'pequeno' never wins its 'best' rule set: wherever it matches (", Assert.Single(findings), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_RequiredFacts_AreFilledSoNoRuleLooksDead()
    {
        // 'canal' (required, never read) and 'reclamaciones' (required, read) must get values, or every
        // probed incident would be rejected and every rule would look as if it could never fire.
        var manual = CompensationManual.Parse([new ManualSource("pequeno.yaml", TestManual.TinyHeader.Replace(
            "  causes: [interna, externa]\n",
            "  causes: [interna, externa]\n  facts:\n    canal: { type: [web, tienda] }\n    reclamaciones: { type: integer, min: 0 }\n",
            StringComparison.Ordinal) + """
            rule-sets:
              - name: r
                hit-policy: collect
                rules:
                  - { name: todo, grant: [ discount: { amount: 1 } ] }
                  - { name: muchas, when: "reclamaciones >= 3", grant: [ store-credit: { amount: 5 } ] }
            """)]);

        var report = ManualCheck.Run(manual);

        Assert.Empty(report.Findings);
    }

    [Fact]
    public void Run_GridOverTheLimit_ReducedWithWarningAndNoErrorsOnTheSample()
    {
        var manual = CompensationManual.Load(Path.Combine(RepoPaths.SampleManual));

        var report = ManualCheck.Run(manual, new ManualCheckOptions { MaxIncidents = 5000 });

        // A pairwise grid cannot prove a rule dead, so nothing on the sound sample is an error.
        Assert.False(report.HasErrors, string.Join(Environment.NewLine, report.Findings));
        Assert.True(report.Incidents <= 5000);
        Assert.StartsWith("the probe grid was reduced to ", report.Findings.Single(f => f.Code == "CHECK008").Message, StringComparison.Ordinal);
    }
}
