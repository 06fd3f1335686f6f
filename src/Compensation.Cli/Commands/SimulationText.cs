using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Compensation.Cli.Commands;

/// <summary>Writes a simulation as JSON, CSV or Markdown, for reports and spreadsheets.</summary>
internal static class SimulationText
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
    };

    public static string ToJson(SimulationResult result) => JsonSerializer.Serialize(result, Json);

    /// <summary>One line per figure: <c>section,name,count,cost</c> (and the baseline's count and cost when compared).</summary>
    public static string ToCsv(SimulationResult result)
    {
        var text = new StringBuilder(result.Baseline is null ? "section,name,count,cost\n" : "section,name,count,cost,baseline_count,baseline_cost\n");
        foreach (var (section, groups, baseline) in Sections(result))
        {
            for (var i = 0; i < groups.Count; i++)
            {
                text.Append(CultureInfo.InvariantCulture, $"{section},{Quote(groups[i].Name)},{groups[i].Count},{Money(groups[i].Cost)}");
                text.Append(baseline is null ? "\n" : string.Create(CultureInfo.InvariantCulture, $",{baseline[i].Count},{Money(baseline[i].Cost)}\n"));
            }
        }

        foreach (var rule in result.Report.Rules)
        {
            text.Append(CultureInfo.InvariantCulture, $"rule,{Quote(rule.Rule)},{rule.Count},\n");
        }

        return text.ToString();
    }

    public static string ToMarkdown(SimulationResult result)
    {
        var report = result.Report;
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"# Simulation: {report.Manual.Name} {report.Manual.Version}\n\n");
        foreach (var line in Summary(result))
        {
            text.Append(CultureInfo.InvariantCulture, $"- {line.Label}: {line.Value}\n");
        }

        if (result.Versions.Count > 0)
        {
            text.Append("\n## Versions\n\n| Version | In force from | Rows | Decided | Rejected | Total cost |\n|---|---|---:|---:|---:|---:|\n");
            foreach (var version in result.Versions)
            {
                text.Append(CultureInfo.InvariantCulture, $"| {version.Manual.Version} | {version.Manual.Effective:yyyy-MM-dd} | {version.Rows} | {version.Decided} | {version.Rejected} | {Money(version.TotalCost)} |\n");
            }
        }

        foreach (var (section, groups, baseline) in Sections(result))
        {
            text.Append(CultureInfo.InvariantCulture, $"\n## {Title(section)}\n\n| {Title(section)} | Count | Cost |{(baseline is null ? string.Empty : " Baseline count | Baseline cost |")}\n|---|---:|---:|{(baseline is null ? string.Empty : "---:|---:|")}\n");
            for (var i = 0; i < groups.Count; i++)
            {
                text.Append(CultureInfo.InvariantCulture, $"| {groups[i].Name} | {groups[i].Count} | {Money(groups[i].Cost)} |");
                text.Append(baseline is null ? "\n" : string.Create(CultureInfo.InvariantCulture, $" {baseline[i].Count} | {Money(baseline[i].Cost)} |\n"));
            }
        }

        text.Append("\n## Rules that fired most\n\n| Rule | Rule set | Fired |\n|---|---|---:|\n");
        foreach (var rule in report.Rules.Where(r => r.Count > 0).Take(10))
        {
            text.Append(CultureInfo.InvariantCulture, $"| {rule.Rule} | {rule.RuleSet} | {rule.Count} |\n");
        }

        var never = report.Rules.Where(r => r.Count == 0).Select(r => r.Rule).ToList();
        text.Append(CultureInfo.InvariantCulture, $"\n## Rules that never fired ({never.Count})\n\n{(never.Count == 0 ? "(none)" : string.Join(", ", never))}\n");
        if (result.Baseline is not null)
        {
            text.Append("\n## Incidents whose remedy changed (examples)\n\n| Row | Incident | Baseline | Now | Baseline remedies | Remedies now |\n|---:|---|---:|---:|---|---|\n");
            foreach (var e in result.ChangedExamples)
            {
                text.Append(CultureInfo.InvariantCulture, $"| {e.Row} | {e.IncidentId} | {Money(e.BaselineCost)} | {Money(e.Cost)} | {e.BaselineRemedies} | {e.Remedies} |\n");
            }
        }

        if (report.Errors.Count > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n## Rejected rows ({report.Rejected}; first {report.Errors.Count} errors)\n\n| Row | Column | Value | Error |\n|---:|---|---|---|\n");
            foreach (var e in report.Errors)
            {
                text.Append(CultureInfo.InvariantCulture, $"| {e.Row} | {e.Column} | {e.Value.Replace("|", "\\|", StringComparison.Ordinal)} | {e.Message.Replace("|", "\\|", StringComparison.Ordinal)} |\n");
            }
        }

        return text.ToString();
    }

    /// <summary>The headline figures, shared by every format.</summary>
    public static IEnumerable<(string Label, string Value)> Summary(SimulationResult result)
    {
        var r = result.Report;
        yield return ("rows", Count(r.Rows));
        yield return ("decided", Count(r.Decided));
        yield return ("rejected rows", $"{Count(r.Rejected)} ({Count(r.ErrorCount)} errors)");
        yield return ("with a remedy", Count(r.WithRemedy));
        yield return ("total cost", $"{Money(r.TotalCost)} {r.Currency}");
        yield return ("average cost", $"{Money(r.AverageCost)} {r.Currency}");
        if (result.Baseline is { } b)
        {
            yield return ("baseline", $"{b.Manual.Name} {b.Manual.Version}");
            yield return ("baseline total cost", $"{Money(b.TotalCost)} {b.Currency}");
            yield return ("cost delta", $"{(result.CostDelta >= 0 ? "+" : string.Empty)}{Money(result.CostDelta)} {r.Currency}");
            yield return ("incidents whose remedy changed", $"{Count(result.Changed)} of {Count(result.Compared)}");
            foreach (var shift in result.ApprovalShifts)
            {
                yield return ($"approvals by {shift.Role}", $"{Count(shift.Baseline)} -> {Count(shift.Current)} ({(shift.Delta >= 0 ? "+" : string.Empty)}{Count(shift.Delta)})");
            }
        }
    }

    /// <summary>The breakdowns: by failure, tier, cause, remedy kind, approval and cost band (with the baseline's lines when compared).</summary>
    public static IEnumerable<(string Section, IReadOnlyList<SimulationGroup> Groups, IReadOnlyList<SimulationGroup>? Baseline)> Sections(SimulationResult result)
    {
        var (r, b) = (result.Report, result.Baseline);
        yield return ("failure", r.ByFailure, Align(r.ByFailure, b?.ByFailure));
        yield return ("tier", r.ByTier, Align(r.ByTier, b?.ByTier));
        yield return ("cause", r.ByCause, Align(r.ByCause, b?.ByCause));
        yield return ("remedy", r.RemediesByKind, Align(r.RemediesByKind, b?.RemediesByKind));
        yield return ("approval", r.ApprovalsByRole, Align(r.ApprovalsByRole, b?.ApprovalsByRole));
        yield return ("cost band", r.CostDistribution, Align(r.CostDistribution, b?.CostDistribution));
    }

    public static string Money(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    public static string Count(long value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Title(string section) => char.ToUpperInvariant(section[0]) + section[1..];

    /// <summary>The baseline's groups in the same order as the manual's (zero where the baseline has no such line).</summary>
    private static List<SimulationGroup>? Align(IReadOnlyList<SimulationGroup> groups, IReadOnlyList<SimulationGroup>? baseline)
        => baseline is null ? null : [.. groups.Select(g => baseline.FirstOrDefault(x => x.Name == g.Name) ?? new SimulationGroup(g.Name, 0, 0m))];

    private static string Quote(string value) => value.Contains(',', StringComparison.Ordinal) || value.Contains('"', StringComparison.Ordinal) ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
}
