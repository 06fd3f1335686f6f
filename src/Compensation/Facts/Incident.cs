namespace Compensation;

/// <summary>What went wrong: a delivery delay or a service failure, for one order.</summary>
public sealed record Incident
{
    /// <summary>An id to carry into the decision (optional).</summary>
    public string? Id { get; init; }

    /// <summary>The failure kind, one of the manual's <c>catalog.failures</c>.</summary>
    public required string Failure { get; init; }

    /// <summary>The cause, one of the manual's <c>catalog.causes</c>; null when not known yet.</summary>
    public string? Cause { get; init; }

    /// <summary>When the order was promised (delivery, installation, appointment).</summary>
    public DateTimeOffset? PromisedAt { get; init; }

    /// <summary>When it was delivered, or, while still pending, the new estimated date.</summary>
    public DateTimeOffset? DeliveredAt { get; init; }

    /// <summary>When the incident happened; picks the manual version in force. Defaults to <see cref="DeliveredAt"/>, then <see cref="PromisedAt"/>.</summary>
    public DateTimeOffset? OccurredAt { get; init; }

    /// <summary>
    /// The order's value, in <see cref="Currency"/>; null when the incident is not about an order. A rule that reads
    /// <c>order.value</c> (or grants a percentage of it, or the whole of it) rejects an incident without one (INC014).
    /// </summary>
    public decimal? OrderValue { get; init; }

    /// <summary>The currency of <see cref="OrderValue"/>; null means the manual's currency.</summary>
    public string? Currency { get; init; }

    /// <summary>Values for the manual's extra facts (<c>catalog.facts</c>), by name.</summary>
    public IReadOnlyDictionary<string, object?> Facts { get; init; } = EmptyFacts;

    private static readonly IReadOnlyDictionary<string, object?> EmptyFacts = new Dictionary<string, object?>();
}
