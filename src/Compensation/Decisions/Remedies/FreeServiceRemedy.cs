using System.Text.Json.Serialization;

namespace Compensation;

/// <summary>A service at no charge (installation, assembly, express delivery…); its value is the cost.</summary>
public sealed record FreeServiceRemedy : Remedy
{
    /// <inheritdoc />
    [JsonIgnore]
    public override RemedyKind Kind => RemedyKind.FreeService;

    /// <summary>What the service is.</summary>
    public required string Description { get; init; }
}
