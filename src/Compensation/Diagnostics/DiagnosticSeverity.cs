using System.Text.Json.Serialization;

namespace Compensation;

/// <summary>How serious a <see cref="Diagnostic"/> is.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DiagnosticSeverity>))]
public enum DiagnosticSeverity
{
    /// <summary>The manual loads, but the author should look at this.</summary>
    [JsonStringEnumMemberName("warning")]
    Warning,

    /// <summary>The manual cannot be compiled until this is fixed.</summary>
    [JsonStringEnumMemberName("error")]
    Error,
}
