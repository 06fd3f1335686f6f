using System.Text.Encodings.Web;
using System.Text.Json;

namespace Compensation.Cli.Commands;

/// <summary>The JSON the tool prints: web defaults (camelCase), indented, non-ASCII text kept readable.</summary>
internal static class JsonOutput
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Serializes a decision.</summary>
    public static string Serialize(Decision decision) => JsonSerializer.Serialize(decision, Options);
}
