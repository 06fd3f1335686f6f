using System.Globalization;
using System.Text;
using Compensation.Cli.Commands;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Compensation.Cli.Studio;

/// <summary>The studio's JSON endpoints under <c>/api/</c>. Every refusal is a 4xx problem document.</summary>
internal sealed class StudioApi(ManualWorkspace workspace)
{
    private const long MaxGeneratedRows = 200_000;

    private readonly Lock _checkLock = new();
    private ((CompensationManual Manual, string Scenarios, long Max) Key, CheckReport Report)? _lastCheck;

    public void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/manual", context => StudioJson.Write(context, Manual()));
        app.MapGet("/api/file", context => StudioJson.Write(context, File(context.Request.Query["path"].ToString())));
        app.MapPost("/api/diagnostics", async context => await StudioJson.Write(context, Diagnostics(await StudioJson.Read<EditRequest>(context))));
        app.MapPost("/api/catalog", async context => await StudioJson.Write(context, Catalog(await StudioJson.Read<EditRequest>(context))));
        app.MapPost("/api/save", async context => await StudioJson.Write(context, await Save(await StudioJson.Read<SaveRequest>(context), context.RequestAborted)));
        app.MapPost("/api/undo", async context => await StudioJson.Write(context, await Undo(await StudioJson.Read<UndoRequest>(context), context.RequestAborted)));
        app.MapPost("/api/try", async context => await StudioJson.Write(context, Try(await StudioJson.Read<TryRequest>(context))));
        app.MapPost("/api/scenario", async context => await StudioJson.Write(context, await SaveScenario(await StudioJson.Read<SaveScenarioRequest>(context), context.RequestAborted)));
        app.MapPost("/api/scenarios", async context => await StudioJson.Write(context, RunScenarios(await StudioJson.Read<RunScenariosRequest>(context))));
        app.MapPost("/api/check", async context => await StudioJson.Write(context, await Task.Run(async () => Check(await StudioJson.Read<CheckRequest>(context)))));
        app.MapPost("/api/simulate", async context => await StudioJson.Write(context, await Task.Run(async () => Simulate(await StudioJson.Read<SimulateRequest>(context)))));
    }

    private object Manual()
    {
        var layout = workspace.Scan();
        return new
        {
            workspace.Name,
            Folder = workspace.Root,
            Versions = layout.Versions.Select(v => new { v.Name, v.Files }),
            layout.Scenarios,
            layout.Histories,
        };
    }

    private object File(string path)
    {
        var text = workspace.Read(path);
        return new { Path = path, text.Text, text.Etag, Undo = workspace.UndoCount(path) };
    }

    private object Diagnostics(EditRequest request)
    {
        var edit = Prepare(request);
        var views = Views(edit.Layout);
        var versions = new List<object>();
        var diagnostics = new List<DiagnosticView>();
        foreach (var version in edit.Layout.Versions)
        {
            var result = workspace.Compile(version, edit.Unsaved);
            diagnostics.AddRange(result.Diagnostics.Select(views.Diagnostic));
            string? scenarioSummary = null;
            if (result.Manual is { } manual && workspace.ScenarioFiles(edit.Layout, version) is { Count: > 0 } files)
            {
                var suite = ScenarioSuite.Parse(manual, Sources(files, edit.Unsaved));
                diagnostics.AddRange(suite.Diagnostics.Select(views.Diagnostic));
                scenarioSummary = string.Create(CultureInfo.InvariantCulture, $"{suite.Scenarios.Count} scenarios");
            }

            versions.Add(new
            {
                version.Name,
                Loaded = result.Manual is not null,
                Errors = result.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error),
                Summary = ManualArgument.Summary(version.Name.Length == 0 ? workspace.Name : version.Name, result),
                Scenarios = scenarioSummary,
            });
        }

        diagnostics.AddRange(SharedEffectiveDates(edit).Select(views.Diagnostic));

        // Each diagnostic once, in file order (scenario files are read once per version).
        var unique = diagnostics.Distinct().OrderBy(d => d.Path ?? string.Empty, StringComparer.Ordinal).ThenBy(d => d.Line).ThenBy(d => d.Column).ToList();
        return new { Versions = versions, Diagnostics = unique };
    }

    private object Catalog(EditRequest request)
    {
        var edit = Prepare(request);
        var manual = Manual(edit);
        var outline = ManualOutline.Read(edit.Version.Files.Select(f => workspace.Text(f, edit.Unsaved)));
        var catalog = manual.Catalog;
        return new
        {
            Version = edit.Version.Name,
            manual.Stamp.Name,
            ManualVersion = manual.Stamp.Version,
            Effective = manual.Stamp.Effective.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            manual.Currency,
            manual.Locale,
            Locales = outline.Locales,
            catalog.Failures,
            catalog.DelayFailures,
            catalog.Causes,
            catalog.Tiers,
            Facts = catalog.Facts.Select(f => new
            {
                f.Name,
                f.Type,
                f.HasDefault,
                f.Values,
                outline.Facts.GetValueOrDefault(f.Name)?.Min,
                outline.Facts.GetValueOrDefault(f.Name)?.Max,
                outline.Facts.GetValueOrDefault(f.Name)?.Default,
            }),
            ScenarioFiles = workspace.ScenarioFiles(edit.Layout, edit.Version),
        };
    }

    private async Task<object> Save(SaveRequest request, CancellationToken cancellationToken)
    {
        var layout = workspace.Scan();
        var path = request.Path ?? string.Empty;
        workspace.Resolve(path, WorkspacePath.RuleExtensions);
        if (!layout.Contains(path))
        {
            throw StudioException.PathRefused($"'{path}' is not one of the manual's rule or scenario files");
        }

        var text = request.Text ?? throw StudioException.BadRequest("nothing to save: the request has no 'text'");
        var unsaved = new Dictionary<string, string>(StringComparer.Ordinal) { [path] = text };
        var errors = ValidationErrors(layout, path, unsaved);
        if (errors.Count > 0 && !request.AcceptInvalid)
        {
            throw StudioException.Unprocessable(
                "The manual does not validate",
                $"with this text the manual has {Plural(errors.Count, "error")}; nothing was written. Save anyway to keep the work, or fix the errors first",
                new Dictionary<string, object?> { ["errors"] = errors });
        }

        var saved = await workspace.Save(path, text, request.Etag, cancellationToken);
        return new { Path = path, saved.Etag, Undo = workspace.UndoCount(path), Valid = errors.Count == 0 };
    }

    private async Task<object> Undo(UndoRequest request, CancellationToken cancellationToken)
    {
        var path = request.Path ?? string.Empty;
        var restored = await workspace.Undo(path, request.Etag, cancellationToken);
        return new { Path = path, restored.Text, restored.Etag, Undo = workspace.UndoCount(path) };
    }

    private object Try(TryRequest request)
    {
        var edit = Prepare(request);
        var manual = Manual(edit);
        var form = request.Form ?? throw StudioException.BadRequest("describe the incident: the request has no 'form'");
        var (deciding, version, decision) = DecideInForce(edit, manual, form);
        var (incident, customer) = form.ToYaml();
        return new
        {
            Decision = Views(edit.Layout).Decision(decision, deciding),
            DecidedBy = new
            {
                Folder = version.Name,
                deciding.Stamp.Version,
                Effective = deciding.Stamp.Effective.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            },
            Scenario = $"incident: {incident}\ncustomer: {customer}",
        };
    }

    /// <summary>
    /// Decides with the version in force on the incident's date (<see cref="ManualSet.For"/>): the selected version
    /// when the manual has one version or the incident carries no date (its default date is the selected version's
    /// effective date, as in scenario files).
    /// </summary>
    private (CompensationManual Manual, WorkspaceVersion Version, Decision Decision) DecideInForce(Edit edit, CompensationManual selected, IncidentForm form)
    {
        if (edit.Layout.Versions.Count < 2)
        {
            return (selected, edit.Version, Decide(selected, form).Decision);
        }

        // The incident is read (not yet decided) with the selected version: deciding it there first would refuse an
        // incident dated before that version took effect (INC013) before the version in force could be chosen.
        var incident = Read(selected, form).Incident;

        var loaded = new List<(WorkspaceVersion Version, CompensationManual Manual)>();
        foreach (var version in edit.Layout.Versions)
        {
            var manual = version == edit.Version ? selected : workspace.Compile(version, edit.Unsaved).Manual
                ?? throw StudioException.Unprocessable(
                    "A version has errors",
                    $"version '{version.Name}' has errors: fix them first (they are marked in the editor). Try decides with the version in force on the incident's date, so every version must load");
            loaded.Add((version, manual));
        }

        ManualSet set;
        try
        {
            set = ManualSet.Create(loaded.Select(l => l.Manual));
        }
        catch (ArgumentException)
        {
            throw StudioException.Unprocessable("Versions share an effective date", "two versions of the manual have the same 'effective:' date, so the version in force cannot be told: give each version its own date");
        }

        // An incident without a date (not a delay) is decided on the selected version's effective date.
        var now = new DateTimeOffset(selected.Stamp.Effective.ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero);
        CompensationManual inForce;
        try
        {
            inForce = set.For(incident, now);
        }
        catch (InvalidIncidentException ex)
        {
            var problems = ex.Errors.Select(e => e.ToString()).ToList();
            throw StudioException.Unprocessable("No version in force", string.Join("; ", problems), new Dictionary<string, object?> { ["errors"] = problems });
        }

        var (_, inForceDecision) = Decide(inForce, form);
        return (inForce, loaded.First(l => ReferenceEquals(l.Manual, inForce)).Version, inForceDecision);
    }

    /// <summary>Versions that share an effective date: the error <c>ManualSet.Load</c> reports (CMP005), at each later version's <c>effective:</c> line.</summary>
    private IEnumerable<Diagnostic> SharedEffectiveDates(Edit edit)
    {
        if (edit.Layout.Versions.Count < 2)
        {
            yield break;
        }

        var first = new Dictionary<DateOnly, CompensationManual>();
        foreach (var version in edit.Layout.Versions)
        {
            if (workspace.Compile(version, edit.Unsaved).Manual is not { } manual)
            {
                continue;
            }

            if (!first.TryGetValue(manual.Stamp.Effective, out var twin))
            {
                first[manual.Stamp.Effective] = manual;
                continue;
            }

            var location = version.Files
                .Select(f => (File: f, Lines: workspace.Text(f, edit.Unsaved).Split('\n')))
                .Select(f => (f.File, Line: Array.FindIndex(f.Lines, l => l.StartsWith("effective:", StringComparison.Ordinal)) + 1))
                .FirstOrDefault(f => f.Line > 0);
            yield return new Diagnostic(
                "CMP005",
                DiagnosticSeverity.Error,
                string.Create(CultureInfo.InvariantCulture, $"versions '{twin.Stamp.Version}' and '{manual.Stamp.Version}' are both effective from {manual.Stamp.Effective:yyyy-MM-dd}"),
                new SourceLocation(workspace.SourcePath(location.File ?? version.Files[0]), Math.Max(1, location.Line), 1),
                "give each version its own 'effective:' date");
        }
    }

    private async Task<object> SaveScenario(SaveScenarioRequest request, CancellationToken cancellationToken)
    {
        var edit = Prepare(request);
        var manual = Manual(edit);
        var form = request.Form ?? throw StudioException.BadRequest("describe the incident: the request has no 'form'");
        var name = request.Name?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > 200 || name.Any(char.IsControl))
        {
            throw StudioException.BadRequest("give the scenario a name (one line, at most 200 characters): it names the test");
        }

        var file = request.File?.Trim() ?? string.Empty;
        if (!file.Contains('/', StringComparison.Ordinal))
        {
            file = ScenarioSuite.FolderName + "/" + file;
        }

        if (!file.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) && !file.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
        {
            file += ".yaml";
        }

        var full = workspace.Resolve(file, WorkspacePath.RuleExtensions);
        if (!file.StartsWith(ScenarioSuite.FolderName + "/", StringComparison.Ordinal) && !file.Contains("/" + ScenarioSuite.FolderName + "/", StringComparison.Ordinal))
        {
            throw StudioException.PathRefused($"a scenario file lives in the manual's '{ScenarioSuite.FolderName}/' folder, not at '{file}'");
        }

        var (deciding, version, decision) = DecideInForce(edit, manual, form);
        if (!ReferenceEquals(deciding, manual))
        {
            throw StudioException.Unprocessable(
                "Scenario not saved",
                $"this incident is decided by version '{version.Name}' (in force from {deciding.Stamp.Effective.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}), and scenario files are run against the version chosen in the header: choose '{version.Name}' to save it as one of its scenarios");
        }

        var existing = System.IO.File.Exists(full) ? workspace.Read(file) : null;
        if (request.Etag is not null && existing is not null && request.Etag != existing.Etag)
        {
            throw new StudioException(409, "Changed on disk", $"'{file}' changed on disk since you opened it; nothing was written", new Dictionary<string, object?> { ["path"] = file, ["diskText"] = existing.Text, ["diskEtag"] = existing.Etag });
        }

        var text = ScenarioWriter.Append(existing?.Text, name, form, decision);

        // The new entry must read back and pass, next to the other scenario files, before anything is written.
        var others = workspace.ScenarioFiles(edit.Layout, edit.Version).Where(f => f != file).ToList();
        var sources = Sources(others, new Dictionary<string, string>()).Append(new ManualSource(workspace.SourcePath(file), text)).ToList();
        var suite = ScenarioSuite.Parse(manual, sources);
        var errors = suite.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).ToList();
        if (errors.Count > 0)
        {
            throw StudioException.Unprocessable("Scenario not saved", $"the scenario would not read back: {string.Join("; ", errors)}", new Dictionary<string, object?> { ["errors"] = errors });
        }

        var scenario = suite.Scenarios.Last(s => s.Name == name);
        var result = ScenarioSuite.RunScenario(manual, scenario);
        if (!result.Passed)
        {
            throw StudioException.Unprocessable("Scenario not saved", $"the scenario would not pass as written: {string.Join("; ", result.Differences)}");
        }

        var saved = await workspace.Save(file, text, existing?.Etag, cancellationToken);
        return new { Path = file, saved.Etag, Line = scenario.Location.Line, Text = text };
    }

    private object RunScenarios(RunScenariosRequest request)
    {
        var edit = Prepare(request);
        var manual = Manual(edit);
        var views = Views(edit.Layout);
        var files = workspace.ScenarioFiles(edit.Layout, edit.Version);
        if (files.Count == 0)
        {
            throw StudioException.Unprocessable("No scenarios", $"the manual has no scenario files: add one under '{ScenarioSuite.FolderName}/' (or save a tried incident as a scenario)");
        }

        var suite = ScenarioSuite.Parse(manual, Sources(files, edit.Unsaved));
        if (suite.HasErrors)
        {
            throw StudioException.Unprocessable(
                "Scenario files have errors",
                "the scenario files have errors; nothing was tested",
                new Dictionary<string, object?> { ["diagnostics"] = suite.Diagnostics.Select(views.Diagnostic).ToList() });
        }

        object Result(ScenarioResult r) => new
        {
            r.Scenario.Name,
            r.Passed,
            r.Differences,
            Location = views.Location(r.Scenario.Location),
            Form = IncidentForm.From(r.Scenario.Incident, r.Scenario.Customer, manual.Stamp.Effective),
            Total = r.Decision is { } d ? RemedyText.Money(d.TotalCost, d.Currency) : null,
            Approval = r.Decision?.Approval.Role,
        };

        if (request.Name is { } name)
        {
            var scenario = suite.Scenarios.FirstOrDefault(s => s.Name == name) ?? throw StudioException.NotFound($"no scenario is named '{name}'");
            return new { Results = new[] { Result(ScenarioSuite.RunScenario(manual, scenario)) } };
        }

        var report = suite.Run(manual);
        var failed = report.Results.Count(r => !r.Passed);
        var covered = report.Rules.Count - report.Uncovered.Count;
        var percent = (int)Math.Floor(report.Coverage * 100);
        return new
        {
            Total = report.Results.Count,
            Passed = report.Results.Count - failed,
            Failed = failed,
            Summary = string.Create(CultureInfo.InvariantCulture, $"{report.Results.Count} scenarios: {report.Results.Count - failed} passed, {failed} failed"),
            Coverage = string.Create(CultureInfo.InvariantCulture, $"Rule coverage: {covered}/{report.Rules.Count} rules fired by some scenario ({percent} %)"),
            Uncovered = report.Uncovered.Select(r => new { r.Name, r.RuleSet, Location = views.Location(r.Location) }),
            Results = report.Results.Select(Result),
        };
    }

    private object Check(CheckRequest request)
    {
        var edit = Prepare(request);
        var manual = Manual(edit);
        var views = Views(edit.Layout);
        var files = workspace.ScenarioFiles(edit.Layout, edit.Version);
        ScenarioSuite? suite = null;
        if (files.Count > 0)
        {
            suite = ScenarioSuite.Parse(manual, Sources(files, edit.Unsaved));
            if (suite.HasErrors)
            {
                throw StudioException.Unprocessable(
                    "Scenario files have errors",
                    "the scenario files have errors; fix them first (the Scenarios panel shows the same)",
                    new Dictionary<string, object?> { ["diagnostics"] = suite.Diagnostics.Select(views.Diagnostic).ToList() });
            }
        }

        var max = Math.Clamp(request.MaxIncidents ?? 400_000, 1, 2_000_000);

        // The probe takes seconds: the same manual and scenarios give the same report, so the last one is kept.
        var key = (manual, string.Join('\n', files.Select(f => ManualWorkspace.Hash(workspace.Text(f, edit.Unsaved)))), max);
        CheckReport report;
        lock (_checkLock)
        {
            if (_lastCheck is { } last && last.Key == key)
            {
                report = last.Report;
            }
            else
            {
                report = ManualCheck.Run(manual, new ManualCheckOptions { MaxIncidents = max, Scenarios = suite, MaxExamples = 1 });
                _lastCheck = (key, report);
            }
        }

        var errors = report.Findings.Count(f => f.Severity == DiagnosticSeverity.Error);
        return new
        {
            report.Incidents,
            Errors = errors,
            Warnings = report.Findings.Count - errors,
            Summary = string.Create(CultureInfo.InvariantCulture, $"{report.Incidents} incidents probed: {errors} error(s), {report.Findings.Count - errors} warning(s)"),
            Findings = report.Findings.Select(f => new
            {
                f.Code,
                Severity = f.Severity == DiagnosticSeverity.Error ? "error" : "warning",
                f.Message,
                Location = views.Location(f.Location),
                Text = f.ToString().Split('\n')[0].TrimEnd('\r'),
                Counterexamples = f.Counterexample.Select(c => new { Text = c, Form = Counterexample(manual, c) }),
            }),
            report.DocumentedGaps,
        };
    }

    private object Simulate(SimulateRequest request)
    {
        var edit = Prepare(request);
        var manual = Manual(edit);
        CompensationManual? baseline = null;
        var baselineName = request.Baseline ?? string.Empty;
        if (baselineName == "disk")
        {
            baseline = workspace.Compile(edit.Version, new Dictionary<string, string>()).Manual
                ?? throw StudioException.Unprocessable("Baseline has errors", "the manual as saved on disk does not load; choose another baseline");
        }
        else if (baselineName.StartsWith("version:", StringComparison.Ordinal))
        {
            var version = edit.Layout.Version(baselineName["version:".Length..]);
            baseline = workspace.Compile(version, edit.Unsaved).Manual
                ?? throw StudioException.Unprocessable("Baseline has errors", $"version '{version.Name}' does not load; fix it or choose another baseline");
        }
        else if (baselineName.Length > 0)
        {
            throw StudioException.BadRequest($"'{baselineName}' is not a baseline: choose none, disk or version:NAME");
        }

        var threads = Math.Max(1, Math.Min(2, Environment.ProcessorCount));
        var format = HistoryFormat.Csv;
        TextReader reader;
        string source;
        if (!string.IsNullOrEmpty(request.History))
        {
            var full = workspace.Resolve(request.History, WorkspacePath.HistoryExtensions);
            if (!System.IO.File.Exists(full))
            {
                throw StudioException.NotFound($"'{request.History}' does not exist in the manual's folder");
            }

            var jsonLines = !full.EndsWith(".csv", StringComparison.OrdinalIgnoreCase);
            format = jsonLines ? HistoryFormat.JsonLines : HistoryFormat.Csv;
            reader = new StreamReader(full, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            source = request.History;
        }
        else
        {
            var rows = request.Rows ?? 10_000;
            if (rows is < 1 or > MaxGeneratedRows)
            {
                throw StudioException.BadRequest($"generate between 1 and {MaxGeneratedRows} rows");
            }

            var generated = new StringWriter(CultureInfo.InvariantCulture);
            new HistoryGenerator(manual) { Seed = request.Seed ?? 1 }.Write(generated, rows);
            reader = new StringReader(generated.ToString());
            source = string.Create(CultureInfo.InvariantCulture, $"{rows} generated incidents (seed {request.Seed ?? 1})");
        }

        SimulationResult result;
        using (reader)
        {
            try
            {
                result = new HistorySimulator(manual, baseline).Run(reader, new SimulationOptions { Format = format, MaxDegreeOfParallelism = threads });
            }
            catch (InvalidHistoryException ex)
            {
                throw StudioException.Unprocessable("History not readable", $"{source}: {ex.Message}");
            }
        }

        return new
        {
            Source = source,
            Summary = SimulationText.Summary(result).Select(s => new { s.Label, s.Value }),
            Errors = result.Report.Errors.Take(20).Select(e => e.ToString()),
            Html = SimulationHtml.Render(result),
        };
    }

    /// <summary>The Try form's incident and customer as the manual reads them (its catalogue; undated, its effective date).</summary>
    private static (Incident Incident, Customer Customer) Read(CompensationManual manual, IncidentForm form)
    {
        var suite = ScenarioSuite.Parse(manual, [new ManualSource("incident.yaml", form.ToScenarioFile("try"))]);
        if (suite.HasErrors || suite.Scenarios.Count == 0)
        {
            var problems = suite.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.Hint is null ? d.Message : $"{d.Message} ({d.Hint})").ToList();
            throw StudioException.Unprocessable("The incident cannot be read", string.Join("; ", problems), new Dictionary<string, object?> { ["errors"] = problems });
        }

        return (suite.Scenarios[0].Incident, suite.Scenarios[0].Customer);
    }

    private static (Incident Incident, Decision Decision) Decide(CompensationManual manual, IncidentForm form)
    {
        var scenario = Read(manual, form);
        try
        {
            return (scenario.Incident, manual.Explain(scenario.Incident, scenario.Customer));
        }
        catch (InvalidIncidentException ex)
        {
            var problems = ex.Errors.Select(e => e.ToString()).ToList();
            throw StudioException.Unprocessable("The incident cannot be decided", string.Join("; ", problems), new Dictionary<string, object?> { ["errors"] = problems });
        }
        catch (RuleEvaluationException ex)
        {
            throw StudioException.Unprocessable("A rule failed", ex.Message);
        }
    }

    /// <summary>The Try form for a counterexample line (<c>incident: {…}, customer: {…} → total …</c>), or null when it cannot be read.</summary>
    private static IncidentForm? Counterexample(CompensationManual manual, string line)
    {
        var arrow = line.IndexOf(" → ", StringComparison.Ordinal);
        var entry = (arrow >= 0 ? line[..arrow] : line).Trim();
        if (!entry.StartsWith("incident:", StringComparison.Ordinal))
        {
            return null;
        }

        var suite = ScenarioSuite.Parse(manual, [new ManualSource("counterexample.yaml", $"scenarios:\n  - {{ name: counterexample, {entry}, expect: {{ remedies: none }} }}\n")]);
        return suite.Scenarios.Count == 1 ? IncidentForm.From(suite.Scenarios[0].Incident, suite.Scenarios[0].Customer, manual.Stamp.Effective) : null;
    }

    private List<string> ValidationErrors(WorkspaceLayout layout, string path, Dictionary<string, string> unsaved)
    {
        var views = Views(layout);
        var errors = new List<string>();
        var isScenario = layout.Scenarios.Contains(path);
        foreach (var version in layout.Versions.Where(v => isScenario || v.Files.Contains(path)))
        {
            var result = workspace.Compile(version, unsaved);
            errors.AddRange(result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => views.Diagnostic(d).Text));
            if (isScenario && result.Manual is { } manual && workspace.ScenarioFiles(layout, version).Contains(path))
            {
                var suite = ScenarioSuite.Parse(manual, Sources(workspace.ScenarioFiles(layout, version), unsaved));
                errors.AddRange(suite.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()));
            }
        }

        return [.. errors.Distinct()];
    }

    private Edit Prepare(EditRequest request)
    {
        var layout = workspace.Scan();
        var unsaved = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (path, text) in request.Files ?? [])
        {
            workspace.Resolve(path, WorkspacePath.RuleExtensions);
            if (!layout.Contains(path))
            {
                throw StudioException.PathRefused($"'{path}' is not one of the manual's rule or scenario files");
            }

            if (text is null || text.Length > ManualWorkspace.MaxFileChars)
            {
                throw StudioException.BadRequest($"the text of '{path}' is missing or longer than the studio accepts");
            }

            unsaved[path] = text;
        }

        return new Edit(layout, layout.Version(request.Version), unsaved);
    }

    private CompensationManual Manual(Edit edit)
    {
        var result = workspace.Compile(edit.Version, edit.Unsaved);
        if (result.Manual is { } manual)
        {
            return manual;
        }

        var views = Views(edit.Layout);
        var errors = result.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
        throw StudioException.Unprocessable(
            "The manual has errors",
            $"the manual has {Plural(errors, "error")}: fix them first (they are marked in the editor)",
            new Dictionary<string, object?> { ["diagnostics"] = result.Diagnostics.Select(views.Diagnostic).ToList() });
    }

    private IEnumerable<ManualSource> Sources(IEnumerable<string> files, IReadOnlyDictionary<string, string> unsaved)
        => files.Select(f => new ManualSource(workspace.SourcePath(f), workspace.Text(f, unsaved)));

    private StudioViews Views(WorkspaceLayout layout)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in layout.Versions.SelectMany(v => v.Files).Concat(layout.Scenarios))
        {
            map[workspace.SourcePath(file)] = file;
        }

        return new StudioViews(map);
    }

    private static string Plural(int count, string noun) => string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? string.Empty : "s")}");

    private sealed record Edit(WorkspaceLayout Layout, WorkspaceVersion Version, IReadOnlyDictionary<string, string> Unsaved);
}
