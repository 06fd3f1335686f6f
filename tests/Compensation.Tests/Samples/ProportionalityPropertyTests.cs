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
