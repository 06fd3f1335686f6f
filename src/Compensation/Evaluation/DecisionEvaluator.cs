using System.Globalization;
using Compensation.Compilation;
using Compensation.Documents;
using Compensation.Facts;
using Compensation.Messages;

namespace Compensation.Evaluation;

/// <summary>
/// Runs a compiled manual for one incident: binds the facts, runs the rule sets in order under their
/// hit policies, then applies exclusive groups, limits and empowerment. Reads only immutable state;
/// every decision has its own frame, so any number of threads may decide at once.
/// </summary>
internal static partial class DecisionEvaluator
{
    /// <summary>Per-thread working lists, reused by every decision of the thread (deciding never re-enters itself).</summary>
    [ThreadStatic]
    private static DecisionScratch? t_scratch;

    /// <summary>
    /// Tells <paramref name="observer"/> of every rule that fires in this thread's decisions until the scope is
    /// disposed (the simulation counts rule firings this way): <c>using (DecisionEvaluator.Observe(tally)) { … }</c>.
    /// </summary>
    public static ObserverScope Observe(IRuleObserver observer)
    {
        var scratch = t_scratch ??= new DecisionScratch();
        var previous = scratch.Observer;
        scratch.Observer = observer;
        return new ObserverScope(scratch, previous);
    }

    /// <summary>Decides one incident; <paramref name="clock"/> dates follow-ups (default: the system clock).</summary>
    public static Decision Decide(CompiledManual manual, Incident incident, Customer customer, bool explain, TimeProvider? clock = null)
    {
        try
        {
            return DecideChecked(manual, incident, customer, explain, clock);
        }
        catch (RuleEvaluationException ex) when (ex.InnerException is MissingInputException missing)
        {
            // A rule read a date the incident does not carry: the incident is incomplete, not the rule wrong.
            var property = missing.Fact switch
            {
                "promised" => "Incident.PromisedAt",
                "delivered" => "Incident.DeliveredAt",
                "occurred" => "Incident.OccurredAt",
                "order.value" => "Incident.OrderValue",
                var name => "Incident.Facts." + name,
            };
            var what = missing.Fact == "order.value" ? "an order value" : "that date";
            throw new InvalidIncidentException([new IncidentError(property, "INC014", $"rule '{ex.Rule}' reads '{missing.Fact}' ({ex.Expression}) but the incident has no '{missing.Fact}'; give the incident {what}")]);
        }
    }

    private static Decision DecideChecked(CompiledManual manual, Incident incident, Customer customer, bool explain, TimeProvider? clock)
    {
        var scratch = t_scratch ??= new DecisionScratch();
        var observer = scratch.Observer;
        var frame = scratch.Frame(manual.Schema);
        if (IncidentBinder.Bind(manual, incident, customer, frame) is { } errors)
        {
            throw new InvalidIncidentException(errors);
        }

        var granted = scratch.Granted;
        granted.Clear();
        var trace = explain ? new List<RuleTrace>() : null;
        var ruleSets = manual.RuleSets;
        for (var s = 0; s < ruleSets.Count; s++)
        {
            var ruleSet = ruleSets[s];
            var rules = explain ? ruleSet.Rules.ToArray() : ruleSet.Index.Candidates(frame);
            switch (ruleSet.Policy)
            {
                case HitPolicy.Collect:
                    foreach (var rule in rules)
                    {
                        if (Matches(rule, frame, trace))
                        {
                            Fire(manual, rule, frame, granted, trace, observer);
                        }
                    }

                    break;
                case HitPolicy.First or HitPolicy.Priority:
                    FirstHit(manual, ruleSet, rules, frame, scratch, trace, observer);
                    break;
                case HitPolicy.Unique:
                    CompiledRule? only = null;
                    foreach (var rule in rules)
                    {
                        if (Matches(rule, frame, trace))
                        {
                            if (only is not null)
                            {
                                throw Overlap(ruleSet, only, rule);
                            }

                            only = rule;
                            Fire(manual, rule, frame, granted, trace, observer);
                        }
                    }

                    break;
                default:
                    Best(manual, rules, frame, scratch, trace, observer);
                    break;
            }
        }

        return Finish(manual, incident, customer, frame, scratch, trace, explain, clock);
    }

