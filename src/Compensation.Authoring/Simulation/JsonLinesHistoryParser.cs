namespace Compensation.Simulation;

/// <summary>Reads JSON lines shaped like the example incident files: <c>{ "incident": {...}, "customer": {...} }</c>.</summary>
internal sealed class JsonLinesHistoryParser(CompensationManual manual) : HistoryParser
{
    public override string ColumnOf(string property)
    {
        var parts = property.Split('.', 2);
        return parts.Length < 2 ? property : $"{char.ToLowerInvariant(parts[0][0])}{parts[0][1..]}.{(parts[1].StartsWith("Facts.", StringComparison.Ordinal) ? "facts." + parts[1][6..] : char.ToLowerInvariant(parts[1][0]) + parts[1][1..])}";
    }

    public override bool TryParse(string line, long row, List<HistoryRowError> errors, out Incident incident, out Customer customer)
    {
        // The same strict reader as incident files, the CLI and hosts: UTF-8, numbers as numbers, dates with an offset
        // or in the manual's time zone, bounded sizes, and every problem of the line with its JSON path.
        var read = IncidentJson.TryRead(line, manual);
        if (!read.Succeeded)
        {
            foreach (var error in read.Errors)
            {
                errors.Add(new HistoryRowError(row, error.Property is "$" ? "(row)" : error.Property.TrimStart('$', '.'), Clip(line), $"{error.Code} {error.Message}"));
            }

            incident = null!;
            customer = null!;
            return false;
        }

        (incident, customer) = (read.Incident, read.Customer);
        return true;
    }
}
