using System.Text.Json;

namespace Compensation.TestSupport;

/// <summary>A decision as canonical text, to compare decisions made on different threads or paths.</summary>
internal static class DecisionText
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    /// <summary>The manual stamp, remedies, total, approval and adjustments (not the trace, which only Explain fills).</summary>
    public static string Canonical(Decision decision)
        => JsonSerializer.Serialize(new { decision.Manual, decision.Currency, decision.IncidentId, decision.Remedies, decision.TotalCost, decision.Approval, decision.Adjustments }, Options);
}
