using Compensation.TestSupport;

namespace Compensation.Tests.Evaluation;

/// <summary>
/// Empowerment in the test manual: agente up to 30, supervisor up to 150, gerente anything.
/// The decision needs the first role whose up-to covers its total, or the highest approval a remedy asks for.
/// </summary>
public class ApprovalTests
{
    private static Decision Credit(decimal amount, string? approval = null)
    {
        var extra = approval is null ? string.Empty : $", approval: {approval}";
        var manual = TestManual.WithRules(TestManual.OneRule($"store-credit: {{ amount: {amount.ToString(System.Globalization.CultureInfo.InvariantCulture)}{extra} }}"));
        return manual.Decide(Make.Failure(orderValue: 10_000m), Make.Customer());
    }

    [Theory]
    [InlineData(0.01, "agente", 0)]
    [InlineData(30, "agente", 0)]          // up-to is inclusive
    [InlineData(30.01, "supervisor", 1)]
    [InlineData(150, "supervisor", 1)]
    [InlineData(150.01, "gerente", 2)]
    [InlineData(5000, "gerente", 2)]
    public void Decide_Total_NeedsTheFirstRoleThatCoversIt(decimal amount, string role, int rank)
    {
        var approval = Credit(amount).Approval;

        Assert.Equal(role, approval.Role);
        Assert.Equal(rank, approval.Rank);
    }

    [Fact]
    public void Decide_NoRemedy_NeedsTheFrontLine()
    {
        var manual = TestManual.WithRules(TestManual.OneRule("store-credit: { amount: 10 }", "failure == \"danado\""));

        var decision = manual.Decide(Make.Failure("defecto"), Make.Customer());

        Assert.False(decision.HasRemedy);
        Assert.Equal(new ApprovalLevel("agente", 0, 30m), decision.Approval);
    }

    [Fact]
    public void Decide_RemedyAskingForAHigherRole_RaisesTheApproval()
    {
        // 10 would be within the agente's 30, but the remedy asks for a supervisor.
        var decision = Credit(10, "supervisor");

        Assert.Equal(new ApprovalLevel("supervisor", 1, 150m), decision.Approval);
        Assert.Equal("supervisor", Assert.Single(decision.Remedies).RequiredApproval);
    }

    [Fact]
    public void Decide_RemedyAskingForALowerRole_DoesNotLowerTheApproval()
    {
        // 200 needs the gerente; asking for an agente does not lower that.
        var decision = Credit(200, "agente");

        Assert.Equal("gerente", decision.Approval.Role);
    }

    [Fact]
    public void Decide_LastRole_HasNoLimit()
    {
        Assert.Null(Credit(1_000_000).Approval.UpTo);
    }
}
