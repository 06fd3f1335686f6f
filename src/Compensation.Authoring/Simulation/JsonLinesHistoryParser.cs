using System.Text.Json;

namespace Compensation.Simulation;

/// <summary>Reads JSON lines shaped like the example incident files: <c>{ "incident": {...}, "customer": {...} }</c>.</summary>
internal sealed class JsonLinesHistoryParser : HistoryParser
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public override string ColumnOf(string property)
    {
        var parts = property.Split('.', 2);
        return parts.Length < 2 ? property : $"{char.ToLowerInvariant(parts[0][0])}{parts[0][1..]}.{(parts[1].StartsWith("Facts.", StringComparison.Ordinal) ? "facts." + parts[1][6..] : char.ToLowerInvariant(parts[1][0]) + parts[1][1..])}";
    }

    public override bool TryParse(string line, long row, List<HistoryRowError> errors, out Incident incident, out Customer customer)
    {
        incident = null!;
        customer = null!;
        Line? parsed;
        try
        {
            parsed = JsonSerializer.Deserialize<Line>(line, Options);
        }
        catch (JsonException ex)
        {
            var message = ex.Message.Split(" Path:", 2)[0];
            errors.Add(new HistoryRowError(row, string.IsNullOrEmpty(ex.Path) || ex.Path == "$" ? "(row)" : ex.Path.TrimStart('$', '.'), Clip(line), message));
            return false;
        }

        if (parsed?.Incident is null || parsed.Customer is null)
        {
            errors.Add(new HistoryRowError(row, parsed?.Incident is null ? "incident" : "customer", Clip(line), "the line needs both an \"incident\" and a \"customer\" object"));
            return false;
        }

        (incident, customer) = (parsed.Incident, parsed.Customer);
        return true;
    }

    private sealed record Line(Incident? Incident, Customer? Customer);
}
