namespace Compensation.Check;

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
            var bare = new int[tiers, delays];
            var points = new int[tiers, delays];
            var example = new long[tiers, delays];
            var indices = new int[dimensions.Count];
            for (long p = 0; p < run.HasRemedy[f].Length; p++)
            {
                grid.Decode(f, p, indices);
                var (t, d) = (indices[tierDim], delayDim < 0 ? 0 : indices[delayDim]);
                points[t, d]++;
                if (!run.HasRemedy[f][p])
                {
                    // Keep the first bare point as the example: the grid's least unusual values come first.
                    example[t, d] = bare[t, d]++ == 0 ? p : example[t, d];
                }
            }

            // Group the tiers that share the same gap (same failure, same delay range).
            var groups = new Dictionary<(int From, int To), List<int>>();
            bool Remedied(int t, int d) => bare[t, d] == 0;
            for (var t = 0; t < tiers; t++)
            {
                for (var d = 0; d < delays; d++)
                {
                    if (Remedied(t, d))
                    {
                        continue;
                    }

                    var end = d;
                    while (end + 1 < delays && !Remedied(t, end + 1))
                    {
                        end++;
                    }

                    var tier = (string?)dimensions[tierDim].Values[t]; // null: the manual declares no tiers
                    var range = delayDim < 0 ? "" : Range(dimensions[delayDim], d, end);
                    if (Documented(scenarios, failure, tier, delayDim < 0 ? null : dimensions[delayDim], d, end) is { } scenario)
                    {
                        documented.Add($"{failure}{(tier is null ? string.Empty : " × " + tier)}{range}: no remedy (documented by scenario '{scenario}')");
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
                var without = tierList.Sum(t => Enumerable.Range(from, to - from + 1).Sum(d => bare[t, d]));
                var of = tierList.Sum(t => Enumerable.Range(from, to - from + 1).Sum(d => points[t, d]));
                var how = without == of ? "no rule grants anything" : $"{without} of {of} probed incidents get no remedy at all";
                var range = delayDim < 0 ? "" : Range(dimensions[delayDim], from, to);
                grid.Decode(f, example[tierList[0], from], indices);
                findings.Add(new CheckFinding(
                    CheckCodes.Gap,
                    DiagnosticSeverity.Warning,
                    dimensions[tierDim].Values[0] is null ? $"gap: {how} for '{failure}'{range}" : $"gap: {how} for '{failure}'{range}, tier{(tierList.Count > 1 ? "s" : "")} {names}",
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
            : next - 1 == first || next - 60 == first ? $" with a delay of {ProbeGrid.Hours(first)}" : $" with a delay from {ProbeGrid.Hours(first)} to under {ProbeGrid.Hours(next.Value)}";
    }

    private static string? Documented(ScenarioSuite? scenarios, string failure, string? tier, ProbeDimension? delay, int from, int to)
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

            // The probed delays are minutes late.
            var minutes = scenario.Incident.PromisedAt is { } p && scenario.Incident.DeliveredAt is { } d ? (int)Math.Max(0, Math.Floor((d - p).TotalMinutes)) : 0;
            if (delay is null || (minutes >= low && minutes < high))
            {
                return scenario.Name;
            }
        }

        return null;
    }
}
