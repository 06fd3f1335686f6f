using System.Globalization;
using Compensation.Cli.Commands;

namespace Compensation.Cli.Studio;

/// <summary>A place in a manual file, as the browser opens it: the file relative to the manual's folder (null when the error names no file of the manual).</summary>
internal sealed record LocationView(string? Path, int Line, int Column, string Text);

/// <summary>A diagnostic exactly as <c>compensation validate</c> prints it (<see cref="Text"/>), with its parts.</summary>
internal sealed record DiagnosticView(string? Path, int Line, int Column, string Code, string Severity, string Message, string? Hint, string Text);

internal sealed record RemedyView(string Kind, string Detail, decimal Cost, string CostText, string Rule, string RuleSet, string? Section, string? RequiredApproval, LocationView? Location);

internal sealed record TraceView(string RuleSet, string Rule, string? Section, string Outcome, string? FailedCondition, IReadOnlyList<string> Values, string? Reason, IReadOnlyList<string> Granted, LocationView Location);

internal sealed record FollowUpView(string Name, string Due, string? Description);

internal sealed record DecisionView(
    string Manual,
    string Version,
    decimal Total,
    string TotalText,
    string Currency,
    string Approval,
    string? ApprovalUpTo,
    IReadOnlyList<RemedyView> Remedies,
    IReadOnlyList<string> Adjustments,
    string? Message,
    IReadOnlyList<FollowUpView> FollowUps,
    IReadOnlyList<TraceView> Trace,
    IReadOnlyList<string> Facts);

/// <summary>Maps the engine's results to what the browser shows, with locations relative to the manual's folder.</summary>
internal sealed class StudioViews(IReadOnlyDictionary<string, string> relativeBySource)
{
    public LocationView Location(SourceLocation location)
        => new(relativeBySource.GetValueOrDefault(location.File), location.Line, location.Column, location.ToString());

    public DiagnosticView Diagnostic(Diagnostic diagnostic) => new(
        relativeBySource.GetValueOrDefault(diagnostic.Location.File),
        diagnostic.Location.Line,
        diagnostic.Location.Column,
        diagnostic.Code,
        diagnostic.Severity == DiagnosticSeverity.Error ? "error" : "warning",
        diagnostic.Message,
        diagnostic.Hint,
        diagnostic.ToString());

    public DecisionView Decision(Decision decision, CompensationManual manual)
    {
        var rules = manual.Rules.ToDictionary(r => (r.RuleSet, r.Name), r => r.Location);
        var remedies = decision.Remedies.Select(r => new RemedyView(
            RemedyText.Kind(r),
            RemedyText.Detail(r, decision.Currency),
            r.Cost,
            RemedyText.Cost(r, decision.Currency),
            r.Rule,
            r.RuleSet,
            r.Section,
            r.RequiredApproval,
            rules.TryGetValue((r.RuleSet, r.Rule), out var at) ? Location(at) : null)).ToList();
        var trace = decision.Trace.Select(t => new TraceView(
            t.RuleSet,
            t.Rule,
            t.Section,
            t.Outcome switch { RuleOutcome.Fired => "fired", RuleOutcome.NotMatched => "not-matched", _ => "suppressed" },
            t.FailedCondition,
            [.. t.Values.Select(v => v.ToString())],
            t.Reason,
            [.. decision.Remedies.Where(r => r.Rule == t.Rule && r.RuleSet == t.RuleSet).Select(r => $"{RemedyText.Kind(r)}: {RemedyText.Detail(r, decision.Currency)} — {RemedyText.Cost(r, decision.Currency)}")
                .Concat(decision.Adjustments.Where(a => a.Remedy.Rule == t.Rule && a.Remedy.RuleSet == t.RuleSet).Select(DecisionRenderer.Adjustment))],
            Location(t.Location))).ToList();
        return new DecisionView(
            decision.Manual.Name,
            decision.Manual.Version,
            decision.TotalCost,
            RemedyText.Money(decision.TotalCost, decision.Currency),
            decision.Currency,
            decision.Approval.Role,
            decision.Approval.UpTo is { } upTo ? RemedyText.Money(upTo, decision.Currency) : null,
            remedies,
            [.. decision.Adjustments.Select(DecisionRenderer.Adjustment)],
            decision.Message,
            [.. decision.FollowUps.Select(f => new FollowUpView(f.Name, f.Due.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture), f.Description))],
            trace,
            [.. decision.Facts.Select(f => f.ToString())]);
    }
}
