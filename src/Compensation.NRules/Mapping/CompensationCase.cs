using Compensation.Facts;
using Compensation.NRules;

namespace Compensation;

/// <summary>
/// The case being decided, as a fact of the NRules session: the incident, the customer and every fact the manual's
/// expressions read (derived facts included, as the manual's rules set them). One per decision; read-only.
/// </summary>
/// <remarks>
/// A host rule matches it (<c>Match(() =&gt; @case, c =&gt; c.Tier == "oro")</c>) and may grant through it
/// (<see cref="CompensationContextExtensions.Grant(global::NRules.RuleModel.IContext, CompensationCase, Remedy, string?)"/>), but must not
/// update, retract or insert it: the manual's rules update it themselves when they set a fact, so that later rule sets
/// see the new value, and the decision refuses a case a host rule touched.
/// </remarks>
public sealed class CompensationCase
{
    private readonly CaseFacts _facts;

    internal CompensationCase(DecisionRun run, Incident incident, Customer customer)
    {
        Run = run;
        Incident = incident;
        Customer = customer;
        _facts = new CaseFacts(run.Manual.Schema, run.Frame);
    }

    /// <summary>The incident, as the host passed it.</summary>
    public Incident Incident { get; }

    /// <summary>The customer, as the host passed it.</summary>
    public Customer Customer { get; }

    /// <summary>The incident's failure kind (a value of the manual's <c>catalog.failures</c>).</summary>
    public string Failure => Incident.Failure;

    /// <summary>The customer's tier (a value of the manual's <c>catalog.tiers</c>); null when the manual declares no tiers.</summary>
    public string? Tier => Customer.Tier;

    /// <summary>The cause, when the incident has one.</summary>
    public string? Cause => Incident.Cause;

    /// <summary>Whole days of delay, as the manual's <c>delay.days</c> (0 when on time or not a delay).</summary>
    public int DelayDays => Frame.Ints[Run.Manual.Schema.DelayDays.Slot];

    /// <summary>The order's value in the manual's currency (<c>order.value</c>); null when the incident is not about an order.</summary>
    public decimal? OrderValue => Incident.OrderValue;

    /// <summary>The manual's currency.</summary>
    public string Currency => Run.Frame.Rounding.Currency;

    /// <summary>
    /// Every fact the manual's expressions can read, by the name they use (<c>delay.days</c>, <c>customer.prior_incidents</c>,
    /// a declared input fact, a derived fact such as <c>gravedad</c>): an <see cref="int"/>, <see cref="decimal"/>,
    /// <see cref="bool"/>, or for catalogue facts the value's name (<c>"(none)"</c> for an incident without a cause).
    /// A live view: a derived fact reads 0 / false until a rule sets it.
    /// </summary>
    public IReadOnlyDictionary<string, object> Facts => _facts;

    /// <summary>The decision's working state: the manual, the frame the compiled conditions read, the remedies granted so far.</summary>
    internal DecisionRun Run { get; }

    /// <summary>The frame the manual's compiled conditions and formulas read (mapped conditions index it directly).</summary>
    internal FactFrame Frame => Run.Frame;

    /// <inheritdoc />
    public override string ToString() => $"case {Incident.Id ?? "(no id)"}: {Failure}, {Tier}";
}
