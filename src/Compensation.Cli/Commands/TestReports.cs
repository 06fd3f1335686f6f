using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Xml.Linq;

namespace Compensation.Cli.Commands;

/// <summary>The machine-readable reports of <c>compensation test</c>: JSON on standard output, JUnit XML to a file.</summary>
internal static class TestReports
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Every scenario's outcome and the rule coverage as JSON.</summary>
    public static string ToJson(string manual, IReadOnlyList<ScenarioResult> results, ScenarioReport report)
        => JsonSerializer.Serialize(
            new
            {
                manual,
                passed = results.Count(r => r.Passed),
                failed = results.Count(r => !r.Passed),
                scenarios = results.Select(r => new
                {
                    name = r.Scenario.Name,
                    location = r.Scenario.Location.ToString(),
                    passed = r.Passed,
                    differences = r.Differences,
                }),
                coverage = new
                {
                    rules = report.Rules.Count,
                    covered = report.Rules.Count - report.Uncovered.Count,
                    percent = Math.Floor(report.Coverage * 100),
                    uncovered = report.Uncovered.Select(u => new { name = u.Name, ruleSet = u.RuleSet, location = u.Location.ToString() }),
                },
            },
            Json);

    /// <summary>Problems that stopped the run (manual or scenario-file diagnostics) as JSON.</summary>
    public static string ErrorsToJson(string manual, IEnumerable<Diagnostic> diagnostics)
        => JsonSerializer.Serialize(
            new
            {
                manual,
                errors = diagnostics.Select(d => new { code = d.Code, severity = d.Severity == DiagnosticSeverity.Error ? "error" : "warning", location = d.Location.ToString(), message = d.Message, hint = d.Hint }),
            },
            Json);

    /// <summary>A JUnit XML report: one test suite (the manual), one test case per scenario, named after it.</summary>
    public static XDocument ToJUnit(string manual, IReadOnlyList<ScenarioResult> results)
    {
        var suite = new XElement(
            "testsuite",
            new XAttribute("name", manual),
            new XAttribute("tests", results.Count.ToString(CultureInfo.InvariantCulture)),
            new XAttribute("failures", results.Count(r => !r.Passed).ToString(CultureInfo.InvariantCulture)),
            new XAttribute("errors", "0"),
            new XAttribute("skipped", "0"));
        foreach (var result in results)
        {
            var testCase = new XElement(
                "testcase",
                new XAttribute("name", result.Scenario.Name),
                new XAttribute("classname", manual + "." + Path.GetFileNameWithoutExtension(result.Scenario.Location.File)),
                new XAttribute("file", result.Scenario.Location.File),
                new XAttribute("line", result.Scenario.Location.Line.ToString(CultureInfo.InvariantCulture)));
            if (!result.Passed)
            {
                testCase.Add(new XElement(
                    "failure",
                    new XAttribute("message", result.Differences.FirstOrDefault() ?? "the decision differs from the expectation"),
                    string.Join(Environment.NewLine, result.Differences)));
            }

            suite.Add(testCase);
        }

        return new XDocument(new XDeclaration("1.0", "utf-8", null), new XElement("testsuites", suite));
    }
}
