namespace Compensation.Testing;

/// <summary>
/// A decision reduced to what a snapshot (approval) test should compare: remedies, total, approval, adjustments
/// and, when explained, each rule's outcome with its file name and line — no absolute paths and no content
/// hash, so snapshots are stable across machines and manual edits that do not change the outcome.
/// </summary>
/// <param name="Manual">The manual's name and version.</param>
/// <param name="Remedies">The remedies granted.</param>
/// <param name="TotalCost">The total cost.</param>
/// <param name="Approval">The role that must approve.</param>
/// <param name="Adjustments">Remedies reduced or dropped, with why.</param>
/// <param name="Trace">Each rule's outcome, one line each, when explained.</param>
public sealed record DecisionSnapshot(string Manual, IReadOnlyList<Remedy> Remedies, decimal TotalCost, string Approval, IReadOnlyList<string> Adjustments, IReadOnlyList<string> Trace)
{
    /// <summary>Builds the snapshot of a decision.</summary>
    /// <param name="decision">The decision.</param>
    public static DecisionSnapshot From(Decision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        return new DecisionSnapshot(
            $"{decision.Manual.Name} {decision.Manual.Version}",
            decision.Remedies,
            decision.TotalCost,
            decision.Approval.Role,
            [.. decision.Adjustments.Select(a => $"{a.Kind} {a.Remedy.Rule}: {a.Reason}")],
            [.. decision.Trace.Select(t => $"{Path.GetFileName(t.Location.File)}:{t.Location.Line} {t}")]);
    }
}
