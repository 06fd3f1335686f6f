using Compensation.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;


namespace Compensation.Extensions.Tests.Hosting;

/// <summary>New versions dropped into a running manual set, seen by file events and by polling.</summary>
public sealed class ManualSetReloadTests : IDisposable
{
    private readonly TempManual _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData(false)]
    [InlineData(true)] // polling, for containers and shares without file events (the provider polls every few seconds)
    public void Reload_NewVersionFolderAdded_DecidesLaterIncidentsWithIt(bool polling)
    {
        _folder.CopySample("2026-11");
        var services = new ServiceCollection();
        var clock = new FakeTimeProvider(new DateTimeOffset(2027, 2, 1, 9, 0, 0, TimeSpan.Zero));
        var reloadDelay = TimeSpan.FromMilliseconds(50);
        services.AddSingleton<TimeProvider>(clock);
        services.AddCompensation(o =>
        {
            o.ManualPath = _folder.Root;
            o.UsePollingFileWatcher = polling;
            o.ReloadDelay = reloadDelay;
        });
        using var provider = services.BuildServiceProvider();
        var engine = provider.GetRequiredService<ICompensationEngine>();
        var january = Samples.Delay(new DateOnly(2027, 1, 10));
        Assert.Equal("2026.11", engine.Decide(january, Samples.Gold).Manual.Version);

        // Written elsewhere and moved in, as a deployment would, so the watcher sees whole files.
        using (var staging = new TempManual())
        {
            staging.CopySample("v", version: "2027.01", effective: "2027-01-01");
            Directory.Move(Path.Combine(staging.Root, "v"), Path.Combine(_folder.Root, "2027-01"));
        }

        // The engine's pause before reading passes on its fake clock, which the wait advances.
        RunningEngine.WaitFor(clock, reloadDelay, () => engine.Status.Live.Count >= 2);

        Assert.Equal(["2026.11", "2027.01"], engine.Status.Live.Select(s => s.Version));
        Assert.Equal("2027.01", engine.Decide(january, Samples.Gold).Manual.Version);
        Assert.Equal("2026.11", engine.Decide(Samples.Delay(new DateOnly(2026, 12, 10)), Samples.Gold).Manual.Version);
    }
}
