using System.Globalization;
using Compensation.Compilation;
using Compensation.Facts;
using Compensation.Validation;

namespace Compensation.Check;

// Reduced grids: a pairwise covering set of the dimensions, each incident with its next-worse neighbour.
internal sealed partial class ProbeGrid
{
    /// <summary>
    /// A pairwise covering set (IPOG): points over dimensions of the given sizes such that every pair of values of any
    /// two dimensions appears in some point. Deterministic: built widest dimension first, ties by position.
    /// </summary>
    internal static List<int[]> Pairwise(IReadOnlyList<int> counts)
    {
        var k = counts.Count;
        if (k == 0 || counts.Any(c => c == 0))
        {
            return k == 0 ? [[]] : [];
        }

        var order = Enumerable.Range(0, k).OrderByDescending(d => counts[d]).ThenBy(d => d).ToArray();
        var rows = new List<int[]>();
        var second = k > 1 ? counts[order[1]] : 1;
        for (var a = 0; a < counts[order[0]]; a++)
        {
            for (var b = 0; b < second; b++)
            {
                var row = Enumerable.Repeat(-1, k).ToArray();
                row[order[0]] = a;
                if (k > 1)
                {
                    row[order[1]] = b;
                }

                rows.Add(row);
            }
        }

        for (var i = 2; i < k; i++)
        {
            var di = order[i];
            var ci = counts[di];

            // uncovered[j][vj * ci + vi]: the pair (dimension order[j] = vj, dimension di = vi) is in no point yet.
            var uncovered = Enumerable.Range(0, i).Select(j => Enumerable.Repeat(true, counts[order[j]] * ci).ToArray()).ToArray();

            // Horizontal growth: give each point the value of the new dimension that covers most new pairs.
            foreach (var row in rows)
            {
                var (best, gain) = (0, -1);
                for (var vi = 0; vi < ci; vi++)
                {
                    var g = 0;
                    for (var j = 0; j < i; j++)
                    {
                        if (row[order[j]] >= 0 && uncovered[j][(row[order[j]] * ci) + vi])
                        {
                            g++;
                        }
                    }

                    if (g > gain)
                    {
                        (best, gain) = (vi, g);
                    }
                }

                row[di] = best;
                for (var j = 0; j < i; j++)
                {
                    if (row[order[j]] >= 0)
                    {
                        uncovered[j][(row[order[j]] * ci) + best] = false;
                    }
                }
            }

            // Vertical growth: each pair still uncovered goes into a point that leaves that dimension free, or a new one.
            for (var j = 0; j < i; j++)
            {
                var dj = order[j];
                for (var cell = 0; cell < uncovered[j].Length; cell++)
                {
                    if (!uncovered[j][cell])
                    {
                        continue;
                    }

                    var (vj, vi) = (cell / ci, cell % ci);
                    var free = rows.FindIndex(r => r[di] == vi && r[dj] < 0);
                    if (free >= 0)
                    {
                        rows[free][dj] = vj;
                    }
                    else
                    {
                        var row = Enumerable.Repeat(-1, k).ToArray();
                        row[di] = vi;
                        row[dj] = vj;
                        rows.Add(row);
                    }
                }
            }
        }

        // Values left free: the first (least harm).
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<int[]>();
        foreach (var row in rows)
        {
            for (var d = 0; d < k; d++)
            {
                row[d] = Math.Max(0, row[d]);
            }

            if (seen.Add(string.Join(",", row)))
            {
                result.Add(row);
            }
        }

        return result;
    }

    /// <summary>The points plus, for each, its next-worse neighbour along every harm dimension (without duplicates).</summary>
    private static List<int[]> WithNeighbours(List<ProbeDimension> dimensions, List<int[]> rows)
    {
        var seen = new HashSet<string>(rows.Select(r => string.Join(",", r)), StringComparer.Ordinal);
        var result = new List<int[]>(rows);
        foreach (var row in rows)
        {
            for (var d = 0; d < dimensions.Count; d++)
            {
                if (dimensions[d].Harm is null || row[d] + 1 >= dimensions[d].Values.Count)
                {
                    continue;
                }

                var next = (int[])row.Clone();
                next[d]++;
                if (seen.Add(string.Join(",", next)))
                {
                    result.Add(next);
                }
            }
        }

        return result;
    }
}
