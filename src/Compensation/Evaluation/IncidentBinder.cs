using System.Globalization;
using System.Text.Json;
using Compensation.Compilation;
using Compensation.Facts;

namespace Compensation.Evaluation;

/// <summary>
/// Checks an incident and customer against the manual's catalogue and fills a frame with their facts.
/// Every problem is collected (no allocation when there is none); no rule runs on invalid input.
/// </summary>
internal static class IncidentBinder
{
    /// <summary>The largest order value accepted; beyond it money arithmetic could overflow.</summary>
    public const decimal MaxMoney = 1_000_000_000_000m;

    /// <summary>The largest tenure or prior-incident count accepted.</summary>
    public const int MaxCount = 1_000_000;

    private static readonly IReadOnlyDictionary<string, object?> EmptyFacts = new Dictionary<string, object?>();

    public static List<IncidentError>? Bind(CompiledManual manual, Incident incident, Customer customer, FactFrame frame)
    {
        List<IncidentError>? errors = null;

        // JSON such as "facts": null leaves the property null despite its type: treat it as no facts.
        var facts = incident.Facts ?? EmptyFacts;
        var schema = manual.Schema;
        var failure = Catalog(schema.Failure, incident.Failure, "Incident.Failure", "INC001", "failure kind", ref errors);
        frame.Ints[schema.Failure.Slot] = failure;
        frame.Ints[schema.Tier.Slot] = Catalog(schema.Tier, customer.Tier, "Customer.Tier", "INC002", "tier", ref errors);
        frame.Ints[schema.Cause.Slot] = incident.Cause is null ? -1 : Catalog(schema.Cause, incident.Cause, "Incident.Cause", "INC003", "cause", ref errors);

        if (incident.Currency is not null && !string.Equals(incident.Currency, manual.Rounding.Currency, StringComparison.Ordinal))
        {
            Error(ref errors, "Incident.Currency", "INC009", $"the order is in {incident.Currency} but the manual decides in {manual.Rounding.Currency}; convert the order value first");
        }

        Money(incident.OrderValue, "Incident.OrderValue", manual.Rounding, ref errors);
        Money(customer.RecentCompensation, "Customer.RecentCompensation", manual.Rounding, ref errors);
        Count(customer.TenureMonths, "Customer.TenureMonths", "tenure", ref errors);
        Count(customer.PriorIncidents, "Customer.PriorIncidents", "prior incidents", ref errors);

        var hours = 0L;
        if (incident.PromisedAt is { } promised && incident.DeliveredAt is { } delivered)
        {
            hours = Math.Max(0, (long)Math.Floor((delivered - promised).TotalHours));
            if (failure >= 0 && manual.IsDelayFailure[failure] && delivered <= promised)
            {
                Error(ref errors, "Incident.DeliveredAt", "INC008", string.Create(CultureInfo.InvariantCulture, $"a '{incident.Failure}' incident needs a delivery after the promised date, but it was delivered {delivered:yyyy-MM-dd HH:mm} for {promised:yyyy-MM-dd HH:mm}"));
            }
        }
        else if (failure >= 0 && manual.IsDelayFailure[failure])
        {
            Error(ref errors, incident.PromisedAt is null ? "Incident.PromisedAt" : "Incident.DeliveredAt", "INC008", $"a '{incident.Failure}' incident needs both the promised date and the delivered (or new estimated) date");
        }

        hours = Math.Min(hours, int.MaxValue);
        frame.Ints[schema.DelayHours.Slot] = (int)hours;
        frame.Ints[schema.DelayDays.Slot] = (int)(hours / 24);
        frame.Decimals[schema.OrderValue.Slot] = incident.OrderValue;
        frame.Ints[schema.TenureMonths.Slot] = customer.TenureMonths;
        frame.Ints[schema.PriorIncidents.Slot] = customer.PriorIncidents;
        frame.Decimals[schema.RecentCompensation.Slot] = customer.RecentCompensation;

        if (facts is Dictionary<string, object?> dictionary)
        {
            foreach (var name in dictionary.Keys) // the struct enumerator: no allocation for the usual dictionary
            {
                UnknownFact(schema, name, ref errors);
            }
        }
        else if (facts.Count > 0)
        {
            foreach (var name in facts.Keys)
            {
                UnknownFact(schema, name, ref errors);
            }
        }

        var declared = schema.Facts;
        for (var i = 0; i < declared.Count; i++)
        {
            var fact = declared[i];
            if (fact.Origin == FactOrigin.Derived)
            {
                Store(frame, fact, fact.Default ?? 0);
            }
            else if (fact.Origin == FactOrigin.Input)
            {
                BindInput(fact, facts, frame, ref errors);
            }
        }

        return errors;
    }

    private static void UnknownFact(FactSchema schema, string name, ref List<IncidentError>? errors)
    {
        if (!schema.TryGet(name, out var declared) || declared.Origin != FactOrigin.Input)
        {
            Error(ref errors, $"Incident.Facts.{name}", "INC004", $"the manual declares no fact '{name}'; declared facts are: {string.Join(", ", schema.Inputs.Select(f => f.Name))}");
        }
    }

    /// <summary>Records a problem; the list is only allocated when there is one (no closure, no delegate per call).</summary>
    private static void Error(ref List<IncidentError>? errors, string property, string code, string message)
        => (errors ??= []).Add(new IncidentError(property, code, message));

