using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace Compensation.Tests.Hosting;

/// <summary>An editor that saves a file in two steps: the engine must read it again, not reject (or apply) the half it saw.</summary>
public sealed class PartialWriteTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private readonly TempManual _folder = new();
    private readonly CapturingLoggerProvider _logs = new();
    private readonly ServiceProvider _provider;
    private readonly string _path;

    public PartialWriteTests()
    {
        _path = _folder.CopySample();
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(new FakeTimeProvider(new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.Zero)));
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Debug).AddProvider(_logs));
        services.AddCompensation(o =>
        {
            o.ManualPath = _path;
            // The pause before each new read: long enough for the test to finish the file after the first failed read.
            o.ReloadDelay = TimeSpan.FromSeconds(1);
            o.ReloadAttempts = 3;
        });
        _provider = services.BuildServiceProvider();
        Engine = _provider.GetRequiredService<ICompensationEngine>();
    }

    private ICompensationEngine Engine { get; }

    public void Dispose()
    {
        _provider.Dispose();
        _folder.Dispose();
    }

    [Fact]
    public void Reload_HalfWrittenFile_IsReadAgainAndOnlyTheCompletedFileApplied()
    {
        var before = Engine.Manuals.Latest.Stamp;
        var header = Path.Combine(_path, "00-manual.yaml");
        var complete = File.ReadAllText(header).Replace("version: \"2026.11\"", "version: \"2026.11.2\"", StringComparison.Ordinal);

        // The first third of the header: it stops inside the catalogue, so it cannot load.
        File.WriteAllText(header, complete[..(complete.Length / 3)]);
        WaitFor(() => _logs.Entries.Any(e => e.Message.StartsWith("Compensation manual edit did not load (attempt 1 of 3)", StringComparison.Ordinal)));
        Assert.Equal(before, Engine.Manuals.Latest.Stamp); // the half file was not applied

        // The editor finishes writing before the engine reads again.
        File.WriteAllText(header, complete);
        WaitFor(() => Engine.Status.Live[^1].Version == "2026.11.2");

        Assert.False(Engine.Status.LatestEditRejected);
        Assert.DoesNotContain(_logs.Entries, e => e.Level >= LogLevel.Error);
        Assert.Equal(1, Engine.Status.Reloads);
    }

    private static void WaitFor(Func<bool> condition)
    {
        var deadline = Environment.TickCount64 + (long)Patience.TotalMilliseconds;
        while (!condition())
        {
            Assert.True(Environment.TickCount64 < deadline, $"the engine did not get there within {Patience.TotalSeconds} s");
            Thread.Sleep(20);
        }
    }
}
