using Compensation.Compilation;
using Compensation.Evaluation;

namespace Compensation;

/// <summary>
/// A remedy a rule granted — one of the manual's rules or a host rule — as a fact of the NRules session. A host rule
/// can match it (an audit of every store credit above 50, say). It is the remedy as granted: exclusive groups, limits
/// and approval apply after the session has fired, to every granted remedy alike.
/// </summary>
public sealed class GrantedRemedy
{
    internal GrantedRemedy(CompensationCase @case, Granted granted, int sequence, bool byHost)
    {
        Case = @case;
        Granted = granted;
        Sequence = sequence;
        ByHost = byHost;
    }

    /// <summary>The case it was granted for.</summary>
    public CompensationCase Case { get; }

    /// <summary>The remedy, naming the rule that granted it (<see cref="Remedy.Rule"/>) and its cost before limits.</summary>
    public Remedy Remedy => Granted.Remedy;

    /// <summary>Whether a host rule granted it (rather than a rule of the manual).</summary>
    public bool ByHost { get; }

    /// <summary>The exclusive group it belongs to (one remedy per group survives, unless it stacks).</summary>
    public string Group => Granted.Grant.Group;

    internal Granted Granted { get; }

    /// <summary>The order of the grant within the decision (limits take remedies in this order).</summary>
    internal int Sequence { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Remedy.Kind} {Remedy.Cost} by {Remedy.Rule}";
}
