using System.CommandLine;
using System.Globalization;

namespace Compensation.Cli.Commands;

/// <summary><c>compensation test &lt;manual&gt;</c>: runs the manual's scenario files.</summary>
internal static class TestCommand
{
    public static Command Create()
    {
        var manualArgument = new Argument<string>("manual") { Description = "The manual's folder (its scenarios are read from <manual>/scenarios/*.yaml), or a manual file." };
        var scenariosOption = new Option<string?>("--scenarios") { Description = "A scenario file or folder to run instead of <manual>/scenarios/." };
        var filterOption = new Option<string?>("--filter") { Description = "Run only the scenarios whose name contains this text." };
        var minCoverageOption = new Option<int>("--min-coverage") { Description = "Fail (exit 1) when fewer than this percentage of the rules are fired by some scenario.", DefaultValueFactory = _ => 0 };
        var jsonOption = new Option<bool>("--json") { Description = "Print the results (or the errors that stopped the run) as JSON instead of text." };
        var junitOption = new Option<string?>("--junit") { Description = "Also write the results as JUnit XML to this file (for CI test reports)." };
        var command = new Command(
            "test",
            """
            Run the manual's scenarios: each one decides an incident and compares the decision with the
            expected remedies, approval and total. Prints a diff for every failed scenario and the rules
            that no scenario fires (rule coverage).

            Exit codes: 0 all scenarios passed; 1 a scenario failed, coverage is below --min-coverage,
            or the manual or a scenario file has errors (then nothing was tested); 2 a wrong command line.

            Examples:
              compensation test rules/tienda-ejemplo
              compensation test rules/tienda-ejemplo --filter retraso --min-coverage 100
              compensation test rules/tienda-ejemplo --scenarios borrador.yaml
              compensation test rules/tienda-ejemplo --json --junit test-results.xml
            """);
        command.Arguments.Add(manualArgument);
        command.Options.Add(scenariosOption);
        command.Options.Add(filterOption);
        command.Options.Add(minCoverageOption);
        command.Options.Add(jsonOption);
        command.Options.Add(junitOption);
        command.SetAction(parse => Run(
            ReportWriter.ForConsole(),
            parse.GetValue(manualArgument)!,
            parse.GetValue(scenariosOption),
            parse.GetValue(filterOption),
            parse.GetValue(minCoverageOption),
            parse.GetValue(jsonOption),
            parse.GetValue(junitOption)));
        return command;
    }

    public static int Run(ReportWriter writer, string manualPath, string? scenariosPath, string? filter, int minCoverage, bool json = false, string? junit = null)
    {
        var name = ManualArgument.DisplayName(manualPath);
        if (json)
        {
            var load = CompensationManual.TryLoad(manualPath, LoadLimits.Options);
            if (load.Manual is null)
            {
                writer.Line(TestReports.ErrorsToJson(name, load.Diagnostics));
                return CommandLine.Failure;
            }
        }

        // A manual set (a folder of version sub-folders): its scenarios (<set>/scenarios/, else the latest version's)
        // are each decided by the version in force on the incident's date.
        var set = ManualArgument.IsSet(manualPath) ? ManualArgument.LoadSet(manualPath) : null;
        if (ManualArgument.IsSet(manualPath) && set is null)
        {
            return CommandLine.Failure;
        }

        var manual = set?.Latest ?? writer.LoadManual(manualPath, $"the manual '{manualPath}' has errors; nothing was tested:");
        if (manual is null)
        {
            return CommandLine.Failure;
        }

        var scenarioFolder = scenariosPath
            ?? (set is not null && !Directory.Exists(Path.Combine(manualPath, ScenarioSuite.FolderName)) ? ManualSetLoader.VersionFolders(manualPath)[^1] : ReportWriter.ManualFolder(manualPath));
        var suite = ScenarioSuite.Load(manual, scenarioFolder);
        if (suite.HasErrors && json)
        {
            writer.Line(TestReports.ErrorsToJson(name, suite.Diagnostics));
            return CommandLine.Failure;
        }

        if (suite.HasErrors)
        {
            writer.Error("the scenario files have errors; nothing was tested:");
            foreach (var diagnostic in suite.Diagnostics)
            {
                writer.Finding(diagnostic);
            }

            return CommandLine.Failure;
        }

        var progress = !json && writer.Progress("scenarios") is { } p ? new Progress<int>(n => p.Report((double)n / suite.Scenarios.Count)) : null;
        var report = set is null ? suite.Run(manual, progress) : suite.RunVersions(set, TimeProvider.System.GetUtcNow(), progress);
        writer.EndProgress();
        var results = report.Results.Where(r => filter is null || r.Scenario.Name.Contains(filter, StringComparison.OrdinalIgnoreCase)).ToList();
        if (junit is not null)
        {
            TestReports.ToJUnit(name, results).Save(junit);
        }

        if (json)
        {
            writer.Line(TestReports.ToJson(name, results, report));
            var percentCovered = (int)Math.Floor(report.Coverage * 100);
            return results.Any(r => !r.Passed) || (filter is null && percentCovered < minCoverage) ? CommandLine.Failure : CommandLine.Success;
        }
        foreach (var result in results)
        {
            if (result.Passed)
            {
                writer.Green($"PASS {result.Scenario.Name}");
                continue;
            }

            writer.Red($"FAIL {result.Scenario.Name}  ({result.Scenario.Location})");
            foreach (var line in result.Differences)
            {
                writer.Line("     " + line);
            }
        }

        writer.Line();
        var failed = results.Count(r => !r.Passed);
        var covered = report.Rules.Count - report.Uncovered.Count;
        var percent = (int)Math.Floor(report.Coverage * 100);
        writer.Line(string.Create(CultureInfo.InvariantCulture, $"Rule coverage: {covered}/{report.Rules.Count} rules fired by some scenario ({percent} %)"));
        foreach (var rule in report.Uncovered)
        {
            writer.Yellow($"  not covered: {rule.Name} ({rule.RuleSet}) at {rule.Location}");
        }

        var summary = $"{results.Count} scenarios: {results.Count - failed} passed, {failed} failed";
        if (failed > 0)
        {
            writer.Red(summary);
            return CommandLine.Failure;
        }

        if (filter is null && percent < minCoverage)
        {
            writer.Red($"{summary}; coverage {percent} % is below --min-coverage {minCoverage} %");
            return CommandLine.Failure;
        }

        writer.Green(summary);
        return CommandLine.Success;
    }
}
