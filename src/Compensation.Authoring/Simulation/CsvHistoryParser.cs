using System.Globalization;

namespace Compensation.Simulation;

/// <summary>
/// Reads CSV rows whose header names incident fields (id, failure, cause, promised_at, delivered_at, occurred_at,
/// order_value, currency), customer fields (customer_id, tier, tenure_months, prior_incidents, recent_compensation)
/// and the manual's facts. Names match ignoring case, '_', '-' and '.'. Quoted cells ("a, b" with "" for a quote)
/// are supported; a cell cannot span lines.
/// </summary>
internal sealed class CsvHistoryParser : HistoryParser
{
    private enum Field { Id, Failure, Cause, PromisedAt, DeliveredAt, OccurredAt, OrderValue, Currency, CustomerId, CustomerName, Tier, TenureMonths, PriorIncidents, RecentCompensation, Locale, Fact }

    private static readonly Dictionary<string, (Field Field, string Property)> Known = new(StringComparer.Ordinal)
    {
        ["id"] = (Field.Id, "Incident.Id"), ["incidentid"] = (Field.Id, "Incident.Id"),
        ["failure"] = (Field.Failure, "Incident.Failure"),
        ["cause"] = (Field.Cause, "Incident.Cause"),
        ["promisedat"] = (Field.PromisedAt, "Incident.PromisedAt"),
        ["deliveredat"] = (Field.DeliveredAt, "Incident.DeliveredAt"),
        ["occurredat"] = (Field.OccurredAt, "Incident.OccurredAt"),
        ["ordervalue"] = (Field.OrderValue, "Incident.OrderValue"),
        ["currency"] = (Field.Currency, "Incident.Currency"),
        ["customerid"] = (Field.CustomerId, "Customer.Id"),
        ["customername"] = (Field.CustomerName, "Customer.Name"),
        ["tier"] = (Field.Tier, "Customer.Tier"), ["customertier"] = (Field.Tier, "Customer.Tier"),
        ["tenuremonths"] = (Field.TenureMonths, "Customer.TenureMonths"), ["customertenuremonths"] = (Field.TenureMonths, "Customer.TenureMonths"),
        ["priorincidents"] = (Field.PriorIncidents, "Customer.PriorIncidents"), ["customerpriorincidents"] = (Field.PriorIncidents, "Customer.PriorIncidents"),
        ["recentcompensation"] = (Field.RecentCompensation, "Customer.RecentCompensation"), ["customerrecentcompensation"] = (Field.RecentCompensation, "Customer.RecentCompensation"),
        ["locale"] = (Field.Locale, "Customer.Locale"),
    };

    private readonly string[] _header;
    private readonly Field[] _fields;
    private readonly FactInfo?[] _facts;
    private readonly Dictionary<string, string> _columnOf = new(StringComparer.Ordinal);

    public CsvHistoryParser(string? headerLine, ManualCatalog catalog)
    {
        if (string.IsNullOrWhiteSpace(headerLine))
        {
            throw new InvalidHistoryException("the history is empty; its first line must be a header such as 'id,failure,tier,order_value,...'");
        }

        var facts = catalog.Facts.ToDictionary(f => Normalize(f.Name), StringComparer.Ordinal);
        _header = [.. Split(headerLine.TrimStart('\uFEFF'), out _).Select(h => h.Trim())]; // a byte-order mark is not part of the first name
        _fields = new Field[_header.Length];
        _facts = new FactInfo?[_header.Length];
        for (var i = 0; i < _header.Length; i++)
        {
            var key = Normalize(_header[i]);
            if (Known.TryGetValue(key, out var known))
            {
                _fields[i] = known.Field;
                _columnOf.TryAdd(known.Property, _header[i]);
            }
            else if (facts.TryGetValue(key, out var fact))
            {
                (_fields[i], _facts[i]) = (Field.Fact, fact);
                _columnOf.TryAdd("Incident.Facts." + fact.Name, _header[i]);
            }
            else
            {
                var declared = catalog.Facts.Count == 0 ? "it declares no facts" : "its facts are: " + string.Join(", ", catalog.Facts.Select(f => f.Name));
                throw new InvalidHistoryException($"line 1, column {i + 1}: '{_header[i]}' is neither an incident field (id, failure, cause, promised_at, delivered_at, occurred_at, order_value, currency, customer_id, tier, tenure_months, prior_incidents, recent_compensation) nor a fact of the manual; {declared}");
            }
        }

        // A manual that declares no tiers needs no tier column.
        foreach (var required in catalog.Tiers.Count == 0 ? new[] { Field.Failure } : [Field.Failure, Field.Tier])
        {
            if (!_fields.Contains(required))
            {
                throw new InvalidHistoryException($"line 1: the header has no '{required.ToString().ToLowerInvariant()}' column; every incident needs one");
            }
        }
    }

    public override string ColumnOf(string property)
        => _columnOf.TryGetValue(property, out var column) ? column : property.Replace("Incident.Facts.", string.Empty, StringComparison.Ordinal);

