using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using Compensation.Compilation;
using Compensation.Evaluation;
using Compensation.NRules;
using NRules;
using NRules.RuleModel;
using NRules.RuleModel.Builders;

namespace Compensation;

/// <summary>
/// A manual loaded as NRules rule sets, compiled with the host's own rules into one session factory, deciding through an
/// NRules session. Decisions equal <see cref="CompensationManual.Decide(Incident, Customer)"/>'s when there are no host
/// rules; a host rule's grants go through the manual's exclusive groups, limits and approval like any remedy.
/// Thread-safe: each decision has a session of its own (pooled, see <see cref="NRulesManualOptions.ReuseSessions"/>).
/// </summary>
/// <example>
/// <code>
/// var hostRules = new RuleRepository();
/// hostRules.Load(x =&gt; x.From(typeof(AtRiskCustomerRule)));
/// var options = new NRulesManualOptions();
/// foreach (var set in hostRules.GetRuleSets()) options.HostRules.Add(set);
/// var nrules = NRulesManual.Create(CompensationManual.Load("rules/tienda-ejemplo"), options);
/// var decision = nrules.Decide(incident, customer);
/// </code>
/// </example>
public sealed class NRulesManual
{
    private readonly ISessionFactory _factory;
    private readonly Dictionary<string, CompiledRule> _manualRules;
    private readonly ConcurrentBag<SessionLease>? _pool;

    private NRulesManual(CompensationManual manual, IReadOnlyList<IRuleSet> ruleSets, IReadOnlyList<IRuleSet> hostRules, ISessionFactory factory, bool reuse)
    {
        Manual = manual;
        RuleSets = ruleSets;
        HostRules = hostRules;
        _factory = factory;
        _manualRules = manual.Compiled.Rules.ToDictionary(r => r.Name, StringComparer.Ordinal);
        _pool = reuse ? [] : null;
    }

    /// <summary>The priority of the manual's first rule in the session; its other rules count down from it, one per rule.</summary>
    public static int HighestManualPriority => ManualRuleMapper.HighestPriority;

    /// <summary>The bottom of the priority band reserved for the manual's rules; host rules use priorities outside the band
    /// (the default, 0, runs a host rule after every manual rule that matches).</summary>
    public static int LowestManualPriority => ManualRuleMapper.LowestPriority;

    /// <summary>The manual the rules come from.</summary>
    public CompensationManual Manual { get; }

    /// <summary>The manual's rule sets as NRules rule sets, one per manual rule set, in run order.</summary>
    public IReadOnlyList<IRuleSet> RuleSets { get; }

    /// <summary>The host's rule sets as compiled (each rule non-repeatable).</summary>
    public IReadOnlyList<IRuleSet> HostRules { get; }

    /// <summary>Loads the manual as NRules rule sets and compiles them, with the host rules of <paramref name="options"/>, into one session factory.</summary>
    /// <exception cref="ArgumentException">A host rule takes a priority in the manual's band or a manual rule's name.</exception>
    public static NRulesManual Create(CompensationManual manual, NRulesManualOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(manual);
        options ??= new NRulesManualOptions();
        var ruleSets = ManualRuleMapper.Map(manual.Compiled);
        var names = manual.Compiled.Rules.Select(r => r.Name).ToHashSet(StringComparer.Ordinal);
        var hostRules = options.HostRules.Select(set => CompileHostRuleSet(set, names)).ToList();
        var compiler = new RuleCompiler { ExpressionCompiler = FastExpressionCompilerAdapter.Instance };
        var factory = compiler.Compile([.. ruleSets, .. hostRules]);
        if (options.DependencyResolver is { } resolver)
        {
            factory.DependencyResolver = resolver;
        }

        return new NRulesManual(manual, ruleSets, hostRules, factory, options.ReuseSessions);
    }

