using System.Text.Json.Serialization;

namespace Compensation;

/// <summary>A gift, described for the customer, with its cost to the company.</summary>
public sealed record GiftRemedy : Remedy
{
    /// <inheritdoc />
    [JsonIgnore]
    public override RemedyKind Kind => RemedyKind.Gift;

    /// <summary>What the gift is.</summary>
    public required string Description { get; init; }
}
