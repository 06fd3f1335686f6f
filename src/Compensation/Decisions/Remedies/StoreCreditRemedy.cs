using System.Text.Json.Serialization;

namespace Compensation;

/// <summary>Credit to spend in the store.</summary>
public sealed record StoreCreditRemedy : Remedy
{
    /// <inheritdoc />
    [JsonIgnore]
    public override RemedyKind Kind => RemedyKind.StoreCredit;

    /// <summary>The credit.</summary>
    public required decimal Amount { get; init; }

    /// <summary>How many days the credit can be used, if limited.</summary>
    public int? ValidDays { get; init; }
}
