using Compensation.Check;
using Compensation.Documents;

namespace Compensation;

/// <summary>
/// Static and exploratory analysis of a manual: decides a grid of incidents built from the thresholds in
/// the rules' conditions (every failure kind, tier, cause, delay band, order value band…) and reports
/// gaps (no remedy at all), overlaps, rules that can never fire or are shadowed, proportionality
/// violations (more harm, lower total) and rules whose remedies limits always cap to nothing.
/// </summary>
/// <example>
/// <code>
/// var report = ManualCheck.Run(CompensationManual.Load("rules/tienda-ejemplo"));
/// foreach (var finding in report.Findings) Console.WriteLine(finding);
/// </code>
/// </example>
public static class ManualCheck
{
    /// <summary>Checks a manual.</summary>
    /// <param name="manual">The manual.</param>
    /// <param name="options">Limits, and the scenarios that document deliberate gaps.</param>
    /// <param name="progress">Reports the share of the grid decided so far, from 0 to 1.</param>
    public static CheckReport Run(CompensationManual manual, ManualCheckOptions? options = null, IProgress<double>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(manual);
        options ??= new ManualCheckOptions();
        var compiled = manual.Compiled;
        var grid = ProbeGrid.Build(compiled, options.MaxIncidents);
        var run = new GridRun(grid);
        run.Run(progress);

        var findings = new List<CheckFinding>();
        var header = compiled.FailureLocations.Count > 0 ? compiled.FailureLocations[0] : new SourceLocation(manual.Stamp.Name, 1, 1);
        if (grid.Reduced.Count > 0)
        {
            findings.Add(new CheckFinding(CheckCodes.GridReduced, DiagnosticSeverity.Warning, $"the probe grid was reduced to {grid.Count} incidents: for {string.Join(", ", grid.Reduced.Select(r => $"'{r}'"))} every pair of values of any two facts is probed together, not every combination", header, []));
        }

        foreach (var (rule, (message, location, f, indices)) in run.Failures)
        {
            findings.Add(new CheckFinding(CheckCodes.EvaluationFailed, DiagnosticSeverity.Error, $"rule '{rule}' fails on a probed incident: {message}", location, [Describe(grid, f, indices)]));
        }

        if (run.RejectedExample is { } rejected)
        {
            findings.Add(new CheckFinding(CheckCodes.Rejected, DiagnosticSeverity.Warning, $"{run.Rejected} of {grid.Count} probed incidents were rejected and skipped: {rejected.Message}", header, [Describe(grid, rejected.Failure, rejected.Indices)]));
        }

        var before = findings.Count;
        RuleChecks.Add(run, findings, FiredByScenarios(manual, options.Scenarios));
        if (grid.Reduced.Count > 0)
        {
            // Claims about every probed incident are only likely on a reduced grid: say so (a proof stays an error).
            for (var i = before; i < findings.Count; i++)
            {
                if (findings[i].Code != CheckCodes.NeverMatches)
                {
                    findings[i] = findings[i] with { Severity = DiagnosticSeverity.Warning, Message = findings[i].Message + " (on the reduced grid: raise the incident limit to be sure)" };
                }
            }
        }

        var documented = new List<string>();
        GapCheck.Add(run, options.Scenarios, findings, documented);
        ProportionalityCheck.Add(run, manual, options.MaxExamples, findings);
        var sorted = findings
            .OrderByDescending(f => f.Severity)
            .ThenBy(f => f.Location.File, StringComparer.Ordinal)
            .ThenBy(f => f.Location.Line)
            .ThenBy(f => f.Code, StringComparer.Ordinal)
            .ToList();
        return new CheckReport(sorted, grid.Count, documented);
    }

    /// <summary>The rules the scenarios fire: the probes missing one of them proves nothing about it.</summary>
    private static HashSet<string> FiredByScenarios(CompensationManual manual, ScenarioSuite? scenarios)
    {
        var fired = new HashSet<string>(StringComparer.Ordinal);
        if (scenarios is null || scenarios.HasErrors)
        {
            return fired;
        }

        foreach (var scenario in scenarios.Scenarios)
        {
            if (ScenarioSuite.RunScenario(manual, scenario).Decision is { } decision)
            {
                fired.UnionWith(decision.Trace.Where(t => t.Outcome == RuleOutcome.Fired).Select(t => t.Rule));
            }
        }

        return fired;
    }

    internal static string Describe(ProbeGrid grid, int failure, int[] indices)
        => grid.Describe(grid.Failures[failure].Failure, grid.Failures[failure].Dimensions, indices);

    internal static string Policy(HitPolicy policy) => policy.ToString().ToLowerInvariant();
}