    /// <summary>
    /// The step after the rule sets, shared by every way of running them (this evaluator, the NRules session):
    /// exclusive groups, limits, the approval level, follow-ups, the message and the manual's stamp, from the
    /// remedies in <paramref name="scratch"/>'s <see cref="DecisionScratch.Granted"/> in the order they were granted.
    /// </summary>
    public static Decision Finish(CompiledManual manual, Incident incident, Customer customer, FactFrame frame, DecisionScratch scratch, List<RuleTrace>? trace, bool explain, TimeProvider? clock)
    {
        var adjustments = scratch.Adjustments;
        adjustments.Clear();
        BelowThreshold(scratch.Granted, adjustments, frame.Rounding.Currency);
        var kept = ExclusiveGroups(scratch.Granted, scratch.Kept, adjustments);
        var remedies = Limits.Apply(manual, kept, frame, adjustments);
        var total = 0m;
        for (var i = 0; i < remedies.Count; i++)
        {
            total += remedies[i].Cost;
        }

        var approval = Approval(manual, total, remedies);
        var now = manual.FollowUps.Count + manual.Messages.Count == 0 ? default : (clock ?? TimeProvider.System).GetUtcNow();
        return new Decision(
            manual.Stamp,
            frame.Rounding.Currency,
            incident.Id,
            remedies,
            approval,
            adjustments.Count == 0 ? [] : adjustments.ToArray(),
            trace is null ? Array.Empty<RuleTrace>() : trace, // not "[]": its type would be List<RuleTrace>, a new list per decision
            explain ? Values(manual.Schema.Facts, frame) : [])
        {
            FollowUps = FollowUpScheduler.Schedule(manual.FollowUps, frame, now),

            // The message is rendered when first read; the frame is reused by the next decision of its thread (or session).
            MessageFactory = MessageRenderer.Prepare(manual, incident, customer, remedies, total, approval, frame, now),
        };
    }

    private static bool Matches(CompiledRule rule, FactFrame frame, List<RuleTrace>? trace)
    {
        if (trace is null)
        {
            try
            {
                return rule.Matches is null || rule.Matches(frame);
            }
            catch (ArithmeticException)
            {
                // Find the part that failed, to name it.
            }
        }

        foreach (var part in rule.Parts)
        {
            bool holds;
            try
            {
                holds = part.Test(frame);
            }
            catch (ArithmeticException ex)
            {
                throw new RuleEvaluationException(rule.Name, part.Text, part.Location, ex);
            }

            if (!holds)
            {
                trace?.Add(Trace(rule, RuleOutcome.NotMatched) with
                {
                    FailedCondition = part.Text,
                    Values = Values(part.Reads, frame),
                });
                return false;
            }
        }

        return true;
    }

    private static void Fire(CompiledManual manual, CompiledRule rule, FactFrame frame, List<Granted> granted, List<RuleTrace>? trace, IRuleObserver? observer)
    {
        observer?.Fired(rule);

        var grants = rule.Grants;
        for (var i = 0; i < grants.Count; i++)
        {
            granted.Add(new Granted(RemedyCalculator.Compute(manual, rule, grants[i], frame), grants[i], RemedyCalculator.Threshold(manual, rule, grants[i], frame)));
        }

        RunSets(rule, frame);
        trace?.Add(Trace(rule, RuleOutcome.Fired));
    }

    internal static void RunSets(CompiledRule rule, FactFrame frame)
    {
        var sets = rule.Sets;
        for (var i = 0; i < sets.Count; i++)
        {
            var (_, assign, text) = sets[i];
            try
            {
                assign(frame);
            }
            catch (ArithmeticException ex)
            {
                throw new RuleEvaluationException(rule.Name, text, rule.Location, ex);
            }
        }
    }

    private static RuleTrace Trace(CompiledRule rule, RuleOutcome outcome)
        => new() { RuleSet = rule.RuleSet, Rule = rule.Name, Section = rule.Section, Location = rule.Location, Outcome = outcome };

    private static void AddRange(List<Granted> granted, List<Granted> from, int start, int count)
    {
        for (var i = start; i < start + count; i++)
        {
            granted.Add(from[i]);
        }
    }

    /// <summary>The facts' values as a trace shows them. A loop, not a lambda: a lambda capturing the frame would make
    /// its callers allocate a closure on every call, traced or not.</summary>
    private static FactValue[] Values(IReadOnlyList<FactDefinition> facts, FactFrame frame)
    {
        var values = new FactValue[facts.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = new FactValue(facts[i].Name, frame.Format(facts[i]));
        }

        return values;
    }

    /// <summary>Two rules of a 'unique' rule set matched one incident: an error naming both, never a silent pick.</summary>
    /// <summary>The failure of a 'unique' rule set two of whose rules match: names both (shared with the NRules session).</summary>
    internal static RuleEvaluationException Overlap(CompiledRuleSet ruleSet, CompiledRule first, CompiledRule second)
        => new(
            second.Name,
            string.Join(" and ", second.Parts.Select(p => p.Text)),
            second.Location,
            new InvalidOperationException($"rules '{first.Name}' ({first.Location}) and '{second.Name}' both match this incident, and rule set '{ruleSet.Name}' has hit policy 'unique', which allows one"));

    private static string Policy(CompiledRuleSet ruleSet) => ruleSet.Policy.ToString().ToLowerInvariant();
}
