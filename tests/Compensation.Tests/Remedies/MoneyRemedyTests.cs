using Compensation.TestSupport;

namespace Compensation.Tests.Remedies;

/// <summary>The 'compensation' kind, store credit as a percentage of the order, and a per-remedy threshold.</summary>
public class MoneyRemedyTests
{
    private static CompensationManual Manual(string grant, string limits = "")
        => CompensationManual.Parse(
        [
            new ManualSource("manual.yaml", TestManual.Header + limits),
            new ManualSource("test.yaml", TestManual.OneRule(grant)),
        ]);

    private static Decision Decide(string grant, decimal? order = 80m, string limits = "")
        => Manual(grant, limits).Decide(new Incident { Failure = "defecto", OrderValue = order }, Make.Customer());

    [Fact]
    public void Decide_CompensationKind_PaysTheAmountWithItsDescription()
    {
        // 250 as written, rounded to cents; not tied to the order, so no order value is needed.
        var decision = Decide("compensation: { amount: '125 * 2', description: Indemnización por retraso }", order: null);

        var remedy = Assert.IsType<CompensationRemedy>(Assert.Single(decision.Remedies));
        Assert.Equal((250m, 250m, "Indemnización por retraso"), (remedy.Amount, remedy.Cost, remedy.Description));
        Assert.Equal(RemedyKind.Compensation, remedy.Kind);
    }

    [Fact]
    public void Decide_CompensationKindAboveTotalLimit_IsReducedLikeMoney()
    {
        // limits.total 100 caps the 250 compensation at 100, and the adjustment says it was reduced (not dropped).
        var decision = Decide("compensation: { amount: 250 }", limits: "\nlimits:\n  total: 100\n");

        var remedy = Assert.IsType<CompensationRemedy>(Assert.Single(decision.Remedies));
        Assert.Equal((100m, 250m), (remedy.Amount, remedy.OriginalCost));
        Assert.Equal(AdjustmentKind.Reduced, Assert.Single(decision.Adjustments).Kind);
    }

    [Fact]
    public void Decide_StoreCreditPercent_IsAShareOfTheOrder()
    {
        // 15 % of 59.90 = 8.985 → 8.99 (half away from zero).
        var decision = Decide("store-credit: { percent: 15, valid-days: 90 }", order: 59.90m);

        var credit = Assert.IsType<StoreCreditRemedy>(Assert.Single(decision.Remedies));
        Assert.Equal((8.99m, 90), (credit.Amount, credit.ValidDays));
    }

    [Fact]
    public void Load_StoreCreditAmountAndPercent_IsAnError()
    {
        var errors = TestManual.ErrorsWithRules(TestManual.OneRule("store-credit: { amount: 5, percent: 10 }"));

        Assert.NotEmpty(errors);
    }

    [Theory]
    [InlineData(80, 0)]      // 5 % of 80 = 4.00, below the threshold of 5: not granted
    [InlineData(100, 5)]     // 5 % of 100 = 5.00: at the threshold, granted
    [InlineData(120, 6)]
    public void Decide_Threshold_BelowItNotGranted(decimal order, decimal expected)
    {
        var decision = Decide("refund: { percent: 5, threshold: 5 }", order);

        Assert.Equal(expected, decision.TotalCost);
        if (expected == 0)
        {
            var adjustment = Assert.Single(decision.Adjustments);
            Assert.Equal(AdjustmentKind.BelowThreshold, adjustment.Kind);
            Assert.Equal("4 EUR is below the threshold of 5 EUR (5): not granted", adjustment.Reason);
        }
    }

    [Fact]
    public void Decide_ThresholdAfterMin_MinRaisesFirst()
    {
        // min raises 4.00 to 6 first; 6 is not below the threshold of 5: granted. Threshold is not a raise-to.
        var decision = Decide("refund: { percent: 5, min: 6, threshold: 5 }", 80m);

        Assert.Equal(6m, decision.TotalCost);
    }

    [Fact]
    public void Load_ThresholdOnANonMoneyKind_IsAnError()
    {
        var error = Assert.Single(TestManual.ErrorsWithRules(TestManual.OneRule("manager-call: { within: 24h, threshold: 5 }")));

        Assert.Contains("'threshold' applies to amounts of money, and a 'manager-call' is not one", error.Message, StringComparison.Ordinal);
    }
}