    /// <summary>Decides the remedy for an incident through an NRules session (see <see cref="CompensationManual.Decide(Incident, Customer)"/>).</summary>
    /// <exception cref="InvalidIncidentException">The incident or customer does not fit the manual; every problem is listed.</exception>
    /// <exception cref="RuleEvaluationException">A rule's formula failed (for example it divided by zero).</exception>
    public Decision Decide(Incident incident, Customer customer) => Run(incident, customer, explain: false, TimeProvider.System);

    /// <summary>Decides like <see cref="Decide(Incident, Customer)"/>, dating follow-ups from <paramref name="clock"/>.</summary>
    /// <exception cref="InvalidIncidentException">The incident or customer does not fit the manual; every problem is listed.</exception>
    /// <exception cref="RuleEvaluationException">A rule's formula failed (for example it divided by zero).</exception>
    public Decision Decide(Incident incident, Customer customer, TimeProvider clock) => Run(incident, customer, explain: false, clock);

    /// <summary>
    /// Decides like <see cref="Decide(Incident, Customer)"/> and lists, in <see cref="Decision.Trace"/>, the rules that fired
    /// (manual rules by their manual name, rule set and position; host rules in rule set <c>host</c>), from the session's
    /// events; and the facts the rules saw. Unlike <see cref="CompensationManual.Explain(Incident, Customer)"/> it does not
    /// list the rules that did not match.
    /// </summary>
    /// <exception cref="InvalidIncidentException">The incident or customer does not fit the manual; every problem is listed.</exception>
    /// <exception cref="RuleEvaluationException">A rule's formula failed (for example it divided by zero).</exception>
    public Decision Explain(Incident incident, Customer customer) => Run(incident, customer, explain: true, TimeProvider.System);

    /// <summary>Explains like <see cref="Explain(Incident, Customer)"/>, dating follow-ups from <paramref name="clock"/>.</summary>
    /// <exception cref="InvalidIncidentException">The incident or customer does not fit the manual; every problem is listed.</exception>
    /// <exception cref="RuleEvaluationException">A rule's formula failed (for example it divided by zero).</exception>
    public Decision Explain(Incident incident, Customer customer, TimeProvider clock) => Run(incident, customer, explain: true, clock);

    /// <summary>Decides with a given explain flag (the hosting backend's entry).</summary>
    internal Decision Run(Incident incident, Customer customer, bool explain, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(incident);
        ArgumentNullException.ThrowIfNull(customer);
        ArgumentNullException.ThrowIfNull(clock);
        var compiled = Manual.Compiled;
        var lease = Rent();
        var run = lease.Run;
        run.Reset(explain);
        try
        {
            if (IncidentBinder.Bind(compiled, incident, customer, run.Frame) is { } errors)
            {
                throw new InvalidIncidentException(errors);
            }

            var session = lease.Session;
            session.Insert(new CompensationCase(run, incident, customer));
            session.Fire();

            // The remedies still in working memory, in the order granted. (The query is enumerated, not composed: a LINQ
            // operator on NRules' IQueryable would compile an expression tree on every decision.)
            var remedies = run.Remedies;
            remedies.Clear();
            foreach (var fact in session.Query<GrantedRemedy>().AsEnumerable())
            {
                remedies.Add(fact);
            }

            remedies.Sort(static (a, b) => a.Sequence.CompareTo(b.Sequence));
            var granted = run.Scratch.Granted;
            granted.Clear();
            foreach (var remedy in remedies)
            {
                granted.Add(remedy.Granted);
            }

            return DecisionEvaluator.Finish(compiled, incident, customer, run.Frame, run.Scratch, run.Trace, explain, clock);
        }
        catch (Exception ex) when (Unwrap(ex, run) is { } inner)
        {
            ExceptionDispatchInfo.Throw(inner);
            throw; // not reached
        }
        finally
        {
            Return(lease);
        }
    }

    /// <summary>The sessions waiting in the pool (tests).</summary>
    internal int PooledSessions => _pool?.Count ?? 0;

