namespace Compensation;

/// <summary>The outcome of <see cref="ManualCheck.Run"/>: the findings, and how many incidents were probed.</summary>
public sealed class CheckReport
{
    internal CheckReport(IReadOnlyList<CheckFinding> findings, long incidents, IReadOnlyList<string> documentedGaps)
    {
        Findings = findings;
        Incidents = incidents;
        DocumentedGaps = documentedGaps;
    }

    /// <summary>The findings, errors first, then by file and line.</summary>
    public IReadOnlyList<CheckFinding> Findings { get; }

    /// <summary>How many incidents were decided.</summary>
    public long Incidents { get; }

    /// <summary>Gaps not reported because a scenario expects no remedy there (one line each).</summary>
    public IReadOnlyList<string> DocumentedGaps { get; }

    /// <summary>Whether any finding is an error.</summary>
    public bool HasErrors => Findings.Any(f => f.Severity == DiagnosticSeverity.Error);
}
