using Compensation.Documents;

namespace Compensation.Check;

/// <summary>Per-rule findings: never matches, shadowed, never wins, overlaps, remedies always capped or dropped.</summary>
internal static class RuleChecks
{
    public static void Add(GridRun run, List<CheckFinding> findings, IReadOnlySet<string> firedByScenarios)
    {
        var grid = run.Grid;
        foreach (var ruleSet in grid.Manual.RuleSets)
        {
            foreach (var rule in ruleSet.Rules)
            {
                var stats = run.Stats[rule.Name];
                if (run.Failures.ContainsKey(rule.Name))
                {
                    continue;
                }

                if (stats.Matched == 0)
                {
                    if (firedByScenarios.Contains(rule.Name))
                    {
                        continue; // a scenario fires it: the probes only missed it
                    }

                    var (condition, count) = stats.FailedConditions.OrderByDescending(c => c.Value).FirstOrDefault();
                    var proven = Compilation.FormulaAnalysis.NeverHolds(rule.Parts, grid.Manual);
                    findings.Add(proven
                        ? new CheckFinding(
                            CheckCodes.NeverMatches,
                            DiagnosticSeverity.Error,
                            $"rule '{rule.Name}' can never fire: the parts of its condition contradict each other",
                            rule.Location,
                            condition is null ? [] : [$"the part that fails most often on the probes: {condition} (on {count} incidents)"])
                        : new CheckFinding(
                            CheckCodes.NotReached,
                            DiagnosticSeverity.Warning,
                            $"rule '{rule.Name}' was not reached by the probes: its condition held for none of the {grid.Count} probed incidents (it is not proven impossible; a scenario that fires it settles it)",
                            rule.Location,
                            condition is null ? [] : [$"the part that fails most often: {condition} (on {count} incidents)"]));
                }
                else if (stats.Fired == 0 && stats.SuppressedExample is { } example)
                {
                    var winners = string.Join(", ", stats.SuppressedBy.OrderByDescending(w => w.Value).Select(w => $"'{w.Key}'"));
                    var best = ruleSet.Policy == HitPolicy.Best;
                    findings.Add(new CheckFinding(
                        best ? CheckCodes.NeverKept : CheckCodes.Shadowed,
                        best ? DiagnosticSeverity.Warning : DiagnosticSeverity.Error,
                        best
                            ? $"rule '{rule.Name}' never wins its 'best' rule set: wherever it matches ({stats.Matched} incidents), {winners} is worth more"
                            : $"rule '{rule.Name}' is shadowed: wherever it matches ({stats.Matched} incidents), {winners} {(stats.SuppressedBy.Count > 1 ? "fire" : "fires")} instead (hit policy '{ManualCheck.Policy(ruleSet.Policy)}')",
                        rule.Location,
                        [$"{ManualCheck.Describe(grid, example.Failure, example.Indices)} → '{example.Winner}' fires, '{rule.Name}' does not"]));
                }
                else if (stats.Fired > 0 && rule.Grants.Count > 0 && stats.Kept == 0 && stats.DroppedExample is { } dropped)
                {
                    var limit = stats.DroppedByLimit > 0;
                    findings.Add(new CheckFinding(
                        limit ? CheckCodes.CappedToZero : CheckCodes.NeverKept,
                        limit ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
                        limit
                            ? $"rule '{rule.Name}' is pointless: it fires on {stats.Fired} probed incidents but limits always cap its remedies to nothing"
                            : $"rule '{rule.Name}' fires on {stats.Fired} probed incidents but always loses its exclusive group",
                        rule.Location,
                        [$"{ManualCheck.Describe(grid, dropped.Failure, dropped.Indices)} → {stats.LastAdjustment}"]));
                }
            }
        }

        foreach (var ((winner, loser), (failure, indices)) in run.Overlaps)
        {
            var rule = run.Rule(loser);
            findings.Add(new CheckFinding(
                CheckCodes.Overlap,
                DiagnosticSeverity.Warning,
                $"rules '{winner}' and '{loser}' have the same priority ({rule.Priority}) and both match: only the order they are written in decides which fires",
                rule.Location,
                [$"{ManualCheck.Describe(grid, failure, indices)} → both match; '{winner}' fires"]));
        }
    }
}
