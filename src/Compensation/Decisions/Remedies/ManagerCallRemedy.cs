using System.Text.Json.Serialization;

namespace Compensation;

/// <summary>A call from a manager to the customer within a deadline.</summary>
public sealed record ManagerCallRemedy : Remedy
{
    /// <inheritdoc />
    [JsonIgnore]
    public override RemedyKind Kind => RemedyKind.ManagerCall;

    /// <summary>How soon the call must happen.</summary>
    public required TimeSpan Within { get; init; }
}
