using System.Text.Json.Serialization;

namespace Compensation;

/// <summary>Extra months of warranty.</summary>
public sealed record WarrantyExtensionRemedy : Remedy
{
    /// <inheritdoc />
    [JsonIgnore]
    public override RemedyKind Kind => RemedyKind.WarrantyExtension;

    /// <summary>The months added to the warranty.</summary>
    public required int Months { get; init; }
}
