using Compensation.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;


namespace Compensation.Extensions.Tests.Hosting;

public sealed class EffectiveDatingTests : IDisposable
{
    private readonly TempManual _folder = new();

    public EffectiveDatingTests()
    {
        // Two versions side by side: May's caps every decision at 10 % of the order; November's is the sample as is.
        var may = _folder.CopySample("2026-05", version: "2026.05", effective: "2026-05-01");
        var header = Path.Combine(may, "00-manual.yaml");
        File.WriteAllText(header, File.ReadAllText(header).Replace("total: \"order.value\"", "total: \"0.1 * order.value\"", StringComparison.Ordinal));
        _folder.CopySample("2026-11");
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Decide_IncidentsFromEachPeriod_AreDecidedByTheVersionInForceThen()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));
        using var provider = Services(clock);
        var engine = provider.GetRequiredService<ICompensationEngine>();
        var set = engine.Manuals;

        var june = engine.Decide(Samples.Delay(new DateOnly(2026, 6, 10)), Samples.Gold);
        var lastDayOfOctober = engine.Decide(Samples.Delay(new DateOnly(2026, 10, 31)), Samples.Gold);
        var november = engine.Decide(Samples.Delay(new DateOnly(2026, 11, 10)), Samples.Gold);

        Assert.Equal(["2026.05", "2026.11"], set.Versions.Select(v => v.Stamp.Version));
        Assert.Equal(set.Versions[0].Stamp, june.Manual);
        Assert.Equal(set.Versions[0].Stamp, lastDayOfOctober.Manual);
        Assert.Equal(set.Versions[1].Stamp, november.Manual);
        Assert.NotEqual(june.Manual.ContentHash, november.Manual.ContentHash);

        // May's version caps the total at 10 % of the 120 € order (12 €); November's grants more for the same delay.
        Assert.Equal(12m, june.TotalCost);
        Assert.True(november.TotalCost > 12m, $"November's version granted {november.TotalCost}");
    }

    [Fact]
    public void Decide_ReplayOfAnOldIncident_GivesTheSameAnswerLater()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 7, 1, 9, 0, 0, TimeSpan.Zero));
        using var provider = Services(clock);
        var engine = provider.GetRequiredService<ICompensationEngine>();
        var incident = Samples.Delay(new DateOnly(2026, 6, 10));

        var then = engine.Decide(incident, Samples.Gold);
        clock.Advance(TimeSpan.FromDays(180)); // November's version is in force by now
        var replay = engine.Decide(incident, Samples.Gold);

        Assert.Equal(then.Manual, replay.Manual);
        Assert.Equal(then.Remedies, replay.Remedies);
        Assert.Equal(then.TotalCost, replay.TotalCost);
    }

    [Fact]
    public void Decide_IncidentBeforeEveryVersion_IsRejectedWithINC013()
    {
        using var provider = Services(new FakeTimeProvider());
        var engine = provider.GetRequiredService<ICompensationEngine>();

        var error = Assert.Throws<InvalidIncidentException>(() => engine.Decide(Samples.Delay(new DateOnly(2026, 1, 15)), Samples.Gold));

        Assert.Equal(
            new IncidentError("Incident.PromisedAt", "INC013", "no version of the manual was in force on 2026-01-15; the earliest ('2026.05') is effective from 2026-05-01"),
            Assert.Single(error.Errors));
    }

    [Fact]
    public void Load_TwoVersionsWithTheSameEffectiveDate_ReportsCMP005()
    {
        _folder.CopySample("2026-11-bis", version: "2026.11b");

        var error = Assert.Throws<ManualLoadException>(() => ManualSet.Load(_folder.Root));

        var duplicate = Assert.Single(error.Diagnostics);
        Assert.Equal("CMP005", duplicate.Code);
        Assert.Equal("versions '2026.11' and '2026.11b' are both effective from 2026-11-01", duplicate.Message);
    }

    [Fact]
    public void InForceOn_Dates_PickTheLatestVersionNotAfterThem()
    {
        var set = ManualSet.Load(_folder.Root);

        Assert.Null(set.InForceOn(new DateOnly(2026, 4, 30)));
        Assert.Equal("2026.05", set.InForceOn(new DateOnly(2026, 5, 1))!.Stamp.Version);
        Assert.Equal("2026.05", set.InForceOn(new DateOnly(2026, 10, 31))!.Stamp.Version);
        Assert.Equal("2026.11", set.InForceOn(new DateOnly(2026, 11, 1))!.Stamp.Version);
        Assert.Same(set.Latest, set.InForceOn(new DateOnly(2030, 1, 1)));
    }

    private ServiceProvider Services(TimeProvider clock)
    {
        var services = new ServiceCollection();
        services.AddSingleton(clock);
        services.AddCompensation(o =>
        {
            o.ManualPath = _folder.Root;
            o.WatchForChanges = false;
        });
        return services.BuildServiceProvider();
    }
}
