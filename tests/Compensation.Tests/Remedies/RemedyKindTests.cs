using System.Text.Json;
using Compensation.TestSupport;

namespace Compensation.Tests.Remedies;

/// <summary>Each remedy kind, computed for a 200 EUR order (a 'defecto' incident, bronce customer).</summary>
public class RemedyKindTests
{
    private static Remedy Grant(string grant, decimal orderValue = 200m)
    {
        var manual = TestManual.WithRules(TestManual.OneRule(grant));
        return Assert.Single(manual.Decide(Make.Failure(orderValue: orderValue), Make.Customer()).Remedies);
    }

    [Fact]
    public void Decide_PercentDiscount_CostsThatShareOfTheOrder()
    {
        var remedy = Assert.IsType<DiscountRemedy>(Grant("discount: { percent: 10, on: this-order, valid-days: 30 }"));

        // 10 % of 200 = 20.
        Assert.Equal(20m, remedy.Cost);
        Assert.Equal(10m, remedy.Percent);
        Assert.Null(remedy.Amount);
        Assert.Equal(DiscountTarget.ThisOrder, remedy.On);
        Assert.Equal(30, remedy.ValidDays);
        Assert.Equal(RemedyKind.Discount, remedy.Kind);
    }

    [Fact]
    public void Decide_AmountDiscount_CostsTheAmountAndDefaultsToNextPurchase()
    {
        var remedy = Assert.IsType<DiscountRemedy>(Grant("discount: { amount: 7.5 }"));

        Assert.Equal(7.5m, remedy.Cost);
        Assert.Equal(7.5m, remedy.Amount);
        Assert.Null(remedy.Percent);
        Assert.Equal(DiscountTarget.NextPurchase, remedy.On);
        Assert.Null(remedy.ValidDays);
    }

