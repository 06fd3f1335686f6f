namespace Compensation;

/// <summary>How many incidents of a simulated history made a rule fire.</summary>
/// <param name="Rule">The rule's name.</param>
/// <param name="RuleSet">The rule set it belongs to.</param>
/// <param name="Count">How many times it fired (0: it never did).</param>
public sealed record RuleFiring(string Rule, string RuleSet, long Count);
