namespace Compensation;

/// <summary>The outcome of loading a manual: the manual when it has no errors, and every diagnostic found.</summary>
/// <param name="Manual">The compiled manual; null when it has errors.</param>
/// <param name="Diagnostics">Every diagnostic, errors and warnings, in file and line order.</param>
public sealed record ManualLoadResult(CompensationManual? Manual, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>Whether the manual loaded.</summary>
    public bool Succeeded => Manual is not null;
}
