using Compensation.TestSupport;

namespace Compensation.Tests.Evaluation;

/// <summary>Within one decision, one remedy per exclusive group (its kind unless it names a group), unless it stacks.</summary>
public class ExclusiveGroupTests
{
    private static Decision Decide(params string[] grants)
    {
        var rules = string.Join("\n", grants.Select((g, i) => $"      - {{ name: r{i + 1}, grant: [ {g} ] }}"));
        var manual = TestManual.WithRules($"rule-sets:\n  - name: s\n    hit-policy: collect\n    rules:\n{rules}\n");
        return manual.Decide(Make.Failure(orderValue: 1000m), Make.Customer());
    }

    [Fact]
    public void Decide_TwoRemediesOfOneKind_KeepsTheMostValuable()
    {
        var decision = Decide("discount: { amount: 10 }", "discount: { amount: 20 }");

        Assert.Equal("r2", Assert.Single(decision.Remedies).Rule);
        var adjustment = Assert.Single(decision.Adjustments);
        Assert.Equal((AdjustmentKind.DroppedByGroup, "r1"), (adjustment.Kind, adjustment.Remedy.Rule));
        Assert.Equal("exclusive group 'discount': 'r2' grants more (20.00)", adjustment.Reason);
    }

    [Fact]
    public void Decide_EqualValuesInOneGroup_KeepsTheFirstGranted()
    {
        var decision = Decide("store-credit: { amount: 10 }", "store-credit: { amount: 10 }");

        Assert.Equal("r1", Assert.Single(decision.Remedies).Rule);
    }

    [Fact]
    public void Decide_StackingRemedy_IsKeptBesideTheGroupWinner()
    {
        var decision = Decide("gift: { description: a, cost: 5 }", "gift: { description: b, cost: 8, stack: true }", "gift: { description: c, cost: 3 }");

        // r2 stacks; of r1 and r3 (both group 'gift') r1 is worth more.
        Assert.Equal(["r1", "r2"], decision.Remedies.Select(r => r.Rule));
    }

    [Fact]
    public void Decide_NamedGroup_SpansKinds()
    {
        var decision = Decide("store-credit: { amount: 15, group: saldo }", "refund: { amount: 12, group: saldo }", "refund: { amount: 1 }");

        // r1 and r2 share 'saldo' (15 > 12); r3 is in group 'refund' on its own.
        Assert.Equal(["r1", "r3"], decision.Remedies.Select(r => r.Rule));
    }

    [Fact]
    public void Decide_DifferentKinds_AllStay()
    {
        var decision = Decide("store-credit: { amount: 15 }", "refund: { amount: 12 }", "manager-call: { within: 24h }");

        Assert.Equal(3, decision.Remedies.Count);
        Assert.Empty(decision.Adjustments);
    }
}
