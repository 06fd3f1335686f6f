using System.Text.Json.Serialization;

namespace Compensation;

/// <summary>
/// A remedy granted by a decision. Each concrete kind (<see cref="DiscountRemedy"/>, <see cref="RefundRemedy"/>…)
/// carries its own parameters; every remedy names the rule and manual section that granted it and its cost.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(DiscountRemedy), "discount")]
[JsonDerivedType(typeof(RefundRemedy), "refund")]
[JsonDerivedType(typeof(GiftRemedy), "gift")]
[JsonDerivedType(typeof(ManagerCallRemedy), "manager-call")]
[JsonDerivedType(typeof(WarrantyExtensionRemedy), "warranty-extension")]
[JsonDerivedType(typeof(FreeServiceRemedy), "free-service")]
[JsonDerivedType(typeof(StoreCreditRemedy), "store-credit")]
[JsonDerivedType(typeof(CompensationRemedy), "compensation")]
public abstract record Remedy
{
    private protected Remedy()
    {
    }

    /// <summary>The kind of remedy (written as the <c>kind</c> discriminator in JSON).</summary>
    [JsonIgnore]
    public abstract RemedyKind Kind { get; }

    /// <summary>The rule that granted it.</summary>
    public required string Rule { get; init; }

    /// <summary>The rule set the rule belongs to.</summary>
    public required string RuleSet { get; init; }

    /// <summary>The manual section the rule quotes, if any.</summary>
    public string? Section { get; init; }

    /// <summary>The estimated cost to the company, in the manual's currency, rounded to its minor unit.</summary>
    public required decimal Cost { get; init; }

    /// <summary>The cost before a limit reduced it; null when it was not reduced.</summary>
    public decimal? OriginalCost { get; init; }

    /// <summary>The least role the manual says must approve this remedy, if it says one.</summary>
    public string? RequiredApproval { get; init; }
}
