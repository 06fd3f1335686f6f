namespace Compensation.Check;

/// <summary>What one rule did over the whole probe grid.</summary>
internal sealed class RuleStats
{
    public int Matched { get; set; }

    public int Fired { get; set; }

    /// <summary>Points where one of its remedies made it into the decision.</summary>
    public int Kept { get; set; }

    public int DroppedByLimit { get; set; }

    public int DroppedByGroup { get; set; }

    public string? LastAdjustment { get; set; }

    public Dictionary<string, int> FailedConditions { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, int> SuppressedBy { get; } = new(StringComparer.Ordinal);

    /// <summary>A point where it matched but another rule fired, and that rule.</summary>
    public (int Failure, int[] Indices, string Winner)? SuppressedExample { get; set; }

    /// <summary>A point where it fired but none of its remedies was kept.</summary>
    public (int Failure, int[] Indices)? DroppedExample { get; set; }
}
