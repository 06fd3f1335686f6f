namespace Compensation.NRules;

/// <summary>
/// Inserted when a rule of a 'first', 'priority' or 'best' rule set fires: the other rules of that set match
/// <c>not RuleSetWinner(set)</c>, so their activations leave the agenda — the hit policy's guard, in Rete terms.
/// </summary>
internal sealed class RuleSetWinner(int ruleSet)
{
    public int RuleSet { get; } = ruleSet;
}