    /// <summary>The facts left in pooled sessions: always 0 (tests).</summary>
    internal int FactsInPool() => _pool?.Sum(l => l.Session.Query<object>().AsEnumerable().Count()) ?? 0;

    private SessionLease Rent()
    {
        if (_pool is not null && _pool.TryTake(out var lease))
        {
            return lease;
        }

        return new SessionLease(_factory.CreateSession(), new DecisionRun(Manual.Compiled), _manualRules);
    }

    /// <summary>Empties a reused session (every fact retracted, so nothing of this decision reaches the next) and pools it.</summary>
    private void Return(SessionLease lease)
    {
        if (_pool is null)
        {
            return;
        }

        try
        {
            lease.Run.Cleaning = true;
            var facts = lease.Run.Facts;
            facts.Clear();
            facts.AddRange(lease.Session.Query<object>().AsEnumerable());
            if (facts.Count > 0)
            {
                lease.Session.RetractAll(facts);
                facts.Clear();
            }

            lease.Run.Cleaning = false;
            if (!lease.Session.Agenda.IsEmpty)
            {
                lease.Session.Agenda.Clear(); // a decision that threw mid-fire may leave activations
            }

            _pool.Add(lease);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A session that cannot be emptied is dropped, never reused.
        }
    }

    /// <summary>
    /// The exception a caller should see for a failure inside the session: the engine's own (a formula that failed in an
    /// action, an invalid host grant), or a condition that threw, named by its manual rule and part. Null: rethrow as is.
    /// </summary>
    private Exception? Unwrap(Exception ex, DecisionRun run)
    {
        for (var e = ex; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case CompensationException or InvalidOperationException or ArgumentException when e != ex:
                    return e;
                case ArithmeticException arithmetic:
                    return (Exception?)Condition(run, arithmetic) ?? arithmetic;
            }
        }

        return null;
    }

    /// <summary>Names the manual rule and the part of its condition that threw, as <c>Decide</c> does.</summary>
    private RuleEvaluationException? Condition(DecisionRun run, ArithmeticException ex)
    {
        foreach (var definition in run.FailedRules ?? [])
        {
            if (!_manualRules.TryGetValue(definition.Name, out var rule))
            {
                continue;
            }

            foreach (var part in rule.Parts)
            {
                try
                {
                    part.Test(run.Frame);
                }
                catch (ArithmeticException)
                {
                    return new RuleEvaluationException(rule.Name, part.Text, part.Location, ex);
                }
            }
        }

        return null;
    }

    /// <summary>A host rule set as compiled: every rule non-repeatable, none inside the manual's band or named like a manual rule.</summary>
    private static RuleSet CompileHostRuleSet(IRuleSet set, HashSet<string> manualNames)
    {
        var copy = new RuleSet(set.Name);
        foreach (var rule in set.Rules)
        {
            if (rule.Priority is >= ManualRuleMapper.LowestPriority and <= ManualRuleMapper.HighestPriority)
            {
                throw new ArgumentException(
                    $"host rule '{rule.Name}' has priority {rule.Priority}, inside the band {ManualRuleMapper.LowestPriority}..{ManualRuleMapper.HighestPriority} the manual's rules use to run in the manual's order; give it a priority outside the band (the default, 0, runs it after the manual's rules)",
                    nameof(set));
            }

            if (manualNames.Contains(rule.Name))
            {
                throw new ArgumentException($"host rule '{rule.Name}' has the name of a rule of the manual; remedies and explanations name their rule, so give it another name", nameof(set));
            }

            copy.Add([rule.Repeatability == RuleRepeatability.NonRepeatable ? rule : Element.RuleDefinition(
                rule.Name, rule.Description, rule.Priority, RuleRepeatability.NonRepeatable, rule.Tags, rule.Properties,
                rule.DependencyGroup, rule.LeftHandSide, rule.FilterGroup, rule.RightHandSide)]);
        }

        return copy;
    }
}
