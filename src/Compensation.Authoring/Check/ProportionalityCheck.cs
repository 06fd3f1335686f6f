
namespace Compensation.Check;

/// <summary>
/// Over the probe grid: an incident with more harm along one dimension (a longer delay, a higher tier, more
/// prior incidents, a higher order value) must never get a lower total than the otherwise equal incident.
/// </summary>
internal static class ProportionalityCheck
{
    public static void Add(GridRun run, CompensationManual manual, int maxExamples, List<CheckFinding> findings)
    {
        var grid = run.Grid;
        for (var f = 0; f < grid.Failures.Count; f++)
        {
            var (failure, dimensions) = grid.Failures[f];
            var totals = run.Totals[f];
            var indices = new int[dimensions.Count];
            for (var dim = 0; dim < dimensions.Count; dim++)
            {
                var dimension = dimensions[dim];
                if (dimension.Harm is null || dimension.Values.Count < 2)
                {
                    continue;
                }

                var examples = new List<(long Less, long More)>();
                var count = 0;
                for (long p = 0; p < totals.Length; p++)
                {
                    grid.Decode(f, p, indices);
                    if (totals[p] is not { } lower || grid.Neighbour(f, p, indices, dim) is not { } next || totals[next] is not { } higher || higher >= lower)
                    {
                        continue;
                    }

                    count++;
                    if (examples.Count < maxExamples)
                    {
                        examples.Add((p, next));
                    }
                }

                foreach (var (less, more) in examples)
                {
                    findings.Add(Finding(run, manual, f, dim, less, more, count));
                }
            }
        }
    }

    private static CheckFinding Finding(GridRun run, CompensationManual manual, int f, int dim, long less, long more, int count)
    {
        var grid = run.Grid;
        var (failure, dimensions) = grid.Failures[f];
        var a = new int[dimensions.Count];
        var b = new int[dimensions.Count];
        grid.Decode(f, less, a);
        grid.Decode(f, more, b);
        var (incidentA, customerA) = grid.At(failure, dimensions, a);
        var (incidentB, customerB) = grid.At(failure, dimensions, b);
        var decisionA = manual.Decide(incidentA, customerA);
        var decisionB = manual.Decide(incidentB, customerB);

        // Blame the rule whose remedies lost the most between the two incidents.
        var lost = decisionA.Remedies.GroupBy(r => r.Rule)
            .Select(g => (Rule: g.Key, Drop: g.Sum(r => r.Cost) - decisionB.Remedies.Where(r => r.Rule == g.Key).Sum(r => r.Cost)))
            .OrderByDescending(x => x.Drop)
            .FirstOrDefault();
        var location = lost.Rule is not null && lost.Drop > 0
            ? run.Rule(lost.Rule).Location
            : (f < grid.Manual.FailureLocations.Count ? grid.Manual.FailureLocations[f] : default);
        var dimension = dimensions[dim];
        var blame = lost.Rule is not null && lost.Drop > 0 ? $"; '{lost.Rule}' grants {Money(lost.Drop)} less" : string.Empty;
        var others = count > 1 ? $" ({count} such pairs for '{failure}')" : string.Empty;
        return new CheckFinding(
            CheckCodes.Proportionality,
            DiagnosticSeverity.Error,
            $"not proportional: {dimension.Harm} earns less — '{failure}' with {dimension.Name} {dimension.Describe(a[dim])} → {dimension.Describe(b[dim])} lowers the total from {Money(decisionA.TotalCost)} to {Money(decisionB.TotalCost)}{blame}{others}",
            location,
            [
                $"{ManualCheck.Describe(grid, f, a)} → total {Money(decisionA.TotalCost)} ({Rules(decisionA)})",
                $"{ManualCheck.Describe(grid, f, b)} → total {Money(decisionB.TotalCost)} ({Rules(decisionB)})",
            ]);
    }

    private static string Rules(Decision decision)
        => decision.HasRemedy ? string.Join(", ", decision.Remedies.Select(r => $"{r.Rule} {Money(r.Cost)}")) : "no remedy";

    private static string Money(decimal value) => Scenarios.RemedyFields.Number(value);
}
