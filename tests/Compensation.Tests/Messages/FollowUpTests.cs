using Compensation.TestSupport;
using Microsoft.Extensions.Time.Testing;


namespace Compensation.Tests.Messages;

public class FollowUpTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 13, 9, 0, 0, TimeSpan.Zero);

    private static readonly Incident Delay = TestManuals.Delay;

    [Fact]
    public void Decide_InternalCauseWithEstimatedDelivery_SchedulesAllThreeFromNow()
    {
        var incident = Delay with { Facts = new Dictionary<string, object?> { ["entrega_estimada"] = true } };

        var decision = TestManuals.WithMessages().Decide(incident, new Customer { Tier = "oro" }, new FakeTimeProvider(Now));

        // Due = the decision time + 'after': 7d, 2w, 24h.
        Assert.Equal(
            [
                new FollowUp("encuesta", Now.AddDays(7), "Survey"),
                new FollowUp("revision-causa-raiz", Now.AddDays(14), null),
                new FollowUp("aviso-proactivo", Now.AddHours(24), null),
            ],
            decision.FollowUps);
    }

    [Fact]
    public void Decide_ExternalCause_SkipsTheRootCauseReview()
    {
        var decision = TestManuals.WithMessages().Decide(Delay with { Cause = "transportista" }, new Customer { Tier = "oro" }, new FakeTimeProvider(Now));

        Assert.Equal(["encuesta"], decision.FollowUps.Select(f => f.Name));
    }

    [Fact]
    public void Decide_ClockMoves_DueDatesMoveWithIt()
    {
        var clock = new FakeTimeProvider(Now);
        var manual = TestManuals.WithMessages();
        var first = manual.Decide(Delay, new Customer { Tier = "oro" }, clock);

        clock.Advance(TimeSpan.FromDays(1));
        var second = manual.Decide(Delay, new Customer { Tier = "oro" }, clock);

        Assert.Equal(first.FollowUps[0].Due.AddDays(1), second.FollowUps[0].Due);
    }

    [Theory]
    [InlineData("after: soon", "CMP004", "'after: soon' is not a duration")]
    [InlineData("after: 7d\n    when: gravedad > 1", "CMP008", "unknown fact 'gravedad'")]
    public void Load_InvalidFollowUp_ReportsDiagnostic(string body, string code, string message)
    {
        var result = TestManuals.TryBuild(string.Empty, "follow-ups:\n  - name: x\n    " + body + "\n");

        Assert.Contains(result.Diagnostics, d => d.Code == code && d.Message == message);
    }
}
