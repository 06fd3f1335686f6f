using NRules;
using NRules.Diagnostics;

namespace Compensation.NRules;

/// <summary>
/// A session with its decision state and the event handlers that feed it: the rules that fire (for the explanation),
/// the rule firing now, the rules whose condition threw, and the guard that refuses a host rule touching the case or a
/// granted remedy. Serves one decision at a time.
/// </summary>
internal sealed class SessionLease
{
    public SessionLease(ISession session, DecisionRun run, IReadOnlyDictionary<string, Compilation.CompiledRule> manualRules)
    {
        Session = session;
        Run = run;
        session.Events.RuleFiringEvent += (_, e) => run.Firing = e.Rule;
        session.Events.RuleFiredEvent += (_, e) =>
        {
            run.Firing = null;
            run.Trace?.Add(manualRules.TryGetValue(e.Rule.Name, out var rule)
                ? new RuleTrace { RuleSet = rule.RuleSet, Rule = rule.Name, Section = rule.Section, Location = rule.Location, Outcome = RuleOutcome.Fired }
                : new RuleTrace { RuleSet = HostRules.RuleSet, Rule = e.Rule.Name, Section = e.Rule.Description is { Length: > 0 } d ? d : null, Location = HostRules.Location, Outcome = RuleOutcome.Fired });
        };
        session.Events.FactUpdatingEvent += (_, e) => Guard(run, e, "update");
        session.Events.FactRetractingEvent += (_, e) => Guard(run, e, "retract");
        session.Events.LhsExpressionFailedEvent += (_, e) => run.FailedRules = e.Rules;
    }

    public ISession Session { get; }

    public DecisionRun Run { get; }

    private static void Guard(DecisionRun run, WorkingMemoryEventArgs e, string verb)
    {
        if (run.Cleaning || (run.UpdatingCase && e.Fact.Value is CompensationCase))
        {
            return;
        }

        var what = e.Fact.Value switch
        {
            CompensationCase => "the case",
            GrantedRemedy granted => $"the remedy granted by '{granted.Remedy.Rule}'",
            RuleSetWinner => "a rule set's hit-policy record",
            _ => null,
        };
        if (what is not null)
        {
            throw new InvalidOperationException(
                $"host rule '{run.Firing?.Name ?? "(outside a rule)"}' tried to {verb} {what}; host rules may read the case and the granted remedies and grant their own, "
                + "but the manual's rules own the case (they update it when they set a fact) and every grant goes through the manual's groups, limits and approval");
        }
    }
}
