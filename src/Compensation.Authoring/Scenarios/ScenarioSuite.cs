using Compensation.Diagnostics;
using Compensation.Scenarios;

namespace Compensation;

/// <summary>
/// A manual's scenarios, read from the <c>scenarios/*.yaml</c> files next to its rule files. Each scenario
/// gives an incident and a customer and the decision the policy author expects.
/// </summary>
/// <example>
/// <code>
/// var manual = CompensationManual.Load("rules/tienda-ejemplo");
/// var suite = ScenarioSuite.Load(manual, "rules/tienda-ejemplo");
/// var report = suite.Run(manual);   // report.Passed, report.Uncovered
/// </code>
/// </example>
public sealed class ScenarioSuite
{
    /// <summary>The folder, under a manual's folder, that holds its scenario files.</summary>
    public const string FolderName = "scenarios";

    private ScenarioSuite(IReadOnlyList<Scenario> scenarios, IReadOnlyList<Diagnostic> diagnostics)
    {
        Scenarios = scenarios;
        Diagnostics = diagnostics;
    }

    /// <summary>The scenarios, in file-name order then in the order written.</summary>
    public IReadOnlyList<Scenario> Scenarios { get; }

    /// <summary>Problems found in the scenario files (each with file, line and column).</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>Whether any scenario file has an error (the suite then holds only the scenarios that could be read).</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>
    /// Reads the scenario files of a manual: <paramref name="path"/> is the manual's folder (its
    /// <c>scenarios/</c> sub-folder is read), a scenarios folder, or one scenario file.
    /// </summary>
    /// <param name="manual">The manual the scenarios are for (a delay without dates is measured from its effective date).</param>
    /// <param name="path">The manual's folder, a scenarios folder or a scenario file.</param>
    public static ScenarioSuite Load(CompensationManual manual, string path)
    {
        ArgumentNullException.ThrowIfNull(manual);
        ArgumentException.ThrowIfNullOrEmpty(path);
        var files = new List<ManualSource>();
        var diagnostics = new DiagnosticBag();
        try
        {
            if (File.Exists(path))
            {
                files.Add(new ManualSource(path, File.ReadAllText(path)));
            }
            else
            {
                // The manual's folder (read its scenarios/ sub-folder), or a folder of scenario files.
                var folder = Directory.Exists(Path.Combine(path, FolderName)) ? Path.Combine(path, FolderName) : path;
                if (Directory.Exists(folder) && !IsManualFolder(folder))
                {
                    files.AddRange(Directory.EnumerateFiles(folder)
                        .Where(f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
                        .Order(StringComparer.Ordinal)
                        .Select(f => new ManualSource(f, File.ReadAllText(f))));
                }

                if (files.Count == 0)
                {
                    diagnostics.Error(DiagnosticCodes.Io, new SourceLocation(path, 1, 1), $"no scenario files: expected '{Path.Combine(path, FolderName)}/*.yaml'", "add a scenarios/ folder next to the rule files with at least one .yaml file holding 'scenarios:'");
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(DiagnosticCodes.Io, new SourceLocation(path, 1, 1), $"cannot read: {ex.Message}");
        }

        return Read(manual, files, diagnostics);
    }

    /// <summary>Reads scenarios from file texts (for tests and hosts that keep them elsewhere).</summary>
    /// <param name="manual">The manual the scenarios are for.</param>
    /// <param name="sources">The scenario files' paths and texts.</param>
    public static ScenarioSuite Parse(CompensationManual manual, IEnumerable<ManualSource> sources)
    {
        ArgumentNullException.ThrowIfNull(manual);
        ArgumentNullException.ThrowIfNull(sources);
        return Read(manual, [.. sources], new DiagnosticBag());
    }

    /// <summary>Decides every scenario and compares it with its expectation; also reports which rules no scenario fires.</summary>
    /// <param name="manual">The manual to run the scenarios on.</param>
    /// <param name="progress">Reports the number of scenarios run so far (optional).</param>
    public ScenarioReport Run(CompensationManual manual, IProgress<int>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(manual);
        var results = new List<ScenarioResult>(Scenarios.Count);
        var fired = new HashSet<string>(StringComparer.Ordinal);
        foreach (var scenario in Scenarios)
        {
            var result = ScenarioRunner.Run(manual, scenario);
            results.Add(result);
            if (result.Decision is { } decision)
            {
                fired.UnionWith(decision.Trace.Where(t => t.Outcome == RuleOutcome.Fired).Select(t => t.Rule));
            }

            progress?.Report(results.Count);
        }

        return new ScenarioReport(results, manual.Rules, [.. manual.Rules.Where(r => !fired.Contains(r.Name))]);
    }

    /// <summary>
    /// Decides every scenario with the version of <paramref name="set"/> in force on its incident's date (when it
    /// occurred, else the promised or delivered date) and compares it with its expectation; coverage counts the rules
    /// of every version. A scenario dated before every version fails with the incident error (INC013).
    /// </summary>
    /// <param name="set">The manual set.</param>
    /// <param name="now">The date of an incident that carries none (usually the current time).</param>
    /// <param name="progress">Reports the number of scenarios run so far (optional).</param>
    public ScenarioReport RunVersions(ManualSet set, DateTimeOffset now, IProgress<int>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(set);
        var results = new List<ScenarioResult>(Scenarios.Count);
        var fired = new HashSet<(string Version, string Rule)>();
        foreach (var scenario in Scenarios)
        {
            var version = set.InForceOn(ManualSet.IncidentDate(scenario.Incident, now)) ?? set.Versions[0];
            var result = ScenarioRunner.Run(version, scenario);
            results.Add(result);
            if (result.Decision is { } decision)
            {
                fired.UnionWith(decision.Trace.Where(t => t.Outcome == RuleOutcome.Fired).Select(t => (version.Stamp.Version, t.Rule)));
            }

            progress?.Report(results.Count);
        }

        var rules = set.Versions.SelectMany(v => v.Rules).ToList();
        var uncovered = set.Versions.SelectMany(v => v.Rules.Where(r => !fired.Contains((v.Stamp.Version, r.Name)))).ToList();
        return new ScenarioReport(results, rules, uncovered);
    }

    /// <summary>Decides one scenario and compares the decision with its expectation.</summary>
    /// <param name="manual">The manual to decide with.</param>
    /// <param name="scenario">The scenario.</param>
    public static ScenarioResult RunScenario(CompensationManual manual, Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(manual);
        ArgumentNullException.ThrowIfNull(scenario);
        return ScenarioRunner.Run(manual, scenario);
    }

    private static bool IsManualFolder(string folder)
        => Directory.EnumerateFiles(folder, "*.yaml").Any(f => File.ReadLines(f).Any(l => l.StartsWith("manual:", StringComparison.Ordinal) || l.StartsWith("rule-sets:", StringComparison.Ordinal)));

    private static ScenarioSuite Read(CompensationManual manual, List<ManualSource> files, DiagnosticBag diagnostics)
    {
        var reader = new ScenarioReader(diagnostics, manual.Stamp.Effective, manual.Compiled.TimeZone, manual.Rules.Select(r => r.Name).ToHashSet(StringComparer.Ordinal), [.. manual.Compiled.Empowerment.Select(l => l.Role)]);
        var scenarios = new List<Scenario>();
        foreach (var file in files)
        {
            scenarios.AddRange(reader.Read(file));
        }

        return new ScenarioSuite(scenarios, diagnostics.ToSortedList());
    }
}