    private static void BindInput(FactDefinition fact, IReadOnlyDictionary<string, object?> facts, FactFrame frame, ref List<IncidentError>? errors)
    {
        if (!facts.TryGetValue(fact.Name, out var raw) || raw is null)
        {
            if (fact.Default is { } d)
            {
                Store(frame, fact, d);
            }
            else
            {
                Error(ref errors, $"Incident.Facts.{fact.Name}", "INC005", $"the manual needs the fact '{fact.Name}' ({fact.TypeName}) and it has no default");
            }

            return;
        }

        var value = Convert(fact, raw);
        if (value is null)
        {
            Error(ref errors, $"Incident.Facts.{fact.Name}", "INC006", string.Create(CultureInfo.InvariantCulture, $"'{raw}' is not a {fact.TypeName}"));
            return;
        }

        if (value < fact.Min || value > fact.Max)
        {
            Error(ref errors, $"Incident.Facts.{fact.Name}", "INC006", string.Create(CultureInfo.InvariantCulture, $"{value} is outside {fact.Min}..{fact.Max}"));
            return;
        }

        Store(frame, fact, value.Value);
    }

    private static decimal? Convert(FactDefinition fact, object raw)
    {
        if (raw is JsonElement json)
        {
            // Read the JSON value directly (reboxing it as bool or decimal would allocate on every decision).
            return (fact.Type, json.ValueKind) switch
            {
                (FactType.Boolean, JsonValueKind.True) => 1,
                (FactType.Boolean, JsonValueKind.False) => 0,
                (FactType.Catalog, JsonValueKind.String) => FactDeclarations.ParseValue(fact.Type, fact.Values, json.GetString()!),
                (FactType.Integer, JsonValueKind.Number) => json.TryGetDecimal(out var i) && i == decimal.Truncate(i) && Math.Abs(i) <= int.MaxValue ? i : null,
                (FactType.Decimal, JsonValueKind.Number) => json.TryGetDecimal(out var m) && Math.Abs(m) <= MaxMoney ? m : null,
                _ => null,
            };
        }

        return fact.Type switch
        {
            FactType.Boolean => raw is bool b ? (b ? 1 : 0) : null,
            FactType.Catalog => raw is string s ? FactDeclarations.ParseValue(fact.Type, fact.Values, s) : null,
            FactType.Integer => Number(raw) is { } i && i == decimal.Truncate(i) && Math.Abs(i) <= int.MaxValue ? i : null,
            _ => Number(raw) is { } m && Math.Abs(m) <= MaxMoney ? m : null,
        };
    }

    private static decimal? Number(object raw) => raw switch
    {
        int i => i,
        long l => l,
        decimal m => m,
        short s => s,
        double d when double.IsFinite(d) && Math.Abs(d) < 1e15 => (decimal)d,
        float f when float.IsFinite(f) && Math.Abs(f) < 1e15 => (decimal)f,
        _ => null,
    };

    private static void Store(FactFrame frame, FactDefinition fact, decimal value)
    {
        switch (fact.Type)
        {
            case FactType.Decimal:
                frame.Decimals[fact.Slot] = value;
                break;
            case FactType.Boolean:
                frame.Bools[fact.Slot] = value != 0;
                break;
            default:
                frame.Ints[fact.Slot] = (int)value;
                break;
        }
    }

    private static int Catalog(FactDefinition fact, string? value, string property, string code, string what, ref List<IncidentError>? errors)
    {
        var position = value is null ? -1 : fact.IndexOf(value);
        if (position < 0)
        {
            var hint = value is null ? string.Empty : Diagnostics.Suggestions.Nearest(value, fact.Values) is { } near ? $"; did you mean '{near}'?" : string.Empty;
            Error(ref errors, property, code, value is null or "" ? $"the {what} is missing; declared: {string.Join(", ", fact.Values)}" : $"unknown {what} '{value}'; declared {what}s are: {string.Join(", ", fact.Values)}{hint}");
        }

        return position;
    }

    private static void Count(int value, string property, string what, ref List<IncidentError>? errors)
    {
        if (value < 0)
        {
            Error(ref errors, property, "INC011", string.Create(CultureInfo.InvariantCulture, $"{what} cannot be negative ({value})"));
        }
        else if (value > MaxCount)
        {
            Error(ref errors, property, "INC011", string.Create(CultureInfo.InvariantCulture, $"{what} cannot exceed {MaxCount} ({value})"));
        }
    }

    private static void Money(decimal value, string property, CurrencyRounding rounding, ref List<IncidentError>? errors)
    {
        if (value < 0)
        {
            Error(ref errors, property, "INC007", $"money cannot be negative ({value.ToString(CultureInfo.InvariantCulture)})");
        }
        else if (value > MaxMoney)
        {
            Error(ref errors, property, "INC010", $"{value.ToString(CultureInfo.InvariantCulture)} is beyond the largest amount accepted ({MaxMoney.ToString(CultureInfo.InvariantCulture)})");
        }
        else if (decimal.Round(value, rounding.Decimals) != value)
        {
            // A refund of the total repays the order value as given: it must already be an amount in the currency.
            Error(ref errors, property, "INC012", $"{value.ToString(CultureInfo.InvariantCulture)} has more decimals than {rounding.Currency} allows ({rounding.Decimals})");
        }
    }
}
