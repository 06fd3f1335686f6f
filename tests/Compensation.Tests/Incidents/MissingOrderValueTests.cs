using Compensation.TestSupport;

namespace Compensation.Tests.Incidents;

/// <summary>
/// An incident without an order value (a failed appointment, a late train without a fare on file) is decided when
/// nothing reads the order; a rule, a grant or a limit that needs it rejects the incident (INC014) naming itself,
/// instead of reading 0 and offering "a refund of 0,00 €".
/// </summary>
public class MissingOrderValueTests
{
    private static readonly Incident NoOrder = new() { Failure = "defecto", Cause = "interna" };

    private static CompensationManual Manual(string grant, string when = "true", string limits = "")
        => CompensationManual.Parse(
        [
            new ManualSource("manual.yaml", TestManual.Header + limits),
            new ManualSource("test.yaml", TestManual.OneRule(grant, when)),
        ]);

    private static IncidentError Rejected(CompensationManual manual)
        => Assert.Single(Assert.Throws<InvalidIncidentException>(() => manual.Decide(NoOrder, Make.Customer())).Errors);

    [Fact]
    public void Decide_NoOrderValueConditionReadsIt_Inc014NamingTheRule()
    {
        var error = Rejected(Manual("store-credit: { amount: 5 }", "order.value > 50"));

        Assert.Equal(("Incident.OrderValue", "INC014"), (error.Property, error.Code));
        Assert.Contains("rule 'regla' reads 'order.value' (order.value > 50)", error.Message, StringComparison.Ordinal);
        Assert.Contains("give the incident an order value", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("refund: { percent: 10 }", "percent: 10")]
    [InlineData("refund: { total: true }", "total: true")]
    [InlineData("discount: { percent: 10, on: next-purchase }", "percent: 10")]
    [InlineData("store-credit: { amount: 'order.value * 0.1' }", "order.value * 0.1")]
    public void Decide_NoOrderValueGrantIsAShareOfIt_Inc014NamingTheRule(string grant, string quoted)
    {
        var error = Rejected(Manual(grant));

        Assert.Equal(("Incident.OrderValue", "INC014"), (error.Property, error.Code));
        Assert.Contains($"rule 'regla' reads 'order.value' ({quoted})", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_NoOrderValueLimitReadsIt_Inc014NamingTheLimit()
    {
        var error = Rejected(Manual("store-credit: { amount: 5 }", limits: "\nlimits:\n  total: order.value\n"));

        Assert.Equal("INC014", error.Code);
        Assert.Contains("rule 'limits.total' reads 'order.value'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_NoOrderValueNothingReadsIt_Decides()
    {
        // A fixed amount needs no order: 5 is granted as written.
        var decision = Manual("store-credit: { amount: 5 }").Decide(NoOrder, Make.Customer());

        Assert.Equal(5m, decision.TotalCost);
    }

    [Fact]
    public void Decide_OrderValueZero_IsAValueNotAMissingOne()
    {
        // 0 is a real order value (a free replacement): 10 % of 0 is 0, no error.
        var decision = Manual("refund: { percent: 10 }").Decide(NoOrder with { OrderValue = 0m }, Make.Customer());

        Assert.Equal(0m, decision.TotalCost);
    }
}
