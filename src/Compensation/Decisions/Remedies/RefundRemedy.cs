using System.Text.Json.Serialization;

namespace Compensation;

/// <summary>Money back, partial or total.</summary>
public sealed record RefundRemedy : Remedy
{
    /// <inheritdoc />
    [JsonIgnore]
    public override RemedyKind Kind => RemedyKind.Refund;

    /// <summary>The amount refunded.</summary>
    public required decimal Amount { get; init; }

    /// <summary>True when the whole order value is refunded.</summary>
    public bool IsTotal { get; init; }
}
