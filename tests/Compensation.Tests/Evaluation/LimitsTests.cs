using Compensation.TestSupport;

namespace Compensation.Tests.Evaluation;

/// <summary>
/// limits.total and per-kind limits, applied in grant order: a money-like remedy that would cross a cap is
/// reduced to the room left, anything else is dropped; the decision says which and why.
/// </summary>
public class LimitsTests
{
    private static CompensationManual Manual(string limits, string ruleSets)
        => CompensationManual.Parse([new ManualSource("manual.yaml", TestManual.Header + "\nlimits:\n" + limits), new ManualSource("test.yaml", ruleSets)]);

    private static string Collect(params string[] grants) => $"""
        rule-sets:
          - name: s
            hit-policy: collect
            rules:
        {string.Join("\n", grants.Select((g, i) => $"      - {{ name: r{i + 1}, grant: [ {g} ] }}"))}
        """;

    [Fact]
    public void Decide_RemedyCrossingTheTotal_IsReducedToTheRoomLeft()
    {
        var manual = Manual("  total: order.value", Collect("gift: { description: x, cost: 10 }", "store-credit: { amount: 30 }", "discount: { amount: 30 }"));

        var decision = manual.Decide(Make.Failure(orderValue: 50m), Make.Customer());

        // 10 + 30 leave 10 of the 50 cap: the discount of 30 is reduced to 10.
        var discount = Assert.IsType<DiscountRemedy>(decision.Remedies[2]);
        Assert.Equal((10m, 10m, 30m), (discount.Amount!.Value, discount.Cost, discount.OriginalCost!.Value));
        Assert.Equal(50m, decision.TotalCost);
        var adjustment = Assert.Single(decision.Adjustments);
        Assert.Equal(AdjustmentKind.Reduced, adjustment.Kind);
        Assert.Equal("limit 'total' (order.value) left 10.00; reduced from 30.00", adjustment.Reason);
    }

    [Fact]
    public void Decide_GiftCrossingTheTotal_IsDropped()
    {
        var manual = Manual("  total: order.value", Collect("store-credit: { amount: 45 }", "gift: { description: x, cost: 10 }"));

        var decision = manual.Decide(Make.Failure(orderValue: 50m), Make.Customer());

        // A gift cannot be cut: with 5 left it is dropped whole.
        Assert.Equal("r1", Assert.Single(decision.Remedies).Rule);
        var adjustment = Assert.Single(decision.Adjustments);
        Assert.Equal((AdjustmentKind.DroppedByLimit, "r2"), (adjustment.Kind, adjustment.Remedy.Rule));
        Assert.Equal("limit 'total' (order.value) left 5.00; it costs 10.00", adjustment.Reason);
    }

    [Fact]
    public void Decide_MoneyRemedyWithNoRoomLeft_IsDropped()
    {
        var manual = Manual("  total: order.value", Collect("refund: { total: true }", "store-credit: { amount: 5 }"));

        var decision = manual.Decide(Make.Failure(orderValue: 40m), Make.Customer());

        Assert.Single(decision.Remedies);
        Assert.Equal(AdjustmentKind.DroppedByLimit, Assert.Single(decision.Adjustments).Kind);
        Assert.Equal(40m, decision.TotalCost);
    }

    [Fact]
    public void Decide_PercentDiscountReduced_PercentFollowsTheCost()
    {
        var manual = Manual("  total: order.value", Collect("refund: { amount: 90 }", "discount: { percent: 20 }"));

        var decision = manual.Decide(Make.Failure(orderValue: 100m), Make.Customer());

        // 20 % of 100 = 20, but only 10 is left: 10 of 100 is 10 %.
        var discount = Assert.IsType<DiscountRemedy>(decision.Remedies[1]);
        Assert.Equal((10m, 10m), (discount.Cost, discount.Percent!.Value));
    }

    [Fact]
    public void Decide_KindLimit_CapsTheTotalOfThatKind()
    {
        var manual = Manual("  store-credit: \"0.5 * order.value\"", Collect("store-credit: { amount: 30, group: a }", "store-credit: { amount: 30, group: b }", "refund: { amount: 30 }"));

        var decision = manual.Decide(Make.Failure(orderValue: 100m), Make.Customer());

        // Store credit is capped at 50 of a 100 order: 30 + 20; the refund is another kind and is untouched.
        Assert.Equal([30m, 20m, 30m], decision.Remedies.Select(r => r.Cost));
        Assert.Equal("limit 'store-credit' (0.5 * order.value) left 20.00; reduced from 30.00", Assert.Single(decision.Adjustments).Reason);
    }

    [Fact]
    public void Decide_TighterOfTotalAndKindLimit_Applies()
    {
        var manual = Manual("  total: 40\n  store-credit: 100", Collect("refund: { amount: 25 }", "store-credit: { amount: 30 }"));

        var decision = manual.Decide(Make.Failure(orderValue: 500m), Make.Customer());

        // The kind limit leaves 100 but the total leaves 15: the total applies.
        Assert.Equal(15m, decision.Remedies[1].Cost);
        Assert.StartsWith("limit 'total' (40)", Assert.Single(decision.Adjustments).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_RemedyDroppedByItsGroup_DoesNotUseTheCap()
    {
        var manual = Manual("  total: order.value", Collect("store-credit: { amount: 30 }", "store-credit: { amount: 40 }", "refund: { amount: 10 }"));

        var decision = manual.Decide(Make.Failure(orderValue: 50m), Make.Customer());

        // The 30 credit loses to the 40 one (same group) before limits: 40 + 10 = 50 fits, nothing is reduced.
        Assert.Equal([40m, 10m], decision.Remedies.Select(r => r.Cost));
        Assert.Equal(AdjustmentKind.DroppedByGroup, Assert.Single(decision.Adjustments).Kind);
    }

    [Fact]
    public void Decide_WithinLimits_NothingIsAdjusted()
    {
        var manual = Manual("  total: order.value", Collect("store-credit: { amount: 10 }", "refund: { amount: 10 }"));

        var decision = manual.Decide(Make.Failure(orderValue: 20m), Make.Customer());

        // 10 + 10 = 20 fits the 20 cap exactly.
        Assert.Empty(decision.Adjustments);
        Assert.Equal(20m, decision.TotalCost);
    }

    [Fact]
    public void TryParse_UnknownLimit_ReportsCmp002WithSuggestion()
    {
        var result = CompensationManual.TryParse([new ManualSource("manual.yaml", TestManual.Header + "\nlimits:\n  store-credt: 10"), new ManualSource("test.yaml", TestManual.NoRules)]);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(("CMP002", new SourceLocation("manual.yaml", 16, 3)), (diagnostic.Code, diagnostic.Location));
        Assert.StartsWith("did you mean 'store-credit'?", diagnostic.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_LimitFormulaDividesByZero_ThrowsNamingTheLimit()
    {
        var manual = Manual("  total: \"100 / customer.prior_incidents\"", Collect("store-credit: { amount: 10 }"));

        var ex = Assert.Throws<RuleEvaluationException>(() => manual.Decide(Make.Failure(), Make.Customer(priorIncidents: 0)));

        Assert.Equal("limits.total", ex.Rule);
    }
}
