using Compensation.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;


namespace Compensation.Extensions.Tests.Security;

/// <summary>
/// Many threads deciding through the hosting engine while its rule files are rewritten again and again:
/// every decision equals the single-threaded decision of the one version its stamp names (never a
/// mix of two versions), and nothing throws that a single thread would not.
/// </summary>
public sealed class EngineConcurrencyTests : IDisposable
{
    private const int Swaps = 6;

    private static readonly string[] Versions = ["2026.11", "2026.12"];

    private readonly string _folder = Directory.CreateTempSubdirectory("compensation-security-").FullName;

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // a watcher may still hold the folder for a moment; the system cleans its temp folder
        }
    }

    [Fact]
    public void Decide_ManyThreadsWhileEngineReloadsRepeatedly_EachDecisionFromOneWholeVersion()
    {
        // Version 2 changes only the header file (its version and its caps), so every rewrite is one
        // atomic rename and a reload reads either version whole.
        var headers = new[] { Hostile.Header.Text, Header2(Hostile.Header.Text) };
        var manuals = headers.Select(h => CompensationManual.Parse([new ManualSource(Hostile.Header.Path, h), .. Hostile.SampleSources.Skip(1)])).ToArray();
        Assert.Equal(Versions, manuals.Select(m => m.Stamp.Version));
        var expected = Enumerable.Range(0, 2).ToDictionary(v => Versions[v], v => ConcurrentDecisions.Outcomes(manuals[v]));
        var differing = Enumerable.Range(0, ConcurrentDecisions.Incidents).Count(i => expected[Versions[0]][i].Replace(Versions[1], Versions[0], StringComparison.Ordinal) != expected[Versions[1]][i]);
        Assert.True(differing >= ConcurrentDecisions.Incidents / 10, $"only {differing} incidents are decided differently by the two versions: a mix would go unseen");

        foreach (var source in Hostile.SampleSources)
        {
            File.WriteAllText(Path.Combine(_folder, source.Path), source.Text);
        }

        var services = new ServiceCollection();
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.Zero));
        var reloadDelay = TimeSpan.FromMilliseconds(20);
        services.AddSingleton<TimeProvider>(clock);
        services.AddLogging();
        services.AddCompensation(o =>
        {
            o.ManualPath = _folder;
            o.ReloadDelay = reloadDelay;
        });
        using var provider = services.BuildServiceProvider();
        var engine = provider.GetRequiredService<ICompensationEngine>();
        var swaps = 0;

        var failures = ConcurrentDecisions.RunConcurrently(
            i => ConcurrentDecisions.Outcome(engine.Decide, i),
            () =>
            {
                var next = ++swaps % 2;
                var temporary = Path.Combine(_folder, "00-manual.yaml.tmp");
                File.WriteAllText(temporary, headers[next]);
                File.Move(temporary, Path.Combine(_folder, Hostile.Header.Path), overwrite: true);
                Hosting.RunningEngine.WaitFor(clock, reloadDelay, () => engine.Status.Live[^1].Version == Versions[next]);

                return swaps < Swaps;
            },
            expected);

        Assert.Empty(failures);
        Assert.True(engine.Status.Reloads >= Swaps, $"{engine.Status.Reloads} reloads for {Swaps} rewrites");
    }

    private static string Header2(string header)
    {
        var text = header
            .Replace("version: \"2026.11\"", "version: \"2026.12\"", StringComparison.Ordinal)
            .Replace("total: \"order.value\"", "total: \"0.2 * order.value\"", StringComparison.Ordinal)
            .Replace("store-credit: \"0.5 * order.value\"", "store-credit: \"0.05 * order.value\"", StringComparison.Ordinal);
        Assert.NotEqual(header, text);
        return text;
    }
}
