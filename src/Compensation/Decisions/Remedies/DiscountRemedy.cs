using System.Text.Json.Serialization;

namespace Compensation;

/// <summary>A percentage or amount off this order or the next purchase.</summary>
public sealed record DiscountRemedy : Remedy
{
    /// <inheritdoc />
    [JsonIgnore]
    public override RemedyKind Kind => RemedyKind.Discount;

    /// <summary>The percentage off, when the discount is a percentage.</summary>
    public decimal? Percent { get; init; }

    /// <summary>The amount off, when the discount is an amount.</summary>
    public decimal? Amount { get; init; }

    /// <summary>What the discount applies to.</summary>
    public DiscountTarget On { get; init; }

    /// <summary>How many days the discount can be used, if limited.</summary>
    public int? ValidDays { get; init; }
}
