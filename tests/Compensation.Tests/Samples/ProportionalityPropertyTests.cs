using Compensation.TestSupport;
using CsCheck;

namespace Compensation.Tests.Samples;

/// <summary>
/// The sample manual is proportional: for otherwise equal incidents, a longer delay or a higher tier never
/// yields a lower total. CsCheck shrinks a counterexample to a small one and prints its seed.
/// </summary>
public class ProportionalityPropertyTests
{
    private static readonly CompensationManual Manual = SampleManual.Manual;

    [Fact]
    public void Decide_LongerDelay_NeverGivesLessInTotal() => LongerDelayNeverGivesLess(Manual);

    [Fact]
    public void LongerDelayProperty_ManualThatShrinksWithTheDelay_IsCaught()
    {
        // The same catalogue as the sample manual, with one rule that gives less the longer the delay:
        // the property must find a counterexample, or it would prove nothing about the sample manual.
        var header = File.ReadAllText(Path.Combine(SampleManual.Folder, "00-manual.yaml"));
        var broken = CompensationManual.Parse(
        [
            new ManualSource("00-manual.yaml", header),
            new ManualSource("10-mal.yaml", """
                rule-sets:
                  - name: mal
                    hit-policy: collect
                    rules:
                      - { name: menguante, when: delay.days < 30, grant: [ gift: { description: x, cost: "30 - delay.days" } ] }
                """),
        ]);

        var ex = Assert.Throws<CsCheckException>(() => LongerDelayNeverGivesLess(broken));
        Assert.Contains("Set seed", ex.Message, StringComparison.Ordinal);
    }

    private static void LongerDelayNeverGivesLess(CompensationManual manual)
    {
        SampleCase.Gen(manual)
            .Select(CsCheck.Gen.Int[1, 10], (c, k) => (Case: c, Longer: c with { DelayDays = c.DelayDays + k }))
            .Sample(
                pair => pair.Longer.Total(manual) >= pair.Case.Total(manual),
                iter: 2_000,
                print: pair => $"{pair.Case} gives {pair.Case.Total(manual)}; {pair.Longer.DelayDays} days give {pair.Longer.Total(manual)}");
    }

    /// <summary>A cloud SLA: a lower uptime (declared 'worse: lower') must earn more service credit.</summary>
    private static CompensationManual Sla(string amount) => CompensationManual.Parse(
    [
        new ManualSource("sla.yaml", $$"""
            manual: SLA
            version: "1"
            effective: 2026-01-01
            currency: EUR
            catalog:
              failures: [outage]
              facts:
                uptime: { type: decimal, min: 90, max: 100, default: 100, worse: lower }
            rule-sets:
              - name: band
                hit-policy: first
                rules:
                  - { name: severe, when: "uptime < 99", set: { band: 2 } }
                  - { name: minor, when: "uptime < 99.9", set: { band: 1 } }
              - name: credit
                hit-policy: collect
                rules:
                  - { name: service-credit, when: band >= 1, grant: [ store-credit: { amount: "{{amount}}" } ] }
            """),
    ]);

    [Fact]
    public void Decide_WorseDeclaredFact_LowerUptimeNeverGivesLess()
        => WorseNeverGivesLess(Sla("iif(uptime < 95, 50, band * 10)")); // 10 below 99.9 %, 20 below 99 %, 50 below 95 %

    [Fact]
    public void WorseProperty_LowerUptimeEarnsLess_IsCaught()
    {
        // Below 95 % the credit drops to 5: a lower uptime earns less, which the property must find.
        var ex = Assert.Throws<CsCheckException>(() => WorseNeverGivesLess(Sla("iif(uptime < 95, 5, band * 10)")));

        Assert.Contains("Set seed", ex.Message, StringComparison.Ordinal);
    }

    /// <summary>For each declared fact with 'worse:', moving it the worse way (otherwise equal incident) never lowers the total.</summary>
    private static void WorseNeverGivesLess(CompensationManual manual)
    {
        var facts = manual.Compiled.Schema.Inputs.Where(f => f.Worse != 0).ToList();
        Assert.NotEmpty(facts);
        foreach (var fact in facts)
        {
            var (low, high) = (fact.Min ?? 0m, fact.Max ?? 1000m);
            Gen.Select(Gen.Int[0, 1000], Gen.Int[0, 1000])
                .Select((a, b) => (Better: low + ((high - low) * Math.Min(a, b) / 1000m), Worse: low + ((high - low) * Math.Max(a, b) / 1000m)))
                .Select(p => fact.Worse > 0 ? p : (Better: p.Worse, Worse: p.Better))
                .Sample(
                    p => Total(manual, fact.Name, p.Worse) >= Total(manual, fact.Name, p.Better),
                    iter: 1_000,
                    print: p => $"{fact.Name} {p.Better} gives {Total(manual, fact.Name, p.Better)}; the worse {p.Worse} gives {Total(manual, fact.Name, p.Worse)}");
        }
    }

    private static decimal Total(CompensationManual manual, string fact, decimal value)
        => manual.Decide(new Incident { Failure = manual.Catalog.Failures[0], OrderValue = 100m, Facts = new Dictionary<string, object?> { [fact] = value } }, new Customer()).TotalCost;

    [Fact]
    public void Decide_HigherTier_NeverGivesLessInTotal()
    {
        var top = Manual.Catalog.Tiers.Count - 1;
        SampleCase.Gen(Manual)
            .Where(c => c.TierIndex < top)
            .Sample(
                c => (c with { TierIndex = c.TierIndex + 1 }).Total(Manual) >= c.Total(Manual),
                iter: 2_000,
                print: c => $"{c} gives {c.Total(Manual)}; one tier up gives {(c with { TierIndex = c.TierIndex + 1 }).Total(Manual)}");
    }

    [Fact]
    public void Decide_AnyGeneratedIncident_StaysWithinTheOrderValue()
    {
        // limits.total is the order value: no decision may cost more than the order.
        SampleCase.Gen(Manual).Sample(c => c.Total(Manual) <= c.OrderValue, iter: 2_000);
    }

    [Fact]
    public void Decide_EveryDelay_GetsAtLeastAGesture()
    {
        // Section 3: every tramo from 1 day on grants something, force majeure included (3.5).
        SampleCase.Gen(Manual)
            .Where(c => c.DelayDays >= 1)
            .Sample(c => Manual.Decide((c with { Failure = "retraso" }).Incident, c.Customer(Manual)).HasRemedy, iter: 1_000);
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 2)]
    [InlineData(4, 5)]
    [InlineData(9, 10)]
    public void Decide_TramoBoundaries_DoNotLowerTheTotal(int days, int moreDays)
    {
        // The boundaries between the delay tramos (1, 2-4, 5-9, 10+) are where a jump down would hide.
        var shorter = new SampleCase("retraso", "transportista", 0, days, 1, 100m, 0, false, false);
        var longer = shorter with { DelayDays = moreDays };

        Assert.True(longer.Total(Manual) >= shorter.Total(Manual));
        Assert.True(longer.Total(Manual) > shorter.Total(Manual), "each tramo grants strictly more than the one before at 100 EUR");
    }
}
