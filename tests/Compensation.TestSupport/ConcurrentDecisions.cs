namespace Compensation.TestSupport;

/// <summary>
/// Many threads deciding the same fixed incidents while the manual in force may be swapped: the harness
/// shared by the concurrency tests of the engine and of the hosting engine. Bounded loops; no timing assertions.
/// </summary>
internal static class ConcurrentDecisions
{
    public const int Incidents = 300;
    private const int DecisionsPerThread = 600;
    private const int MaxDecisionsPerThread = 20_000;

    private static readonly (Incident Incident, Customer Customer)[] Cases = MakeCases();

    /// <summary>
    /// Decides on many threads while <paramref name="swapOnce"/> (if any) swaps the manual in force, until it
    /// returns false. After each swap the swapper waits until some thread has decided again, so swaps and decisions
    /// interleave however the machine schedules the threads; each thread decides at least
    /// <see cref="DecisionsPerThread"/> times and at most <see cref="MaxDecisionsPerThread"/> (counts, not time).
    /// Returns the first few decisions that differ from the single-threaded decision of the version they name.
    /// </summary>
    public static List<string> RunConcurrently(Func<int, (string? Version, string Text)> decide, Func<bool>? swapOnce, Dictionary<string, string[]> expectedByVersion)
    {
        var failures = new System.Collections.Concurrent.ConcurrentQueue<string>();
        var threads = Math.Max(4, Environment.ProcessorCount * 2);
        var swapping = swapOnce is null ? 0 : 1;
        var working = threads;
        long decided = 0;
        using var start = new Barrier(threads + 1);
        var workers = Enumerable.Range(0, threads).Select(t => new Thread(() =>
        {
            try
            {
                start.SignalAndWait();
                for (var k = 0; k < MaxDecisionsPerThread && failures.IsEmpty && (k < DecisionsPerThread || Volatile.Read(ref swapping) == 1); k++)
                {
                    var i = ((t * 7919) + (k * 104_729)) % Incidents;
                    var outcome = decide(i);
                    Interlocked.Increment(ref decided);
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
            }
            catch (Exception ex)
            {
                failures.Enqueue($"thread {t} threw {ex}");
            }
            finally
            {
                Interlocked.Decrement(ref working);
            }
        })
        { IsBackground = true }).ToArray();

        Exception? swapFailure = null;
        var swapper = new Thread(() =>
        {
            try
            {
                start.SignalAndWait();
                while (swapOnce is not null && failures.IsEmpty && Volatile.Read(ref working) > 0 && swapOnce())
                {
                    // Wait for a decision after this swap (or for the workers to finish), so that the next swap meets one.
                    var seen = Interlocked.Read(ref decided);
                    var spin = default(SpinWait);
                    while (Interlocked.Read(ref decided) == seen && Volatile.Read(ref working) > 0)
                    {
                        spin.SpinOnce(sleep1Threshold: 20);
                    }
                }
            }
            catch (Exception ex)
            {
                swapFailure = ex;
            }
            finally
            {
                Volatile.Write(ref swapping, 0);
            }
        })
        { IsBackground = true };

        foreach (var thread in workers.Append(swapper))
        {
            thread.Start();
        }

        Assert.True(workers.Append(swapper).All(thread => thread.Join(Hostile.HangLimit)), $"the deciding threads did not finish within {Hostile.HangLimit.TotalMinutes} minutes");
        if (swapFailure is not null)
        {
            throw new InvalidOperationException("a swap failed", swapFailure); // a failed swap fails the test
        }

        return [.. failures.Take(5)];
    }

    /// <summary>What deciding incident <paramref name="i"/> of the shared cases gives: the version and canonical decision, or the exception.</summary>
    public static (string? Version, string Text) Outcome(Func<Incident, Customer, Decision> decide, int i)
    {
        try
        {
            var decision = decide(Cases[i].Incident, Cases[i].Customer);
            return (decision.Manual.Version, DecisionText.Canonical(decision));
        }
        catch (CompensationException ex)
        {
            return (null, ex.GetType().Name + ": " + ex.Message);
        }
    }

    /// <summary>The single-threaded outcome of every case on <paramref name="manual"/>.</summary>
    public static string[] Outcomes(CompensationManual manual) => [.. Enumerable.Range(0, Incidents).Select(i => Outcome(manual.Decide, i).Text)];

    private static (Incident, Customer)[] MakeCases()
    {
        // A fixed seed: the same incidents every run (some invalid, which must fail the same way on every thread).
        var random = new Random(20261125);
        return [.. Enumerable.Range(0, Incidents).Select(_ => RandomIncidents.Next(CompensationManual.Parse(Hostile.SampleSources), random, decimals: 2))];
    }
}
