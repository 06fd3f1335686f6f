namespace Compensation.Tests.Security;

/// <summary>
/// Many threads deciding at once, on one manual and while the serving manual is swapped between two
/// versions: each decision equals the single-threaded decision of the version it names, never a mix,
/// and nothing throws that a single thread would not. Bounded loops; no timing assertions.
/// </summary>
/// <remarks>
/// The same check runs against the hosting engine reloading rule files from disk in
/// <see cref="EngineConcurrencyTests"/>; <see cref="RunConcurrently"/> takes any way of deciding.
/// </remarks>
public sealed class ConcurrencyTests
{
    internal const int Incidents = 300;
    private const int DecisionsPerThread = 1_500;
    private const int MaxDecisionsPerThread = 200_000;

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

        var failures = RunConcurrently(i => Outcome(source.Current.Decide, i), swapOnce: null, expectedByVersion: new() { [Version1.Stamp.Version] = expected });

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
        var failures = RunConcurrently(
            i => Outcome(source.Current.Decide, i),
            () =>
            {
                source.Swap();
                Thread.Yield();
                return source.Swaps < 20_000;
            },
            expected);

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

    /// <summary>
    /// Decides on many threads while <paramref name="swapOnce"/> (if any) swaps the manual in force, until it
    /// returns false; each thread decides at least <see cref="DecisionsPerThread"/> times and at most
    /// <see cref="MaxDecisionsPerThread"/>. Returns the first few decisions that differ from the
    /// single-threaded decision of the version they name.
    /// </summary>
    internal static List<string> RunConcurrently(Func<int, (string? Version, string Text)> decide, Func<bool>? swapOnce, Dictionary<string, string[]> expectedByVersion)
    {
        var failures = new System.Collections.Concurrent.ConcurrentQueue<string>();
        var threads = Math.Max(4, Environment.ProcessorCount * 2);
        var swapping = swapOnce is null ? 0 : 1;
        var workers = Enumerable.Range(0, threads).Select(t => Task.Run(() =>
        {
            for (var k = 0; k < MaxDecisionsPerThread && failures.IsEmpty && (k < DecisionsPerThread || Volatile.Read(ref swapping) == 1); k++)
            {
                var i = ((t * 7919) + (k * 104_729)) % Incidents;
                var outcome = decide(i);
                if (outcome.Version is null)
                {
                    // An exception carries no stamp: it must be what one of the versions gives single-threaded.
                    if (!expectedByVersion.Values.Any(e => e[i] == outcome.Text))
                    {
                        failures.Enqueue($"incident {i}: {outcome.Text}");
                    }
                }
                else if (!expectedByVersion.TryGetValue(outcome.Version, out var expected) || expected[i] != outcome.Text)
                {
                    failures.Enqueue($"incident {i} decided as version {outcome.Version}:\n{outcome.Text}\nsingle-threaded:\n{(expected is null ? "(no such version)" : expected[i])}");
                }
            }
        })).ToArray();

        var swapper = Task.Run(() =>
        {
            try
            {
                while (swapOnce is not null && failures.IsEmpty && swapOnce())
                {
                }
            }
            finally
            {
                Volatile.Write(ref swapping, 0);
            }
        });

        Hostile.Guarded(() => Task.WhenAll([.. workers, swapper]).ContinueWith(_ => true, TaskScheduler.Default).GetAwaiter().GetResult());
        swapper.GetAwaiter().GetResult(); // a failed swap fails the test
        return [.. failures.Take(5)];
    }

    /// <summary>What deciding incident <paramref name="i"/> of the shared cases gives: the version and canonical decision, or the exception.</summary>
    internal static (string? Version, string Text) Outcome(Func<Incident, Customer, Decision> decide, int i)
    {
        try
        {
            var decision = decide(Cases[i].Incident, Cases[i].Customer);
            return (decision.Manual.Version, Decisions.Canonical(decision));
        }
        catch (CompensationException ex)
        {
            return (null, ex.GetType().Name + ": " + ex.Message);
        }
    }

    /// <summary>The single-threaded outcome of every case on <paramref name="manual"/>.</summary>
    internal static string[] Outcomes(CompensationManual manual) => [.. Enumerable.Range(0, Incidents).Select(i => Outcome(manual.Decide, i).Text)];

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
