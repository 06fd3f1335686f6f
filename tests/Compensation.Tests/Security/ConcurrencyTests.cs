namespace Compensation.Tests.Security;

/// <summary>
/// Many threads deciding at once, on one manual and while the serving manual is swapped between two
/// versions: each decision equals the single-threaded decision of the version it names, never a mix,
/// and nothing throws that a single thread would not. Bounded loops; no timing assertions.
/// </summary>
/// <remarks>
/// The manual comes from an <see cref="IManualSource"/>, so the same test can run against a hosting
/// engine that reloads manuals from disk: implement the source over the engine, and let the swap
/// action write the other version's files.
/// </remarks>
public sealed class ConcurrencyTests
{
    private const int Incidents = 300;
    private const int DecisionsPerThread = 1_500;

    private static readonly CompensationManual Version1 = CompensationManual.Parse(Hostile.SampleSources);

    private static readonly CompensationManual Version2 = CompensationManual.Parse(Hostile.SampleSources.Select(s => s with
    {
        Text = s.Text
            .Replace("version: \"2026.11\"", "version: \"2026.12\"", StringComparison.Ordinal)
            .Replace("\"5 * delay.days\"", "\"6 * delay.days\"", StringComparison.Ordinal)
            .Replace("percent: 30,", "percent: 25,", StringComparison.Ordinal)
            .Replace("percent: 15,", "percent: 12,", StringComparison.Ordinal)
            .Replace("store-credit: { amount: 30,", "store-credit: { amount: 35,", StringComparison.Ordinal),
    }));

    private static readonly (Incident Incident, Customer Customer)[] Cases = MakeCases();

    /// <summary>Where a deciding thread gets the manual in force.</summary>
    public interface IManualSource
    {
        CompensationManual Current { get; }
    }

    [Fact]
    public void Decide_ManyThreadsOneManual_SameAsSingleThreaded()
    {
        var expected = Outcomes(Version1);
        var source = new SwappingSource(Version1, Version1);

        var failures = RunConcurrently(source, swap: null, expectedByVersion: new() { [Version1.Stamp.Version] = expected });

        Assert.Empty(failures);
    }

    [Fact]
    public void Decide_ManyThreadsWhileManualSwapsRepeatedly_EachDecisionFromOneWholeVersion()
    {
        var expected = new Dictionary<string, string[]>
        {
            [Version1.Stamp.Version] = Outcomes(Version1),
            [Version2.Stamp.Version] = Outcomes(Version2),
        };

        // The versions must disagree on many incidents (beyond the stamp) for a mix to be visible.
        var differing = Enumerable.Range(0, Incidents).Count(i => Strip(expected["2026.11"][i]) != Strip(expected["2026.12"][i]));
        Assert.True(differing >= Incidents / 5, $"only {differing} of {Incidents} incidents are decided differently by the two versions");

        var source = new SwappingSource(Version1, Version2);
        var failures = RunConcurrently(source, source.Swap, expected);

        Assert.Empty(failures);
        Assert.True(source.Swaps > 0, "the manual was never swapped while deciding");
    }

    [Fact]
    public void Parse_SameTextManyTimesOnManyThreads_IdenticalManualsAndDecisions()
    {
        // Loading is thread-safe too, and deterministic: the same text gives the same hash and decisions.
        var expected = Outcomes(Version1);
        var manuals = Hostile.Guarded(() => Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => CompensationManual.Parse(Hostile.SampleSources)))).GetAwaiter().GetResult());

        Assert.All(manuals, m => Assert.Equal(Version1.Stamp, m.Stamp));
        Assert.All(manuals, m => Assert.Equal(expected, Outcomes(m)));
    }

    private static List<string> RunConcurrently(IManualSource source, Action? swap, Dictionary<string, string[]> expectedByVersion)
    {
        var failures = new System.Collections.Concurrent.ConcurrentQueue<string>();
        var threads = Math.Max(4, Environment.ProcessorCount * 2);
        var running = threads;
        var workers = Enumerable.Range(0, threads).Select(t => Task.Run(() =>
        {
            try
            {
                for (var k = 0; k < DecisionsPerThread && failures.IsEmpty; k++)
                {
                    var i = ((t * 7919) + (k * 104_729)) % Incidents;
                    var outcome = Outcome(source.Current, i);
                    var version = outcome.Version;
                    if (version is null)
                    {
                        // An exception carries no stamp: it must be what one of the versions gives single-threaded.
                        if (!expectedByVersion.Values.Any(e => e[i] == outcome.Text))
                        {
                            failures.Enqueue($"incident {i}: {outcome.Text}");
                        }
                    }
                    else if (!expectedByVersion.TryGetValue(version, out var expected) || expected[i] != outcome.Text)
                    {
                        failures.Enqueue($"incident {i} decided as version {version}:\n{outcome.Text}\nsingle-threaded:\n{(expected is null ? "(no such version)" : expected[i])}");
                    }
                }
            }
            finally
            {
                Interlocked.Decrement(ref running);
            }
        })).ToArray();

        // Swap while any worker runs; bounded by the workers' bounded loops.
        var swapper = Task.Run(() =>
        {
            while (swap is not null && Volatile.Read(ref running) > 0)
            {
                swap();
                Thread.Yield();
            }
        });

        Hostile.Guarded(() => Task.WhenAll([.. workers, swapper]).ContinueWith(_ => true, TaskScheduler.Default).GetAwaiter().GetResult());
        return [.. failures.Take(5)];
    }

    private static string[] Outcomes(CompensationManual manual) => [.. Enumerable.Range(0, Incidents).Select(i => Outcome(manual, i).Text)];

    private static (string? Version, string Text) Outcome(CompensationManual manual, int i)
    {
        try
        {
            var decision = manual.Decide(Cases[i].Incident, Cases[i].Customer);
            return (decision.Manual.Version, Decisions.Canonical(decision));
        }
        catch (CompensationException ex)
        {
            return (null, ex.GetType().Name + ": " + ex.Message);
        }
    }

    private static string Strip(string outcome) => outcome.Replace("2026.12", "2026.11", StringComparison.Ordinal);

    private static (Incident, Customer)[] MakeCases()
    {
        // A fixed seed: the same incidents every run (some invalid, which must fail the same way on every thread).
        var random = new Random(20261125);
        return [.. Enumerable.Range(0, Incidents).Select(_ => RandomIncidents.Next(Version1, random, decimals: 2))];
    }

    /// <summary>Serves one of two manuals; <see cref="Swap"/> switches atomically (as a reload would).</summary>
    private sealed class SwappingSource : IManualSource
    {
        private readonly CompensationManual _first;
        private readonly CompensationManual _second;
        private CompensationManual _current;
        private int _swaps;

        public SwappingSource(CompensationManual first, CompensationManual second) => (_first, _second, _current) = (first, second, first);

        public CompensationManual Current => Volatile.Read(ref _current);

        public int Swaps => Volatile.Read(ref _swaps);

        public void Swap()
        {
            Volatile.Write(ref _current, ReferenceEquals(_current, _first) ? _second : _first);
            Interlocked.Increment(ref _swaps);
        }
    }
}
