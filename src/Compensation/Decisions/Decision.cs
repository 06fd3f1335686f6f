namespace Compensation;

/// <summary>
/// The remedy decided for one incident: what is granted and by which rules, its total cost, who must
/// approve it, and (when explained) what every rule did. Immutable; the same inputs always give an equal decision.
/// </summary>
public sealed class Decision
{
    private Func<string?>? _render;
    private string? _message;
    private bool _rendered;
    private object? _renderLock;

    internal Decision(
        ManualStamp manual,
        string currency,
        string? incidentId,
        IReadOnlyList<Remedy> remedies,
        ApprovalLevel approval,
        IReadOnlyList<RemedyAdjustment> adjustments,
        IReadOnlyList<RuleTrace> trace,
        IReadOnlyList<FactValue> facts)
    {
        Manual = manual;
        Currency = currency;
        IncidentId = incidentId;
        Remedies = remedies;
        Approval = approval;
        Adjustments = adjustments;
        Trace = trace;
        Facts = facts;
        var total = 0m;
        for (var i = 0; i < remedies.Count; i++)
        {
            total += remedies[i].Cost;
        }

        TotalCost = total;
    }

    /// <summary>The manual (name, version, content hash) that made the decision.</summary>
    public ManualStamp Manual { get; }

    /// <summary>The currency of every amount in the decision.</summary>
    public string Currency { get; }

    /// <summary>The incident's id, when it had one.</summary>
    public string? IncidentId { get; }

    /// <summary>The remedies granted, in the order their rules fired.</summary>
    public IReadOnlyList<Remedy> Remedies { get; }

    /// <summary>The sum of the remedies' costs.</summary>
    public decimal TotalCost { get; }

    /// <summary>Whether anything was granted.</summary>
    public bool HasRemedy => Remedies.Count > 0;

    /// <summary>The role that must approve the decision.</summary>
    public ApprovalLevel Approval { get; }

    /// <summary>Remedies that a limit reduced or dropped, or that lost to a remedy of the same exclusive group.</summary>
    public IReadOnlyList<RemedyAdjustment> Adjustments { get; }

    /// <summary>What every rule did, in the order the rules run; empty unless the decision was explained.</summary>
    public IReadOnlyList<RuleTrace> Trace { get; }

    /// <summary>The facts as the rules saw them at the end (derived facts included); empty unless the decision was explained.</summary>
    public IReadOnlyList<FactValue> Facts { get; }

    /// <summary>
    /// The message to send the customer, when the manual has a template for the incident's failure and locale
    /// (rendered on first read, once, so deciding stays fast when the message is not needed).
    /// </summary>
    public string? Message
    {
        get => _render is null ? _message : LazyInitializer.EnsureInitialized(ref _message, ref _rendered, ref _renderLock, _render);
        init => _message = value;
    }

    /// <summary>Renders <see cref="Message"/> on first read.</summary>
    internal Func<string?>? MessageFactory
    {
        init => _render = value;
    }

    /// <summary>The follow-ups to schedule, each due a set time after the decision (the clock's "now" when deciding).</summary>
    public IReadOnlyList<FollowUp> FollowUps { get; init; } = [];
}
