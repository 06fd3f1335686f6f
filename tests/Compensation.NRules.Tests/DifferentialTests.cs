using System.Globalization;
using Compensation.Benchmarks.Policy;
using Compensation.Check;
using Compensation.TestSupport;

namespace Compensation.NRules.Tests;

/// <summary>
/// The NRules mapping against <c>Decide</c>: every incident of the sample manual's <c>check</c> probe grid (86,400
/// incidents; a deterministic sample of one in <see cref="SampleStride"/> unless <c>COMPENSATION_NRULES_FULL_GRID=1</c>)
/// and incidents of the generated 100- and 1,000-rule manuals, decided by both engines, must give identical remedies,
/// costs, totals, approvals and adjustments.
/// </summary>
public sealed class DifferentialTests
{
    /// <summary>One grid point in this many by default (the full grid through both engines takes minutes on a busy machine).</summary>
    private const int SampleStride = 7;

    [Fact]
    public void Decide_SampleManualProbeGrid_SameDecisionAsDecide()
    {
        var manual = SampleManual.Manual;
        var full = Environment.GetEnvironmentVariable("COMPENSATION_NRULES_FULL_GRID") == "1";
        var grid = ProbeGrid.Build(manual.Compiled, new ManualCheckOptions().MaxIncidents);
        Assert.Equal(86_400, grid.Count); // the grid `compensation check` probes for the sample manual (its summary line says so)

        var points = Points(grid, full ? 1 : SampleStride).ToList();
        var compared = Compare(manual, points, reuse: true);

        Assert.Equal(full ? 86_400 : (86_400 + SampleStride - 1) / SampleStride, compared);

        // The sample still meets every failure kind × tier × cause (6 × 4 × 5 with "no cause") and every delay probed.
        Assert.Equal(6 * 4 * 5, points.Select(p => (p.Item1.Failure, p.Item2.Tier, p.Item1.Cause)).Distinct().Count());
        var delays = grid.Failures.Single(f => f.Failure == "retraso").Dimensions.Single(d => d.Name == ProbeGrid.Delay).Values.Count;
        Assert.Equal(delays, points.Where(p => p.Item1.Failure == "retraso").Select(p => p.Item1.DeliveredAt).Distinct().Count());
    }

    [Fact]
    public void Decide_SampleManualWithNewSessionPerDecision_SameDecisionAsDecide()
    {
        var manual = SampleManual.Manual;
        var grid = ProbeGrid.Build(manual.Compiled, new ManualCheckOptions().MaxIncidents);
        Assert.True(Compare(manual, Points(grid, 97), reuse: false) > 800);
    }

    [Theory]
    [InlineData(100, 8)]
    [InlineData(1000, 4)]
    public void Decide_GeneratedManual_SameDecisionAsDecide(int rules, int samples)
    {
        var policy = new GeneratedPolicy(rules);
        var manual = policy.Load();
        var cases = Enumerable.Range(1, samples).SelectMany(seed => IncidentSample.For(policy, seed));
        Assert.Equal(samples * IncidentSample.Size, Compare(manual, cases, reuse: true));
    }

    /// <summary>Decides every case through both engines; fails on the first difference, naming the incident.</summary>
    private static int Compare(CompensationManual manual, IEnumerable<(Incident Incident, Customer Customer)> cases, bool reuse)
    {
        var nrules = NRulesManual.Create(manual, new NRulesManualOptions { ReuseSessions = reuse });
        var count = 0;
        var granted = 0;
        foreach (var (incident, customer) in cases)
        {
            var expected = manual.Decide(incident, customer);
            var actual = nrules.Decide(incident, customer);
            var (e, a) = (DecisionText.Canonical(expected), DecisionText.Canonical(actual));
            if (e != a)
            {
                Assert.Fail($"""
                    NRules decided differently for {Describe(incident, customer)}
                    Decide: {e}
                    NRules: {a}
                    """);
            }

            count++;
            granted += expected.Remedies.Count;
        }

        Assert.True(granted > count / 4, $"only {granted} remedies over {count} incidents: the comparison would prove little");
        return count;
    }

    private static IEnumerable<(Incident, Customer)> Points(ProbeGrid grid, int stride)
    {
        long index = 0;
        foreach (var (failure, dimensions) in grid.Failures)
        {
            var size = ProbeGrid.Size(dimensions);
            for (long point = 0; point < size; point++, index++)
            {
                if (index % stride != 0)
                {
                    continue;
                }

                var indices = new int[dimensions.Count];
                var rest = point;
                for (var d = dimensions.Count - 1; d >= 0; d--)
                {
                    indices[d] = (int)(rest % dimensions[d].Values.Count);
                    rest /= dimensions[d].Values.Count;
                }

                yield return grid.At(failure, dimensions, indices);
            }
        }
    }

    private static string Describe(Incident incident, Customer customer)
        => string.Create(CultureInfo.InvariantCulture, $"{incident.Failure} cause={incident.Cause ?? "-"} promised={incident.PromisedAt:O} delivered={incident.DeliveredAt:O} order={incident.OrderValue} tier={customer.Tier} prior={customer.PriorIncidents} tenure={customer.TenureMonths} recent={customer.RecentCompensation} facts={string.Join(",", incident.Facts.Select(f => $"{f.Key}={f.Value}"))}");
}
