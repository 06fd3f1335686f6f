using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Compensation.Cli.Commands;

/// <summary><c>compensation check &lt;manual&gt;</c>: static and exploratory analysis of a manual.</summary>
internal static class CheckCommand
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Command Create()
    {
        var manualArgument = new Argument<string>("manual") { Description = "The manual's folder or file." };
        var strictOption = new Option<bool>("--warnings-as-errors") { Description = "Exit 1 on warnings too (gaps, equal-priority overlaps, remedies that always lose their group)." };
        var maxOption = new Option<long>("--max-incidents") { Description = "The most incidents to probe (default 400000).", DefaultValueFactory = _ => 400_000 };
        var jsonOption = new Option<bool>("--json") { Description = "Print the findings as JSON (code, severity, message, location, counterexample) instead of text." };
        var examplesOption = new Option<int>("--examples") { Description = "Proportionality violations shown per failure kind and dimension (default 1).", DefaultValueFactory = _ => 1 };
        var command = new Command(
            "check",
            """
            Analyse a manual by deciding a grid of incidents built from the thresholds its rules test
            (every failure kind, tier and cause; each delay band; each side of every order-value,
            prior-incident and fact threshold). Each finding has file:line:col, a code and a concrete
            counterexample incident written as a scenario entry:
              CHECK001 warning  gap: a failure kind × tier (× delay band) that gets no remedy at all
                                (a scenario expecting 'remedies: none' there marks it as deliberate)
              CHECK002 warning  two rules of a 'priority' rule set with equal priority both match
              CHECK003 error    a rule shadowed by an earlier 'first'/'priority' rule
              CHECK004 error    a rule whose condition never holds
              CHECK005 error    not proportional: a longer delay, a higher tier, more prior incidents
                                or a higher order value gets a lower total than the otherwise equal incident
              CHECK006 error    a rule whose remedies limits always cap to nothing
              CHECK007 warning  a rule that always loses its exclusive group or its 'best' rule set
              CHECK008 warning  the probe grid was reduced (raise --max-incidents)
              CHECK009 error    a formula fails on a probed incident
              CHECK010 warning  some probed incidents were rejected (a required fact the grid could not fill)

            Exit codes: 0 no errors (warnings allowed); 1 errors (or warnings with --warnings-as-errors),
            or the manual cannot be loaded; 2 a wrong command line.

            Examples:
              compensation check rules/tienda-ejemplo
              compensation check rules/tienda-ejemplo --warnings-as-errors
              compensation check rules/tienda-ejemplo --examples 5 > check.txt
              compensation check rules/tienda-ejemplo --json > check.json
            """);
        command.Arguments.Add(manualArgument);
        command.Options.Add(strictOption);
        command.Options.Add(maxOption);
        command.Options.Add(examplesOption);
        command.Options.Add(jsonOption);
        command.SetAction(parse => Run(
            ReportWriter.ForConsole(),
            parse.GetValue(manualArgument)!,
            parse.GetValue(strictOption),
            parse.GetValue(maxOption),
            parse.GetValue(examplesOption),
            parse.GetValue(jsonOption)));
        return command;
    }

    public static int Run(ReportWriter writer, string manualPath, bool warningsAsErrors, long maxIncidents, int examples, bool json)
    {
        if (ManualArgument.IsSet(manualPath))
        {
            return RunSet(writer, manualPath, warningsAsErrors, maxIncidents, examples, json);
        }

        if (writer.LoadManual(manualPath, $"the manual '{manualPath}' has errors; run 'compensation validate {manualPath}':") is not { } manual)
        {
            return CommandLine.Failure;
        }

        ScenarioSuite? scenarios = null;
        var folder = ReportWriter.ManualFolder(manualPath);
        if (Directory.Exists(Path.Combine(folder, ScenarioSuite.FolderName)))
        {
            scenarios = ScenarioSuite.Load(manual, folder);
            foreach (var diagnostic in scenarios.Diagnostics)
            {
                writer.Finding(diagnostic);
            }

            if (scenarios.HasErrors)
            {
                writer.Error("the scenario files have errors; fix them first ('compensation test' shows the same)");
                return CommandLine.Failure;
            }
        }

        var clock = Stopwatch.StartNew();
        var report = Probe(writer, manual, scenarios, maxIncidents, examples);
        var errors = report.Findings.Count(f => f.Severity == DiagnosticSeverity.Error);
        var warnings = report.Findings.Count - errors;
        var failed = errors > 0 || (warningsAsErrors && warnings > 0);
        if (json)
        {
            writer.Line(JsonSerializer.Serialize(new { report.Incidents, Errors = errors, Warnings = warnings, report.Findings, report.DocumentedGaps }, Json));
            return failed ? CommandLine.Failure : CommandLine.Success;
        }

        WriteFindings(writer, report, prefix: string.Empty);
        var summary = string.Create(CultureInfo.InvariantCulture, $"{report.Incidents} incidents probed in {clock.Elapsed.TotalSeconds:0.0} s: {errors} error(s), {warnings} warning(s)");
        if (failed)
        {
            writer.Red(summary);
        }
        else
        {
            writer.Green(summary);
        }

        return failed ? CommandLine.Failure : CommandLine.Success;
    }

    /// <summary>
    /// A manual set (a folder of version sub-folders): every version is checked on its own, with the scenarios of its own
    /// folder (a version's documented gaps); each finding is prefixed with the version it was found in.
    /// </summary>
    private static int RunSet(ReportWriter writer, string manualPath, bool warningsAsErrors, long maxIncidents, int examples, bool json)
    {
        var (set, diagnostics) = ManualSetLoader.TryLoad(manualPath, LoadLimits.Options);
        if (set is null)
        {
            writer.Error($"the manual set '{manualPath}' has errors; run 'compensation validate {manualPath}':");
            foreach (var diagnostic in diagnostics)
            {
                writer.Finding(diagnostic);
            }

            return CommandLine.Failure;
        }

        var clock = Stopwatch.StartNew();
        var folders = ManualSetLoader.VersionFolders(manualPath);
        var reports = new List<(CompensationManual Version, CheckReport Report)>();
        foreach (var version in set.Versions)
        {
            // The folder a version was loaded from: the one whose files its rules come from.
            var folder = folders.FirstOrDefault(f => version.Rules.Any(r => Path.GetFullPath(r.Location.File).StartsWith(Path.GetFullPath(f) + Path.DirectorySeparatorChar, StringComparison.Ordinal)));
            ScenarioSuite? scenarios = null;
            if (folder is not null && Directory.Exists(Path.Combine(folder, ScenarioSuite.FolderName)))
            {
                scenarios = ScenarioSuite.Load(version, folder);
                foreach (var diagnostic in scenarios.Diagnostics)
                {
                    writer.Finding(diagnostic);
                }

                if (scenarios.HasErrors)
                {
                    writer.Error($"the scenario files of version '{version.Stamp.Version}' have errors; fix them first ('compensation test' shows the same)");
                    return CommandLine.Failure;
                }
            }

            reports.Add((version, Probe(writer, version, scenarios, maxIncidents, examples)));
        }

        var errors = reports.Sum(r => r.Report.Findings.Count(f => f.Severity == DiagnosticSeverity.Error));
        var warnings = reports.Sum(r => r.Report.Findings.Count) - errors;
        var failed = errors > 0 || (warningsAsErrors && warnings > 0);
        if (json)
        {
            var versions = reports.Select(r => new { r.Version.Stamp.Version, r.Version.Stamp.Effective, r.Report.Incidents, r.Report.Findings, r.Report.DocumentedGaps });
            writer.Line(JsonSerializer.Serialize(new { Incidents = reports.Sum(r => r.Report.Incidents), Errors = errors, Warnings = warnings, Versions = versions }, Json));
            return failed ? CommandLine.Failure : CommandLine.Success;
        }

        foreach (var (version, report) in reports)
        {
            WriteFindings(writer, report, prefix: version.Stamp.Version + ": ");
        }

        var summary = string.Create(CultureInfo.InvariantCulture, $"{reports.Count} versions, {reports.Sum(r => r.Report.Incidents)} incidents probed in {clock.Elapsed.TotalSeconds:0.0} s: {errors} error(s), {warnings} warning(s)");
        if (failed)
        {
            writer.Red(summary);
        }
        else
        {
            writer.Green(summary);
        }

        return failed ? CommandLine.Failure : CommandLine.Success;
    }

    private static CheckReport Probe(ReportWriter writer, CompensationManual manual, ScenarioSuite? scenarios, long maxIncidents, int examples)
    {
        var report = ManualCheck.Run(manual, new ManualCheckOptions { MaxIncidents = Math.Max(1, maxIncidents), Scenarios = scenarios, MaxExamples = Math.Max(1, examples) }, writer.Progress("probing incidents"));
        writer.EndProgress();
        return report;
    }

    private static void WriteFindings(ReportWriter writer, CheckReport report, string prefix)
    {
        foreach (var finding in report.Findings)
        {
            var text = prefix + finding;
            if (finding.Severity == DiagnosticSeverity.Error)
            {
                writer.Red(text);
            }
            else
            {
                writer.Yellow(text);
            }
        }

        foreach (var gap in report.DocumentedGaps)
        {
            writer.Dim($"note: {prefix}{gap}");
        }
    }
}