    public override bool TryParse(string line, long row, List<HistoryRowError> errors, out Incident incident, out Customer customer)
    {
        incident = null!;
        customer = null!;
        var cells = Split(line, out var unbalanced);
        if (unbalanced || cells.Length != _header.Length)
        {
            errors.Add(new HistoryRowError(row, "(row)", Clip(line), unbalanced ? "a quoted cell is not closed (cells cannot span lines)" : $"the row has {cells.Length} cells; the header has {_header.Length}"));
            return false;
        }

        var before = errors.Count;
        string? id = null, failure = null, cause = null, currency = null, customerId = null, name = null, tier = null, locale = null;
        DateTimeOffset? promised = null, delivered = null, occurred = null;
        decimal? order = null;
        decimal recent = 0m;
        int tenure = 0, prior = 0;
        Dictionary<string, object?>? facts = null;
        for (var i = 0; i < cells.Length; i++)
        {
            var cell = cells[i];
            if (cell.Length == 0)
            {
                continue;
            }

            switch (_fields[i])
            {
                case Field.Id: id = cell; break;
                case Field.Failure: failure = cell; break;
                case Field.Cause: cause = cell; break;
                case Field.Currency: currency = cell; break;
                case Field.CustomerId: customerId = cell; break;
                case Field.CustomerName: name = cell; break;
                case Field.Tier: tier = cell; break;
                case Field.Locale: locale = cell; break;
                case Field.PromisedAt: promised = Date(cell, row, i, errors); break;
                case Field.DeliveredAt: delivered = Date(cell, row, i, errors); break;
                case Field.OccurredAt: occurred = Date(cell, row, i, errors); break;
                case Field.OrderValue: order = Number(cell, row, i, errors); break;
                case Field.RecentCompensation: recent = Number(cell, row, i, errors); break;
                case Field.TenureMonths: tenure = Whole(cell, row, i, errors); break;
                case Field.PriorIncidents: prior = Whole(cell, row, i, errors); break;
                default:
                    (facts ??= new(StringComparer.Ordinal))[_facts[i]!.Name] = Fact(_facts[i]!, cell, row, i, errors);
                    break;
            }
        }

        if (errors.Count > before)
        {
            return false;
        }

        incident = new Incident
        {
            Id = id, Failure = failure!, Cause = cause, PromisedAt = promised, DeliveredAt = delivered, OccurredAt = occurred,
            OrderValue = order, Currency = currency, Facts = facts ?? (IReadOnlyDictionary<string, object?>)EmptyFacts,
        };
        customer = new Customer { Id = customerId, Name = name, Tier = string.IsNullOrEmpty(tier) ? null : tier, TenureMonths = tenure, PriorIncidents = prior, RecentCompensation = recent, Locale = locale };
        return true;
    }

    private static readonly Dictionary<string, object?> EmptyFacts = [];

    private DateTimeOffset? Date(string cell, long row, int column, List<HistoryRowError> errors)
    {
        if (DateTimeOffset.TryParse(cell, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value))
        {
            return value;
        }

        errors.Add(new HistoryRowError(row, _header[column], Clip(cell), "not a date and time (write ISO 8601, e.g. 2026-11-10T18:00:00+01:00)"));
        return null;
    }

    private decimal Number(string cell, long row, int column, List<HistoryRowError> errors)
    {
        if (decimal.TryParse(cell, NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        errors.Add(new HistoryRowError(row, _header[column], Clip(cell), "not a number (write digits with '.' for decimals, e.g. 120.50)"));
        return 0m;
    }

    private int Whole(string cell, long row, int column, List<HistoryRowError> errors)
    {
        if (int.TryParse(cell, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        errors.Add(new HistoryRowError(row, _header[column], Clip(cell), "not a whole number"));
        return 0;
    }

    private object? Fact(FactInfo fact, string cell, long row, int column, List<HistoryRowError> errors)
    {
        switch (fact.Type)
        {
            case "boolean" when bool.TryParse(cell, out var b):
                return b;
            case "boolean":
                errors.Add(new HistoryRowError(row, _header[column], Clip(cell), "not true or false"));
                return null;
            case "integer" or "decimal" when decimal.TryParse(cell, NumberStyles.Number, CultureInfo.InvariantCulture, out var n):
                return n;
            case "integer" or "decimal":
                errors.Add(new HistoryRowError(row, _header[column], Clip(cell), $"not a number (the fact '{fact.Name}' is {fact.Type})"));
                return null;
            default:
                return cell; // catalogue values are checked by the manual
        }
    }

    private static string Normalize(string name)
    {
        Span<char> buffer = stackalloc char[Math.Min(name.Length, 128)];
        var length = 0;
        foreach (var c in name.AsSpan(0, buffer.Length))
        {
            if (c is not ('_' or '-' or '.' or ' '))
            {
                buffer[length++] = char.ToLowerInvariant(c);
            }
        }

        return new string(buffer[..length]);
    }

    /// <summary>Splits a CSV line; <paramref name="unbalanced"/> is true when a quoted cell is not closed.</summary>
    internal static string[] Split(string line, out bool unbalanced)
    {
        unbalanced = false;
        if (!line.Contains('"', StringComparison.Ordinal))
        {
            return line.Split(',');
        }

        var cells = new List<string>();
        var cell = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }

        cells.Add(cell.ToString());
        unbalanced = quoted;
        return [.. cells];
    }
}
