using System.Text.Json.Serialization;

namespace Compensation;

/// <summary>What happened to a rule in a decision.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<RuleOutcome>))]
public enum RuleOutcome
{
    /// <summary>Its condition held and it fired.</summary>
    [JsonStringEnumMemberName("fired")]
    Fired,

    /// <summary>A part of its condition did not hold.</summary>
    [JsonStringEnumMemberName("not-matched")]
    NotMatched,

    /// <summary>Its condition held but the hit policy let another rule fire instead.</summary>
    [JsonStringEnumMemberName("suppressed")]
    Suppressed,
}
