using Compensation.Check;
using Compensation.TestSupport;

namespace Compensation.Authoring.Tests.Check;

public class ReducedGridTests
{
    /// <summary>Six integer facts f1..f6 (min 0, default 0), each compared with 3 and 7: 7 probe values each (0, 2, 3, 4, 6, 7, 8); a rule grants 1 to all, so no gaps.</summary>
    private static CompensationManual SixFacts()
    {
        var facts = string.Concat(Enumerable.Range(1, 6).Select(i => $"    f{i}: {{ type: integer, min: 0, default: 0 }}\n"));
        var rules = string.Concat(Enumerable.Range(1, 6).Select(i =>
            $"          - {{ name: r{i}, when: \"f{i} >= 3 and f{i} < 7\", grant: [ discount: {{ amount: {i}, stack: true }} ] }}\n"));
        return CompensationManual.Parse([new ManualSource("pequeno.yaml", TestManual.TinyHeader.Replace(
            "  causes: [interna, externa]\n",
            "  causes: [interna, externa]\n  facts:\n" + facts,
            StringComparison.Ordinal) + "rule-sets:\n  - name: r\n    hit-policy: collect\n    rules:\n      - { name: base, grant: [ discount: { amount: 1 } ] }\n" + rules.Replace("          -", "      -", StringComparison.Ordinal))]);
    }

    [Fact]
    public void Build_OverTheLimit_EveryValueAndEveryPairOfValuesIsProbed()
    {
        // The full grid: 7^6 fact values × 2 tiers × 3 causes × 4 delays for 'retraso' alone: far over 5000.
        var grid = ProbeGrid.Build(SixFacts().Compiled, 5000);

        Assert.True(grid.Count <= 5000, $"{grid.Count} incidents");
        Assert.NotEmpty(grid.Reduced);
        for (var f = 0; f < grid.Failures.Count; f++)
        {
            var dimensions = grid.Failures[f].Dimensions;
            var points = new List<int[]>();
            for (long p = 0; p < grid.PointCount(f); p++)
            {
                var indices = new int[dimensions.Count];
                grid.Decode(f, p, indices);
                points.Add(indices);
            }

            // Every threshold of every fact is tried, with the values on each side of it.
            for (var i = 1; i <= 6; i++)
            {
                var d = dimensions.FindIndex(x => x.Name == $"f{i}");
                Assert.Equal([0m, 2m, 3m, 4m, 6m, 7m, 8m], dimensions[d].Values.Cast<decimal>());
                Assert.Equal(Enumerable.Range(0, 7), points.Select(x => x[d]).Distinct().Order());
            }

            // Every pair of values of any two dimensions appears together in some probed incident.
            var pairs = points.SelectMany(x => Enumerable.Range(0, x.Length).SelectMany(a => Enumerable.Range(a + 1, x.Length - a - 1).Select(b => (a, x[a], b, x[b])))).ToHashSet();
            for (var a = 0; a < dimensions.Count; a++)
            {
                for (var b = a + 1; b < dimensions.Count; b++)
                {
                    for (var va = 0; va < dimensions[a].Values.Count; va++)
                    {
                        for (var vb = 0; vb < dimensions[b].Values.Count; vb++)
                        {
                            Assert.True(pairs.Contains((a, va, b, vb)), $"'{grid.Failures[f].Failure}': {dimensions[a].Name} = {dimensions[a].Describe(va)} never probed with {dimensions[b].Name} = {dimensions[b].Describe(vb)}");
                        }
                    }
                }
            }
        }
    }

    [Fact]
    public void Pairwise_ThreeBinaryDimensions_CoversEveryPairInFewerThanAllPoints()
    {
        // Three yes/no dimensions: 8 combinations, but 4 points cover every pair (the classic L4 array).
        var rows = ProbeGrid.Pairwise([2, 2, 2]);

        Assert.True(rows.Count < 8, $"{rows.Count} points");
        foreach (var (a, b) in new[] { (0, 1), (0, 2), (1, 2) })
        {
            Assert.Equal(4, rows.Select(r => (r[a], r[b])).Distinct().Count());
        }
    }

    [Fact]
    public void Run_SixFactsOverTheLimit_NoRuleLooksDead()
    {
        // Holding five facts at one value used to leave rules unprobed; with pairwise every rule is reached.
        var report = ManualCheck.Run(SixFacts(), new ManualCheckOptions { MaxIncidents = 5000 });

        Assert.Equal("CHECK008", Assert.Single(report.Findings).Code);
    }
}
