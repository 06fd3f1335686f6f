namespace Compensation.Simulation;

/// <summary>Turns one line of a history into an incident and a customer, or into errors naming row, column and value.</summary>
internal abstract class HistoryParser
{
    /// <summary>Parses a data line; false (with at least one error added) when the row cannot be decided.</summary>
    public abstract bool TryParse(string line, long row, List<HistoryRowError> errors, out Incident incident, out Customer customer);

    /// <summary>The column (or JSON path) that holds an engine property such as <c>Incident.Failure</c> or <c>Incident.Facts.x</c>.</summary>
    public abstract string ColumnOf(string property);

    public static string Clip(string? value) => value is null ? string.Empty : value.Length <= 80 ? value : string.Concat(value.AsSpan(0, 77), "...");

    /// <summary>The value an engine property had, as written, for an error report.</summary>
    public static string ValueOf(string property, Incident incident, Customer customer)
    {
        const string facts = "Incident.Facts.";
        if (property.StartsWith(facts, StringComparison.Ordinal))
        {
            return incident.Facts.TryGetValue(property[facts.Length..], out var fact) ? Clip(Convert.ToString(fact, System.Globalization.CultureInfo.InvariantCulture)) : string.Empty;
        }

        object? value = property switch
        {
            "Incident.Failure" => incident.Failure,
            "Incident.Cause" => incident.Cause,
            "Incident.Currency" => incident.Currency,
            "Incident.OrderValue" => incident.OrderValue,
            "Incident.PromisedAt" => incident.PromisedAt,
            "Incident.DeliveredAt" => incident.DeliveredAt,
            "Customer.Tier" => customer.Tier,
            "Customer.TenureMonths" => customer.TenureMonths,
            "Customer.PriorIncidents" => customer.PriorIncidents,
            "Customer.RecentCompensation" => customer.RecentCompensation,
            _ => null,
        };
        return value switch
        {
            DateTimeOffset d => d.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
            IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
            _ => Clip(value?.ToString()),
        };
    }
}
