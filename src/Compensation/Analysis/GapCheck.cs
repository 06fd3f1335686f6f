namespace Compensation.Analysis;

/// <summary>
/// Finds failure kind × tier (× delay band) cells in which no probed incident gets any remedy. A scenario that
/// expects no remedy inside such a cell documents the gap as deliberate, and it is not reported.
/// </summary>
internal static class GapCheck
{
    public static void Add(GridRun run, ScenarioSuite? scenarios, List<CheckFinding> findings, List<string> documented)
    {
        var grid = run.Grid;
        for (var f = 0; f < grid.Failures.Count; f++)
        {
            var (failure, dimensions) = grid.Failures[f];
            var tierDim = dimensions.FindIndex(d => d.Name == "tier");
            var delayDim = dimensions.FindIndex(d => d.Name == ProbeGrid.Delay);
            var tiers = dimensions[tierDim].Values.Count;
            var delays = delayDim < 0 ? 1 : dimensions[delayDim].Values.Count;
            var remedied = new bool[tiers, delays];
            var example = new long[tiers, delays];
            var indices = new int[dimensions.Count];
            for (long p = 0; p < run.HasRemedy[f].Length; p++)
            {
                GridRun.Decode(dimensions, p, indices);
                var (t, d) = (indices[tierDim], delayDim < 0 ? 0 : indices[delayDim]);
                remedied[t, d] |= run.HasRemedy[f][p];
                example[t, d] = p;
            }

            // Group the tiers that share the same gap (same failure, same delay range).
            var groups = new Dictionary<(int From, int To), List<int>>();
            for (var t = 0; t < tiers; t++)
            {
                for (var d = 0; d < delays; d++)
                {
                    if (remedied[t, d])
                    {
                        continue;
                    }

                    var end = d;
                    while (end + 1 < delays && !remedied[t, end + 1])
                    {
                        end++;
                    }

                    var tier = (string)dimensions[tierDim].Values[t]!;
                    var range = delayDim < 0 ? "" : Range(dimensions[delayDim], d, end);
                    if (Documented(scenarios, failure, tier, delayDim < 0 ? null : dimensions[delayDim], d, end) is { } scenario)
                    {
                        documented.Add($"{failure} × {tier}{range}: no remedy (documented by scenario '{scenario}')");
                    }
                    else
                    {
                        (groups.TryGetValue((d, end), out var list) ? list : groups[(d, end)] = []).Add(t);
                    }

                    d = end;
                }
            }

            foreach (var ((from, to), tierList) in groups)
            {
                var names = string.Join(", ", tierList.Select(t => dimensions[tierDim].Values[t]));
                var range = delayDim < 0 ? "" : Range(dimensions[delayDim], from, to);
                GridRun.Decode(dimensions, example[tierList[0], from], indices);
                findings.Add(new CheckFinding(
                    CheckCodes.Gap,
                    DiagnosticSeverity.Warning,
                    $"gap: no rule grants anything for '{failure}'{range} to tier{(tierList.Count > 1 ? "s" : "")} {names}",
                    f < grid.Manual.FailureLocations.Count ? grid.Manual.FailureLocations[f] : default,
                    [$"{ManualCheck.Describe(grid, f, indices)} → no remedy", "if this is deliberate, add a scenario that expects 'remedies: none' for it"]));
            }
        }
    }

    private static string Range(ProbeDimension delay, int from, int to)
    {
        var first = (int)delay.Values[from]!;
        var next = to + 1 < delay.Values.Count ? (int?)delay.Values[to + 1] : null;
        return next is null
            ? $" with a delay of {ProbeGrid.Hours(first)} or more"
            : next - 1 == first ? $" with a delay of {ProbeGrid.Hours(first)}" : $" with a delay from {ProbeGrid.Hours(first)} to under {ProbeGrid.Hours(next.Value)}";
    }

    private static string? Documented(ScenarioSuite? scenarios, string failure, string tier, ProbeDimension? delay, int from, int to)
    {
        if (scenarios is null)
        {
            return null;
        }

        var low = delay is null ? 0 : (int)delay.Values[from]!;
        var high = delay is null || to + 1 >= delay.Values.Count ? int.MaxValue : (int)delay.Values[to + 1]!;
        foreach (var scenario in scenarios.Scenarios)
        {
            if (!scenario.Expected.NoRemedy || scenario.Incident.Failure != failure || scenario.Customer.Tier != tier)
            {
                continue;
            }

            var hours = scenario.Incident.PromisedAt is { } p && scenario.Incident.DeliveredAt is { } d ? (int)Math.Floor((d - p).TotalHours) : 0;
            if (delay is null || (hours >= low && hours < high))
            {
                return scenario.Name;
            }
        }

        return null;
    }
}
