using System.Text.Json.Serialization;

namespace Compensation;

/// <summary>Why a granted remedy was changed before the decision was final.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<AdjustmentKind>))]
public enum AdjustmentKind
{
    /// <summary>A limit reduced its cost.</summary>
    [JsonStringEnumMemberName("reduced")]
    Reduced,

    /// <summary>A limit left no room for it.</summary>
    [JsonStringEnumMemberName("dropped-by-limit")]
    DroppedByLimit,

    /// <summary>A more valuable remedy of the same exclusive group was kept instead.</summary>
    [JsonStringEnumMemberName("dropped-by-group")]
    DroppedByGroup,

    /// <summary>Its amount was below its grant's <c>threshold:</c>, so it was not granted.</summary>
    [JsonStringEnumMemberName("below-threshold")]
    BelowThreshold,
}
