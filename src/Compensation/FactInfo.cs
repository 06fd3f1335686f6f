namespace Compensation;

/// <summary>An extra input fact a manual declares.</summary>
/// <param name="Name">The fact's name.</param>
/// <param name="Type">integer, decimal, boolean, or "one of …".</param>
/// <param name="HasDefault">Whether an incident may leave it out.</param>
/// <param name="Values">For a fact declared with a list of values: the values.</param>
public sealed record FactInfo(string Name, string Type, bool HasDefault, IReadOnlyList<string> Values);
