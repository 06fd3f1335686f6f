using Compensation.Compilation;
using Compensation.Decisions;
using Compensation.Evaluation;
using NRules.RuleModel;

using Compensation.NRules;

namespace Compensation;

/// <summary>How a host's NRules rule grants a remedy in the manual's session.</summary>
public static class CompensationContextExtensions
{
    /// <summary>
    /// Grants <paramref name="remedy"/> for <paramref name="case"/> from the rule firing now: it is inserted as a
    /// <see cref="GrantedRemedy"/> and, once the session has fired, goes through the manual's exclusive groups, limits and
    /// approval like the manual's own remedies (so a host rule can never grant past a limit or below the approval its cost needs).
    /// </summary>
    /// <param name="context">The rule's context (<c>ctx</c> in <c>.Do(ctx =&gt; ...)</c>).</param>
    /// <param name="case">The case the remedy is for.</param>
    /// <param name="remedy">The remedy. Its <see cref="Remedy.Rule"/> and <see cref="Remedy.RuleSet"/> are replaced by the
    /// firing rule's name and <c>host</c>; its cost is rounded to the manual's currency.</param>
    /// <returns>The granted remedy, as inserted; its exclusive group is its kind (<c>store-credit</c>…), like a manual grant's.</returns>
    /// <exception cref="ArgumentException">The remedy's cost is negative, or it asks approval by a role the manual does not declare.</exception>
    public static GrantedRemedy Grant(this IContext context, CompensationCase @case, Remedy remedy)
        => GrantIn(context, @case, remedy, group: null);

    /// <summary>Grants like <see cref="Grant(IContext, CompensationCase, Remedy)"/>, in the exclusive group <paramref name="group"/>.</summary>
    /// <param name="context">The rule's context (<c>ctx</c> in <c>.Do(ctx =&gt; ...)</c>).</param>
    /// <param name="case">The case the remedy is for.</param>
    /// <param name="remedy">The remedy (its rule, rule set and rounding as for the other overload).</param>
    /// <param name="group">Its exclusive group: of the remedies of one group, only the most valuable survives.</param>
    /// <returns>The granted remedy, as inserted.</returns>
    /// <exception cref="ArgumentException">The remedy's cost is negative, or it asks approval by a role the manual does not declare.</exception>
    public static GrantedRemedy Grant(this IContext context, CompensationCase @case, Remedy remedy, string group)
    {
        ArgumentException.ThrowIfNullOrEmpty(group);
        return GrantIn(context, @case, remedy, group);
    }

    private static GrantedRemedy GrantIn(IContext context, CompensationCase @case, Remedy remedy, string? group)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(@case);
        ArgumentNullException.ThrowIfNull(remedy);
        var run = @case.Run;
        var manual = run.Manual;
        var rule = context.Rule.Name;
        if (remedy.Cost < 0)
        {
            throw new ArgumentException($"host rule '{rule}' granted a {RemedyKinds.NameOf(remedy.Kind)} costing {remedy.Cost}; a remedy cannot take money from the customer", nameof(remedy));
        }

        ApprovalLevel? approval = null;
        if (remedy.RequiredApproval is { } role)
        {
            approval = manual.Empowerment.FirstOrDefault(l => string.Equals(l.Role, role, StringComparison.Ordinal))
                ?? throw new ArgumentException($"host rule '{rule}' asks approval by '{role}', a role the manual does not declare; declared roles are: {string.Join(", ", manual.Empowerment.Select(l => l.Role))}", nameof(remedy));
        }

        var descriptor = RemedyKinds.Of(remedy);
        var cost = run.Frame.Rounding.Round(remedy.Cost);
        var stamped = cost == remedy.Cost ? remedy : descriptor.WithCost(remedy, cost, run.Frame.Decimals[manual.Schema.OrderValue.Slot], run.Frame.Rounding, originalCost: null);
        stamped = stamped with { Rule = rule, RuleSet = HostRules.RuleSet };
        // A host grant is already computed: it has no formulas or written parameters, only its group and approval.
        var grant = new CompiledGrant { Descriptor = descriptor, Location = HostRules.Location, Formulas = [], Arguments = [], Group = group ?? descriptor.Name, Approval = approval };
        var granted = new GrantedRemedy(@case, new Granted(stamped, grant), run.NextSequence++, byHost: true);
        context.Insert(granted);
        return granted;
    }
}
