using Compensation.TestSupport;

namespace Compensation.Testing.Tests;

public class DecisionAssertionsTests
{
    private static readonly CompensationManual Manual = CompensationManual.Load(RepoPaths.SampleManual);

    // Retraso de 3 días, oro, 120 €: envío gratis 5.95 + 15 % de 120 = 18 + saldo oro min(3 × 3, 40) = 9;
    // total 32.95 > 30, so a supervisor approves.
    private static Decision ThreeDayDelayGold() => Manual.Explain(
        new Incident { Failure = "retraso", Cause = "transportista", PromisedAt = new DateTimeOffset(2026, 11, 10, 10, 0, 0, TimeSpan.Zero), DeliveredAt = new DateTimeOffset(2026, 11, 13, 10, 0, 0, TimeSpan.Zero), OrderValue = 120m },
        new Customer { Tier = "oro" });

    [Fact]
    public void Grant_MatchingRemedy_ChainsToOtherAssertions()
    {
        var constraint = ThreeDayDelayGold().Should().Grant<DiscountRemedy>(d => d.Percent == 15);
        constraint.And.RequireApproval("supervisor").And.HaveTotal(32.95m).And.FireRule("saldo-retraso-oro").And.NotGrant<RefundRemedy>();

        Assert.Equal(18m, constraint.Which.Cost);
    }

    [Fact]
    public void Grant_NoMatchingRemedy_FailsListingWhatWasGranted()
    {
        var ex = Assert.Throws<CompensationAssertionException>(() => ThreeDayDelayGold().Should().Grant<DiscountRemedy>(d => d.Percent == 20, "three days earn 20 %"));

        var lines = ex.Message.Split(Environment.NewLine);
        Assert.Equal("Expected the decision to grant a DiscountRemedy matching the condition because three days earn 20 %, but none of its remedies of that kind matched.", lines[0]);
        Assert.Equal("The decision grants:", lines[1]);
        Assert.StartsWith("  FreeService from 'envio-gratis-proximo-pedido', cost 5.95: ", lines[2], StringComparison.Ordinal);
        Assert.Equal("Total 32.95, approval 'supervisor'.", lines[^1]);
    }

    [Fact]
    public void RequireApproval_OtherRole_FailsNamingTheRoleAndTotal()
    {
        var ex = Assert.Throws<CompensationAssertionException>(() => ThreeDayDelayGold().Should().RequireApproval("agente"));

        Assert.StartsWith("Expected the decision to need approval by 'agente', but it needs 'supervisor' (total 32.95).", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GrantNothing_DelayOfHours_Passes()
    {
        // 5 hours: delay.days == 0, gravedad 0; no rule grants anything.
        var decision = Manual.Decide(
            new Incident { Failure = "retraso", PromisedAt = new DateTimeOffset(2026, 11, 10, 10, 0, 0, TimeSpan.Zero), DeliveredAt = new DateTimeOffset(2026, 11, 10, 15, 0, 0, TimeSpan.Zero), OrderValue = 40m },
            new Customer { Tier = "estandar" });

        decision.Should().GrantNothing().And.RequireApproval("agente");
        Assert.Throws<CompensationAssertionException>(() => decision.Should().Grant<DiscountRemedy>());
    }

    [Fact]
    public void FireRule_DecisionWithoutTrace_FailsAskingForExplain()
    {
        var decision = Manual.Decide(new Incident { Failure = "defecto", OrderValue = 50m }, new Customer { Tier = "oro" });

        var ex = Assert.Throws<CompensationAssertionException>(() => decision.Should().FireRule("defecto-oro-platino"));

        Assert.StartsWith("Cannot tell whether rule 'defecto-oro-platino' fired: the decision has no trace; use manual.Explain(...) instead of Decide(...).", ex.Message, StringComparison.Ordinal);
    }
}
