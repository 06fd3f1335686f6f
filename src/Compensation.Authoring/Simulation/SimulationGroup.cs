namespace Compensation;

/// <summary>A line of a simulation breakdown: a failure kind, tier, cause, remedy kind, approval role or cost band.</summary>
/// <param name="Name">What is counted.</param>
/// <param name="Count">How many incidents (or remedies, for remedy kinds).</param>
/// <param name="Cost">Their total cost.</param>
public sealed record SimulationGroup(string Name, long Count, decimal Cost);
