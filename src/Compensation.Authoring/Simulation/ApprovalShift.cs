namespace Compensation;

/// <summary>How many decisions an approval role would see under a manual and under its baseline.</summary>
/// <param name="Role">The role.</param>
/// <param name="Baseline">Decisions it approves under the baseline.</param>
/// <param name="Current">Decisions it approves under the manual.</param>
public sealed record ApprovalShift(string Role, long Baseline, long Current)
{
    /// <summary>The change (positive: more decisions to approve).</summary>
    public long Delta => Current - Baseline;
}
