using Compensation.TestSupport;
using static Compensation.TestSupport.ConcurrentDecisions;

namespace Compensation.Tests.Security;

/// <summary>
/// Many threads deciding at once, on one manual and while the serving manual is swapped between two
/// versions: each decision equals the single-threaded decision of the version it names, never a mix,
/// and nothing throws that a single thread would not. Bounded loops; no timing assertions.
/// </summary>
/// <remarks>
/// The same check runs against the hosting engine reloading rule files from disk in
/// the hosting tests; <see cref="ConcurrentDecisions.RunConcurrently"/> takes any way of deciding.
/// </remarks>
public sealed class ConcurrencyTests
{

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
        var differing = Enumerable.Range(0, ConcurrentDecisions.Incidents).Count(i => Strip(expected["2026.11"][i]) != Strip(expected["2026.12"][i]));
        Assert.True(differing >= ConcurrentDecisions.Incidents / 5, $"only {differing} of {ConcurrentDecisions.Incidents} incidents are decided differently by the two versions");

        var source = new SwappingSource(Version1, Version2);
        var failures = RunConcurrently(
            i => Outcome(source.Current.Decide, i),
            () =>
            {
                // The harness waits for a decision after each swap: 2,000 swaps meet at least 2,000 decisions.
                source.Swap();
                return source.Swaps < 2_000;
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

    private static string Strip(string outcome) => outcome.Replace("2026.12", "2026.11", StringComparison.Ordinal);

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
