using System.Diagnostics;
using Compensation.Benchmarks.Policy;
using Compensation.Evaluation;
using Compensation.Facts;
using Compensation.TestSupport;

namespace Compensation.Benchmarks;

/// <summary>A quick split of one decision's time (binding vs the rest), for profiling by hand: <c>--decide-profile N</c>.</summary>
internal static class DecideProfile
{
    /// <summary>Bytes allocated per decision on the sample manual's example incidents (after warm-up).</summary>
    public static void Sample()
    {
        var manual = CompensationManual.Load(RepoPaths.SampleManual);
        var cases = IncidentSample.ForSampleManual();
        foreach (var (incident, customer) in cases)
        {
            manual.Decide(incident, customer);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        foreach (var (incident, customer) in cases)
        {
            manual.Decide(incident, customer);
        }

        Console.WriteLine($"sample manual: {(GC.GetAllocatedBytesForCurrentThread() - before) / cases.Length} B per decision");
        foreach (var (incident, customer) in cases.Take(6))
        {
            var decision = manual.Decide(incident, customer);
            var hundred = GC.GetAllocatedBytesForCurrentThread();
            for (var i = 0; i < 100; i++)
            {
                manual.Decide(incident, customer);
            }

            Console.WriteLine($"  {incident.Id}: {(GC.GetAllocatedBytesForCurrentThread() - hundred) / 100} B per Decide ({decision.Remedies.Count} remedies, {decision.Adjustments.Count} adjustments)");
        }
    }

    public static void Run(int rules)
    {
        var policy = new GeneratedPolicy(rules);
        var manual = policy.Load();
        var cases = IncidentSample.For(policy);
        var hand = new HandWrittenPolicy(policy);
        var frame = new FactFrame(manual.Compiled.Schema);
        for (var round = 0; round < 3; round++)
        {
            const int N = 400_000;
            var clock = Stopwatch.StartNew();
            for (var i = 0; i < N; i++)
            {
                var (incident, customer) = cases[i & 255];
                IncidentBinder.Bind(manual.Compiled, incident, customer, frame);
            }

            var bind = clock.Elapsed.TotalNanoseconds / N;
            clock.Restart();
            for (var i = 0; i < N; i++)
            {
                var (incident, customer) = cases[i & 255];
                manual.Decide(incident, customer);
            }

            var decide = clock.Elapsed.TotalNanoseconds / N;
            clock.Restart();
            for (var i = 0; i < N; i++)
            {
                var (incident, customer) = cases[i & 255];
                hand.Decide(incident, customer);
            }

            var all = manual.Compiled.Rules.ToArray();
            IncidentBinder.Bind(manual.Compiled, cases[3].Incident, cases[3].Customer, frame);
            clock.Restart();
            for (var i = 0; i < 10_000; i++)
            {
                foreach (var rule in all)
                {
                    rule.Matches?.Invoke(frame);
                }
            }

            var match = clock.Elapsed.TotalNanoseconds / 10_000 / all.Length;
            clock.Restart();
            var formulas = all.SelectMany(r => r.Grants).Select(g => g.Quantity!).ToArray();
            for (var i = 0; i < 10_000; i++)
            {
                foreach (var formula in formulas)
                {
                    formula.Evaluate(frame);
                }
            }

            var formula1 = clock.Elapsed.TotalNanoseconds / 10_000 / formulas.Length;
            clock.Restart();
            for (var i = 0; i < N; i++)
            {
                manual.Compiled.TotalLimit!.Evaluate(frame);
            }

            var fired = all.Where(r => r.Grants.Count > 0 && r.Matches!(frame)).ToArray();
            clock.Restart();
            for (var i = 0; i < N; i++)
            {
                foreach (var rule in fired)
                {
                    RemedyCalculator.Compute(manual.Compiled, rule, rule.Grants[0], frame);
                }
            }

            Console.WriteLine($"compute {fired.Length} remedies {clock.Elapsed.TotalNanoseconds / N:F1} ns");
            var granted = fired.Select(r => new Granted(RemedyCalculator.Compute(manual.Compiled, r, r.Grants[0], frame), r.Grants[0])).ToList();
            var adj = new List<Compensation.RemedyAdjustment>();
            clock.Restart();
            for (var i = 0; i < N; i++)
            {
                adj.Clear();
                Limits.Apply(manual.Compiled, granted, frame, adj);
            }

            Console.WriteLine($"limits {clock.Elapsed.TotalNanoseconds / N:F1} ns");
            Console.WriteLine($"per condition {match:F1} ns, per formula {formula1:F1} ns, limit {clock.Elapsed.TotalNanoseconds / N:F1} ns");
            clock.Restart();
            for (var i = 0; i < N; i++)
            {
                var (incident, customer) = cases[i & 255];
                hand.Decide(incident, customer);
            }

            Console.WriteLine($"{rules} rules: bind {bind:F0} ns, decide {decide:F0} ns, hand-written {clock.Elapsed.TotalNanoseconds / N:F0} ns");
        }
    }
}