    [Fact]
    public void Decide_Amount_IsRoundedHalfAwayFromZeroToTheMinorUnit()
    {
        var remedy = Assert.IsType<RefundRemedy>(Grant("refund: { amount: 12.345 }"));

        // EUR has 2 decimals; 12.345 is a midpoint and rounds away from zero to 12.35 (banker's rounding would give 12.34).
        Assert.Equal(12.35m, remedy.Amount);
        Assert.Equal("12.35", remedy.Cost.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.False(remedy.IsTotal);
    }

    [Fact]
    public void Decide_PercentRefund_RefundsThatShareOfTheOrder()
    {
        // 15 % of 200 = 30.
        Assert.Equal(30m, Assert.IsType<RefundRemedy>(Grant("refund: { percent: 15 }")).Amount);
    }

    [Fact]
    public void Decide_TotalRefund_RefundsTheWholeOrder()
    {
        var remedy = Assert.IsType<RefundRemedy>(Grant("refund: { total: true }", orderValue: 123.45m));

        Assert.Equal(123.45m, remedy.Amount);
        Assert.Equal(123.45m, remedy.Cost);
        Assert.True(remedy.IsTotal);
    }

    [Fact]
    public void Decide_Gift_CostsItsCostAndCarriesItsDescription()
    {
        var remedy = Assert.IsType<GiftRemedy>(Grant("gift: { description: Caja de bombones, cost: 8 }"));

        Assert.Equal("Caja de bombones", remedy.Description);
        Assert.Equal(8m, remedy.Cost);
    }

    [Theory]
    [InlineData("24h", 24 * 60)]
    [InlineData("2d", 2 * 24 * 60)]
    [InlineData("90m", 90)]
    public void Decide_ManagerCall_HasItsDeadlineAndNoCost(string within, int minutes)
    {
        var remedy = Assert.IsType<ManagerCallRemedy>(Grant($"manager-call: {{ within: {within} }}"));

        Assert.Equal(TimeSpan.FromMinutes(minutes), remedy.Within);
        Assert.Equal(0m, remedy.Cost);
    }

    [Fact]
    public void Decide_WarrantyExtension_HasItsMonthsAndOptionalCost()
    {
        var free = Assert.IsType<WarrantyExtensionRemedy>(Grant("warranty-extension: { months: 12 }"));
        var costed = Assert.IsType<WarrantyExtensionRemedy>(Grant("warranty-extension: { months: 'iif(tier >= \"oro\", 24, 6)', cost: 4.5 }"));

        Assert.Equal((12, 0m), (free.Months, free.Cost));
        Assert.Equal((6, 4.5m), (costed.Months, costed.Cost)); // the customer is bronce
    }

    [Fact]
    public void Decide_FreeService_CostsItsValue()
    {
        var remedy = Assert.IsType<FreeServiceRemedy>(Grant("free-service: { description: Montaje, value: 39 }"));

        Assert.Equal(("Montaje", 39m), (remedy.Description, remedy.Cost));
    }

    [Fact]
    public void Decide_StoreCredit_CostsItsAmount()
    {
        var remedy = Assert.IsType<StoreCreditRemedy>(Grant("store-credit: { amount: 25, valid-days: 365 }"));

        Assert.Equal((25m, 25m, 365), (remedy.Amount, remedy.Cost, remedy.ValidDays));
    }

    [Fact]
    public void Decide_CostBelowMin_IsRaisedToMinAndPercentFollows()
    {
        var remedy = Assert.IsType<DiscountRemedy>(Grant("discount: { percent: 1, min: 5 }"));

        // 1 % of 200 = 2, raised to 5, which is 2.5 % of 200.
        Assert.Equal((5m, 2.5m), (remedy.Cost, remedy.Percent));
    }

    [Fact]
    public void Decide_CostAboveMax_IsLoweredToMax()
    {
        var remedy = Assert.IsType<RefundRemedy>(Grant("refund: { percent: 50, max: 30 }"));

        // 50 % of 200 = 100, lowered to 30.
        Assert.Equal((30m, 30m), (remedy.Amount, remedy.Cost));
    }

    [Fact]
    public void Decide_RemedyNamesItsRuleRuleSetAndSection()
    {
        var manual = TestManual.WithRules("""
            rule-sets:
              - name: capitulo
                hit-policy: collect
                rules:
                  - { name: regla, section: "2.1 Gestos", grant: [ gift: { description: x, cost: 1 } ] }
            """);

        var remedy = Assert.Single(manual.Decide(Make.Failure(), Make.Customer()).Remedies);

        Assert.Equal(("regla", "capitulo", "2.1 Gestos"), (remedy.Rule, remedy.RuleSet, remedy.Section));
    }

    [Fact]
    public void Decide_FormulaDividesByZero_ThrowsNamingRuleExpressionAndLocation()
    {
        // A constant zero divisor is a load error (CMP026); this divisor is zero for every incident, but interval
        // analysis does not know both sides are the same fact, so the manual loads (with a CMP027 warning).
        var manual = TestManual.WithRules(TestManual.OneRule("store-credit: { amount: 'order.value / (delay.days - delay.days)' }"));

        var ex = Assert.Throws<RuleEvaluationException>(() => manual.Decide(Make.Failure(), Make.Customer()));

        // The quoted formula starts at line 8, column 37 of the rule file.
        Assert.Equal(("regla", "order.value / (delay.days - delay.days)", new SourceLocation("test.yaml", 8, 37)), (ex.Rule, ex.Expression, ex.Location));
        Assert.Equal("test.yaml:8:37: rule 'regla' failed evaluating 'order.value / (delay.days - delay.days)': it divides by zero", ex.Message);
    }

    [Fact]
    public void Decide_WholeNumberFormulaOverflows_ThrowsInsteadOfWrapping()
    {
        var manual = TestManual.WithRules(TestManual.OneRule("store-credit: { amount: 'customer.tenure_months * 1000000000' }"));

        // 5 × 1,000,000,000 does not fit a 32-bit whole number; unchecked it would wrap to 705,032,704.
        var ex = Assert.Throws<RuleEvaluationException>(() => manual.Decide(Make.Failure(), Make.Customer() with { TenureMonths = 5 }));

        Assert.Equal("test.yaml:8:37: rule 'regla' failed evaluating 'customer.tenure_months * 1000000000': the result is too large to compute", ex.Message);
    }

    [Fact]
    public void Decide_ConditionOverflows_ThrowsNamingTheCondition()
    {
        var manual = TestManual.WithRules(TestManual.OneRule("store-credit: { amount: 5 }", "delay.hours * 100000 > 0"));

        // 900 days are 21,600 hours; × 100,000 overflows. Unchecked, the product wraps and the rule silently fails to match.
        var ex = Assert.Throws<RuleEvaluationException>(() => manual.Decide(Make.Delay(900), Make.Customer()));

        Assert.Equal(("regla", "delay.hours * 100000 > 0", new SourceLocation("test.yaml", 6, 16)), (ex.Rule, ex.Expression, ex.Location));
    }

    [Fact]
    public void Decide_DecimalFormulaOverflows_Throws()
    {
        var manual = TestManual.WithRules(TestManual.OneRule("store-credit: { amount: 'order.value * order.value * order.value' }"));

        Assert.Throws<RuleEvaluationException>(() => manual.Decide(Make.Failure(orderValue: 1_000_000_000_000m), Make.Customer()));
    }

    [Theory]
    [InlineData("store-credit: { amount: 'delay.days - 5' }")]   // negative for this incident (no delay): a remedy never takes money
    [InlineData("discount: { percent: 'delay.days + 101' }")]    // more than 100 %
    [InlineData("warranty-extension: { months: 1.5 }")]           // not whole months
    public void Decide_ImpossibleQuantity_ThrowsRuleEvaluationException(string grant)
    {
        var manual = TestManual.WithRules(TestManual.OneRule(grant));

        var ex = Assert.Throws<RuleEvaluationException>(() => manual.Decide(Make.Failure(), Make.Customer()));

        Assert.Equal("regla", ex.Rule);
    }

    [Theory]
    [InlineData("discount: { percent: 10 }", "discount")]
    [InlineData("refund: { amount: 3 }", "refund")]
    [InlineData("gift: { description: x, cost: 1 }", "gift")]
    [InlineData("manager-call: { within: 24h }", "manager-call")]
    [InlineData("warranty-extension: { months: 12 }", "warranty-extension")]
    [InlineData("free-service: { description: x, value: 2 }", "free-service")]
    [InlineData("store-credit: { amount: 4 }", "store-credit")]
    public void Serialize_Remedy_WritesKindAndRoundTrips(string grant, string kind)
    {
        var remedy = Grant(grant);
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);

        var json = JsonSerializer.Serialize(remedy, options);

        using var document = JsonDocument.Parse(json);
        Assert.Equal(kind, document.RootElement.GetProperty("kind").GetString());
        Assert.Equal(remedy, JsonSerializer.Deserialize<Remedy>(json, options));
    }

    [Theory]
    [InlineData("discount: { percent: 10, amount: 5 }", "CMP015")]   // only one of percent, amount
    [InlineData("refund: { total: yes }", "CMP015")]
    [InlineData("gift: { cost: 5 }", "CMP015")]                       // a gift needs a description
    [InlineData("manager-call: { cost: 0 }", "CMP015")]               // needs within
    [InlineData("manager-call: { within: tomorrow }", "CMP015")]
    [InlineData("discount: { percent: 10, on: next-week }", "CMP015")]
    [InlineData("store-credit: { amount: 5, valid-days: -1 }", "CMP015")]
    [InlineData("store-credit: { amount: 5, stack: maybe }", "CMP015")]
    [InlineData("store-credit: { amount: 5, colour: red }", "CMP002")]
    [InlineData("store-credit: { amount: 'tier >= \"oro\"' }", "CMP010")]
    public void TryParse_RemedyWithBadParameters_ReportsCode(string grant, string code)
    {
        Assert.Equal(code, Assert.Single(TestManual.ErrorsWithRules(TestManual.OneRule(grant))).Code);
    }
}
