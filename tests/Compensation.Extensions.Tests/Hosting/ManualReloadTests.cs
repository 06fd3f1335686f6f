using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;

namespace Compensation.Extensions.Tests.Hosting;

/// <summary>Edits real files under a running engine while several threads decide.</summary>
public sealed class ManualReloadTests : IDisposable
{
    private static readonly TimeSpan Patience = RunningEngine.Patience;

    private readonly RunningEngine _host = new(TimeSpan.FromMilliseconds(50), reloadAttempts: 2);

    private ICompensationEngine Engine => _host.Engine;

    public void Dispose() => _host.Dispose();

    [Fact]
    public void Reload_ValidEditWhileThreadsDecide_SwapsInTheNewVersionWithoutAFailedDecision()
    {
        var before = Engine.Manuals.Latest.Stamp;
        using var deciders = new Deciders(Engine, threads: 4);
        deciders.DecideAfterNow(); // every thread has decided with the first version

        Edit("00-manual.yaml", "version: \"2026.11\"", "version: \"2026.11.1\"");
        WaitFor(() => Engine.Status.Live[^1].Version == "2026.11.1");
        deciders.DecideAfterNow(); // every thread decides at least once more with the new version live
        var seen = deciders.Stop();

        Assert.Empty(seen.Errors);
        Assert.Equal(1, Engine.Status.Reloads);
        Assert.False(Engine.Status.LatestEditRejected);
        var after = Engine.Manuals.Latest.Stamp;
        Assert.NotEqual(before.ContentHash, after.ContentHash);

        // Each decision came from one whole version: its stamp is one of the two, never a mix.
        Assert.Subset(new HashSet<ManualStamp> { before, after }, seen.Stamps.ToHashSet());
        Assert.Contains(before, seen.Stamps);
        Assert.Contains(after, seen.Stamps);
        Assert.Contains(_host.Logs.Entries, e => e.Level == LogLevel.Information && e.Message.StartsWith("Compensation manual reloaded from", StringComparison.Ordinal) && e.Message.Contains("2026.11.1", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Reload_InvalidEdit_IsRejectedAndTheLastGoodVersionKeepsServing()
    {
        var good = Engine.Manuals.Latest.Stamp;
        using var deciders = new Deciders(Engine, threads: 3);

        Edit("30-retrasos.yaml", "delay.days", "delay.dias");
        WaitFor(() => Engine.Status.LatestEditRejected);
        deciders.DecideAfterNow();
        var seen = deciders.Stop();

        Assert.Empty(seen.Errors);
        Assert.All(seen.Stamps, s => Assert.Equal(good, s));
        Assert.Equal(good, Engine.Manuals.Latest.Stamp);
        var rejected = Engine.Status.Rejected;
        Assert.All(rejected, d => Assert.Equal("CMP008", d.Code));
        Assert.All(rejected, d => Assert.Equal(Path.Combine(_host.Path, "30-retrasos.yaml"), d.Location.File));
        Assert.Contains(_host.Logs.Entries, e => e.Level == LogLevel.Error && e.Message.Contains("30-retrasos.yaml", StringComparison.Ordinal) && e.Message.Contains("CMP008", StringComparison.Ordinal));

        var health = await _host.Provider.GetRequiredService<HealthCheckService>().CheckHealthAsync();
        var entry = health.Entries["compensation"];
        Assert.Equal(HealthStatus.Degraded, entry.Status);
        Assert.Equal(true, entry.Data["latestEditRejected"]);
        Assert.Equal("2026.11", entry.Data["version"]);

        // Undoing the edit brings the check back to healthy, still on the same version.
        Edit("30-retrasos.yaml", "delay.dias", "delay.days");
        WaitFor(() => !Engine.Status.LatestEditRejected);
        health = await _host.Provider.GetRequiredService<HealthCheckService>().CheckHealthAsync();
        Assert.Equal(HealthStatus.Healthy, health.Entries["compensation"].Status);
        Assert.Equal(good, Engine.Manuals.Latest.Stamp);
    }

    [Fact]
    public async Task CheckHealth_AfterStart_IsHealthyAndNamesTheLiveVersion()
    {
        var health = await _host.Provider.GetRequiredService<HealthCheckService>().CheckHealthAsync();

        var entry = health.Entries["compensation"];
        Assert.Equal(HealthStatus.Healthy, entry.Status);
        Assert.Equal($"manual 'Manual de resarcimiento — Tienda Ejemplo' version 2026.11 ({Engine.Manuals.Latest.Stamp.ContentHash[..12]}) is live", entry.Description);
        Assert.Contains(_host.Logs.Entries, e => e.Level == LogLevel.Information && e.Message.StartsWith($"Compensation manual loaded from {_host.Path}", StringComparison.Ordinal));
    }

    private void Edit(string file, string from, string to)
    {
        var path = Path.Combine(_host.Path, file);
        var text = File.ReadAllText(path);
        Assert.Contains(from, text, StringComparison.Ordinal);
        File.WriteAllText(path, text.Replace(from, to, StringComparison.Ordinal));
    }

    private void WaitFor(Func<bool> condition) => _host.WaitFor(condition);

    private sealed class Deciders : IDisposable
    {
        private readonly HashSet<ManualStamp>[] _stamps;
        private readonly ConcurrentBag<Exception> _errors = [];
        private readonly Thread[] _threads;
        private readonly long[] _counts;
        private volatile bool _stop;

        public Deciders(ICompensationEngine engine, int threads)
        {
            _counts = new long[threads];
            _stamps = [.. Enumerable.Range(0, threads).Select(_ => new HashSet<ManualStamp>())];
            _threads = [.. Enumerable.Range(0, threads).Select(i => new Thread(() => Run(engine, i)) { IsBackground = true })];
            foreach (var thread in _threads)
            {
                thread.Start();
            }
        }

        public void DecideAfterNow()
        {
            var marks = _counts.Select(c => Interlocked.Read(ref c)).ToArray();
            var deadline = Environment.TickCount64 + (long)Patience.TotalMilliseconds;
            for (var i = 0; i < _counts.Length; i++)
            {
                while (Interlocked.Read(ref _counts[i]) <= marks[i] + 1)
                {
                    Assert.True(Environment.TickCount64 < deadline, $"decider {i} made no new decision within {Patience.TotalSeconds} s");
                    Thread.Sleep(10);
                }
            }
        }

        public (List<ManualStamp> Stamps, List<Exception> Errors) Stop()
        {
            _stop = true;
            foreach (var thread in _threads)
            {
                thread.Join();
            }

            return ([.. _stamps.SelectMany(s => s).Distinct()], [.. _errors]);
        }

        public void Dispose() => _stop = true;

        private void Run(ICompensationEngine engine, int index)
        {
            // Bounded in time, not in count (a count runs out early on a fast machine and the test would wait forever);
            // a short sleep per decision leaves the cores to the reload the test is waiting for.
            var deadline = Environment.TickCount64 + (2 * (long)Patience.TotalMilliseconds);
            while (!_stop && Environment.TickCount64 < deadline)
            {
                try
                {
                    var decision = engine.Decide(Samples.Delay(new DateOnly(2026, 11, 10)), Samples.Gold);
                    _stamps[index].Add(decision.Manual); // each thread its own set: read only after Join
                }
                catch (Exception ex)
                {
                    _errors.Add(ex);
                }

                Interlocked.Increment(ref _counts[index]);
                Thread.Sleep(1);
            }
        }
    }
}
