using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Compensation.Cli.Studio;

/// <summary>
/// The Try panel's incident as the browser sends it (every value as typed). It becomes a scenario entry
/// (<c>incident: {…}, customer: {…}</c>) read by the scenario reader itself, so a tried incident, a saved
/// scenario and <c>compensation test</c> decide exactly the same incident.
/// </summary>
internal sealed partial record IncidentForm
{
    public string? Failure { get; init; }

    public string? Cause { get; init; }

    /// <summary>How late: <c>3d</c>, <c>5h</c>, <c>2d 6h</c> (from <see cref="Promised"/>, or from the manual's effective date).</summary>
    public string? Delay { get; init; }

    /// <summary>When delivery was promised (a date or date and time); empty for the manual's effective date.</summary>
    public string? Promised { get; init; }

    public string? Order { get; init; }

    public string? Currency { get; init; }

    public string? Id { get; init; }

    public string? Tier { get; init; }

    public string? PriorIncidents { get; init; }

    public string? TenureMonths { get; init; }

    public string? RecentCompensation { get; init; }

    public string? Locale { get; init; }

    public Dictionary<string, string>? Facts { get; init; }

    /// <summary>The scenario entry's <c>incident:</c> and <c>customer:</c> lines (flow mappings).</summary>
    public (string Incident, string Customer) ToYaml()
    {
        var incident = new List<string>();
        Add(incident, "failure", Failure);
        Add(incident, "cause", Cause);
        Add(incident, "delay", Delay);
        Add(incident, "promised", Promised);
        Add(incident, "order", Order, plainNumber: true);
        Add(incident, "currency", Currency);
        Add(incident, "id", Id);
        var facts = (Facts ?? []).Where(f => !string.IsNullOrWhiteSpace(f.Value)).OrderBy(f => f.Key, StringComparer.Ordinal).ToList();
        if (facts.Count > 0)
        {
            incident.Add($"facts: {{ {string.Join(", ", facts.Select(f => $"{Key(f.Key)}: {FactScalar(f.Value.Trim())}"))} }}");
        }

        var customer = new List<string>();
        Add(customer, "tier", Tier);
        Add(customer, "prior-incidents", PriorIncidents, plainNumber: true);
        Add(customer, "tenure-months", TenureMonths, plainNumber: true);
        Add(customer, "recent-compensation", RecentCompensation, plainNumber: true);
        Add(customer, "locale", Locale);
        return ($"{{ {string.Join(", ", incident)} }}", $"{{ {string.Join(", ", customer)} }}");
    }

    /// <summary>A scenario file holding only this incident, named <paramref name="name"/>, with no expectation.</summary>
    public string ToScenarioFile(string name)
    {
        var (incident, customer) = ToYaml();
        return $"scenarios:\n  - name: {Scalar(name)}\n    incident: {incident}\n    customer: {customer}\n    expect: {{ remedies: none }}\n";
    }

    /// <summary>The form for an incident read from a scenario or a counterexample.</summary>
    public static IncidentForm From(Incident incident, Customer customer, DateOnly effective)
    {
        string? delay = null;
        string? promised = null;
        if (incident.PromisedAt is { } p && incident.DeliveredAt is { } d)
        {
            delay = DelayText(d - p);
            if (p != new DateTimeOffset(effective.ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero))
            {
                promised = p.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
            }
        }

        return new IncidentForm
        {
            Failure = incident.Failure,
            Cause = incident.Cause,
            Delay = delay,
            Promised = promised,
            Order = incident.OrderValue is { } order ? Number(order) : null,
            Currency = incident.Currency,
            Id = incident.Id,
            Tier = customer.Tier,
            PriorIncidents = customer.PriorIncidents.ToString(CultureInfo.InvariantCulture),
            TenureMonths = customer.TenureMonths.ToString(CultureInfo.InvariantCulture),
            RecentCompensation = Number(customer.RecentCompensation),
            Locale = customer.Locale,
            Facts = incident.Facts.ToDictionary(
                f => f.Key,
                f => f.Value switch
                {
                    bool b => b ? "true" : "false",
                    IFormattable n => n.ToString(null, CultureInfo.InvariantCulture),
                    var other => other?.ToString() ?? string.Empty,
                },
                StringComparer.Ordinal),
        };
    }

    /// <summary>A delay as a scenario writes it: <c>3d</c>, <c>5h</c>, <c>1d 3h</c> (whole hours).</summary>
    public static string DelayText(TimeSpan span)
    {
        var hours = (long)Math.Round(span.TotalHours, MidpointRounding.AwayFromZero);
        var (days, rest) = (hours / 24, hours % 24);
        return (days, rest) switch
        {
            (0, _) => $"{rest}h",
            (_, 0) => $"{days}d",
            _ => $"{days}d {rest}h",
        };
    }

    /// <summary>A number as the scenario files write it: invariant, no trailing zeros.</summary>
    public static string Number(decimal value) => value.ToString("0.##########", CultureInfo.InvariantCulture);

    /// <summary>A YAML scalar: plain when it cannot be misread, else double-quoted and escaped.</summary>
    public static string Scalar(string value)
        => PlainText().IsMatch(value) && value is not ("true" or "false" or "null" or "yes" or "no" or "on" or "off") && !decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out _)
            ? value
            : Quoted(value);

    private static string FactScalar(string value)
        => value is "true" or "false" || NumberText().IsMatch(value) ? value : Quoted(value);

    private static string Key(string key) => PlainText().IsMatch(key) ? key : Quoted(key);

    private static void Add(List<string> parts, string key, string? value, bool plainNumber = false)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return;
        }

        var text = value.Trim();
        parts.Add($"{key}: {(plainNumber && NumberText().IsMatch(text) ? text : Scalar(text))}");
    }

    private static string Quoted(string value)
    {
        var builder = new StringBuilder("\"");
        foreach (var c in value)
        {
            builder.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when char.IsControl(c) => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            });
        }

        return builder.Append('"').ToString();
    }

    [GeneratedRegex(@"^[\p{L}\p{N}_][\p{L}\p{N}_.\- ]*(?<! )$", RegexOptions.CultureInvariant)]
    private static partial Regex PlainText();

    [GeneratedRegex(@"^-?\d{1,15}(\.\d{1,10})?$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberText();
}
