using NRules.Extensibility;
using NRules.RuleModel;

namespace Compensation;

/// <summary>How <see cref="NRulesManual.Create"/> builds the session factory: the host's own rules, session reuse, dependencies.</summary>
public sealed class NRulesManualOptions
{
    /// <summary>
    /// The host's rule sets (for example <c>new RuleRepository().Load(x =&gt; x.From(typeof(MyRule))).GetRuleSets()</c>), compiled
    /// into the same session factory as the manual's. Each rule is made non-repeatable; a rule whose priority falls in the
    /// manual's band (<see cref="NRulesManual.LowestManualPriority"/>..<see cref="NRulesManual.HighestManualPriority"/>) or
    /// whose name is a manual rule's name is refused.
    /// </summary>
    public IList<IRuleSet> HostRules { get; } = [];

    /// <summary>
    /// Whether decisions reuse pooled sessions (the default: about a quarter of the allocation of a new session per decision).
    /// A reused session is emptied after every decision: no fact of one decision is seen by the next.
    /// </summary>
    public bool ReuseSessions { get; set; } = true;

    /// <summary>Resolves the dependencies host rules declare (<c>Dependency().Resolve(() =&gt; service)</c>); none by default.</summary>
    public IDependencyResolver? DependencyResolver { get; set; }
}
