namespace Compensation;

/// <summary>A rule of a loaded manual, for coverage reports and tools.</summary>
/// <param name="Name">The rule's name (unique in the manual).</param>
/// <param name="RuleSet">Its rule set.</param>
/// <param name="Section">The manual section it quotes.</param>
/// <param name="Location">Where it is written.</param>
public sealed record RuleInfo(string Name, string RuleSet, string? Section, SourceLocation Location);
