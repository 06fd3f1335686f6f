using Compensation.NRules;
using NRules.RuleModel;

namespace Compensation;

/// <summary>The manual as NRules rule sets.</summary>
public static class CompensationManualNRulesExtensions
{
    /// <summary>
    /// The manual's rule sets as NRules rule sets: one per manual rule set, one rule per manual rule (named as in the
    /// manual; its section and file:line in the description and properties), built from the manual's compiled conditions.
    /// Compile them with <see cref="NRulesManual.Create"/>, which also runs the manual's post-processing (groups, limits, approval).
    /// </summary>
    public static IReadOnlyList<IRuleSet> ToRuleSets(this CompensationManual manual)
    {
        ArgumentNullException.ThrowIfNull(manual);
        return ManualRuleMapper.Map(manual.Compiled);
    }
}
