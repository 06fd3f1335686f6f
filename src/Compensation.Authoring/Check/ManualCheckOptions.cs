namespace Compensation;

/// <summary>Options of <see cref="ManualCheck"/>.</summary>
public sealed class ManualCheckOptions
{
    /// <summary>The most incidents to probe (default 400 000); beyond it, the largest failure kinds are probed pairwise (every pair of values of any two facts, not every combination) and a warning says which.</summary>
    public long MaxIncidents { get; init; } = 400_000;

    /// <summary>Scenarios that expect no remedy mark those gaps as deliberate: they are not reported.</summary>
    public ScenarioSuite? Scenarios { get; init; }

    /// <summary>The most proportionality violations reported per failure kind and dimension (default 1; the finding counts the rest).</summary>
    public int MaxExamples { get; init; } = 1;
}
