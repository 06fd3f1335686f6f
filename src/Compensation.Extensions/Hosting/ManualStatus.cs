namespace Compensation;

/// <summary>Which manual versions are live, and what became of the latest edit.</summary>
/// <param name="Live">The stamps of the versions serving decisions, oldest effective date first.</param>
/// <param name="LoadedAt">When the live versions were loaded.</param>
/// <param name="LatestEditRejected">Whether the latest edit of the files failed to load (the previous versions keep serving).</param>
/// <param name="Rejected">The diagnostics of the rejected edit; empty when the latest edit loaded.</param>
/// <param name="RejectedAt">When the latest edit was rejected, if it was.</param>
/// <param name="Reloads">How many edits have been loaded since start-up.</param>
public sealed record ManualStatus(
    IReadOnlyList<ManualStamp> Live,
    DateTimeOffset LoadedAt,
    bool LatestEditRejected,
    IReadOnlyList<Diagnostic> Rejected,
    DateTimeOffset? RejectedAt,
    int Reloads);
