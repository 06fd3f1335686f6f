using Microsoft.Extensions.Logging;

namespace Compensation.Extensions.Tests.Hosting;

/// <summary>An editor that saves a file in two steps: the engine must read it again, not reject (or apply) the half it saw.</summary>
public sealed class PartialWriteTests : IDisposable
{
    // The pause before each new read, on the engine's fake clock: it passes only when the test advances the clock, so the
    // test finishes the file after the first failed read and before the next one however slow the machine is.
    private readonly RunningEngine _host = new(TimeSpan.FromSeconds(1), reloadAttempts: 3);

    private ICompensationEngine Engine => _host.Engine;

    public void Dispose() => _host.Dispose();

    [Fact]
    public void Reload_HalfWrittenFile_IsReadAgainAndOnlyTheCompletedFileApplied()
    {
        var before = Engine.Manuals.Latest.Stamp;
        var header = Path.Combine(_host.Path, "00-manual.yaml");
        var complete = File.ReadAllText(header).Replace("version: \"2026.11\"", "version: \"2026.11.2\"", StringComparison.Ordinal);

        // The first third of the header: it stops inside the catalogue, so it cannot load.
        File.WriteAllText(header, complete[..(complete.Length / 3)]);
        WaitFor(() => _host.Logs.Entries.Any(e => e.Message.StartsWith("Compensation manual edit did not load (attempt 1 of 3)", StringComparison.Ordinal)));
        Assert.Equal(before, Engine.Manuals.Latest.Stamp); // the half file was not applied

        // The editor finishes writing before the engine reads again.
        File.WriteAllText(header, complete);
        WaitFor(() => Engine.Status.Live[^1].Version == "2026.11.2");

        Assert.False(Engine.Status.LatestEditRejected);
        Assert.DoesNotContain(_host.Logs.Entries, e => e.Level >= LogLevel.Error);
        Assert.Equal(1, Engine.Status.Reloads);
    }

    private void WaitFor(Func<bool> condition) => _host.WaitFor(condition);
}
