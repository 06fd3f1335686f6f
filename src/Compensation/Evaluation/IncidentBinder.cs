using System.Globalization;
using System.Text.Json;
using Compensation.Compilation;
using Compensation.Facts;
using NodaTime;

namespace Compensation.Evaluation;

/// <summary>
/// Checks an incident and customer against the manual's catalogue and fills a frame with their facts.
/// Every problem is collected (no allocation when there is none); no rule runs on invalid input.
/// </summary>
internal static partial class IncidentBinder
{
    /// <summary>The largest order value accepted; beyond it money arithmetic could overflow.</summary>
    public const decimal MaxMoney = 1_000_000_000_000m;

    /// <summary>The largest tenure or prior-incident count accepted.</summary>
    public const int MaxCount = 1_000_000;

    /// <summary>The furthest apart a promised and a delivered date may be (a hundred years): beyond it a date is mistyped.</summary>
    public static readonly TimeSpan MaxDelay = DurationText.Max;

    private static readonly IReadOnlyDictionary<string, object?> EmptyFacts = new Dictionary<string, object?>();

    private static Instant Time(DateTimeOffset? value) => value is { } v ? Instant.FromDateTimeOffset(v) : FactFrame.Missing;

    public static List<IncidentError>? Bind(CompiledManual manual, Incident incident, Customer customer, FactFrame frame)
    {
        List<IncidentError>? errors = null;

        // JSON such as "facts": null leaves the property null despite its type: treat it as no facts.
        var facts = incident.Facts ?? EmptyFacts;
        var schema = manual.Schema;
        var failure = Catalog(schema.Failure, incident.Failure, "Incident.Failure", "INC001", "failure kind", ref errors);
        frame.Ints[schema.Failure.Slot] = failure;
        if (schema.Tier.Values.Count > 0)
        {
            frame.Ints[schema.Tier.Slot] = Catalog(schema.Tier, customer.Tier, "Customer.Tier", "INC002", "tier", ref errors);
        }
        else if (string.IsNullOrEmpty(customer.Tier))
        {
            frame.Ints[schema.Tier.Slot] = -1;
        }
        else
        {
            // A scheme without tiers treats every customer alike: a tier sent anyway is a mistake to report, not to ignore.
            Error(ref errors, "Customer.Tier", "INC002", $"the manual declares no tiers, so the customer's tier '{customer.Tier}' means nothing to it; leave the tier empty");
        }

        frame.Ints[schema.Cause.Slot] = incident.Cause is null ? -1 : Catalog(schema.Cause, incident.Cause, "Incident.Cause", "INC003", "cause", ref errors);

        if (Dated(incident) is { } dated && DateOnly.FromDateTime(dated.Value.DateTime) < manual.Stamp.Effective)
        {
            // An incident from before the manual took effect was decided by whatever was in force then, not by this one.
            Error(ref errors, dated.Property, "INC013", $"the incident is dated {dated.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} but the manual ('{manual.Stamp.Version}') is in force from {manual.Stamp.Effective.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}; decide it with the version in force then");
        }

        // The incident's currency chooses the decision's (amounts written per currency, caps, totals, rounding).
        var currencyAt = incident.Currency is null ? manual.DefaultCurrency : schema.Currency.IndexOf(incident.Currency);
        if (currencyAt < 0)
        {
            Error(ref errors, "Incident.Currency", "INC009", manual.Roundings.Count == 1
                ? $"the order is in {incident.Currency} but the manual decides in {manual.Rounding.Currency}; convert the order value first"
                : $"the order is in {incident.Currency} but the manual decides in {string.Join(", ", schema.Currency.Values)}; convert the order value to one of them first");
            currencyAt = manual.DefaultCurrency;
        }

        frame.Ints[schema.Currency.Slot] = currencyAt;
        frame.Rounding = manual.Roundings[currencyAt];

        if (incident.OrderValue is { } orderValue)
        {
            Money(orderValue, "Incident.OrderValue", frame.Rounding, ref errors);
        }

        Money(customer.RecentCompensation, "Customer.RecentCompensation", frame.Rounding, ref errors);
        Count(customer.TenureMonths, "Customer.TenureMonths", "tenure", ref errors);
        Count(customer.PriorIncidents, "Customer.PriorIncidents", "prior incidents", ref errors);

        // A delay is measured in whole minutes late; on time or early is a delay of 0 (delay.* = 0), not an error.
        var minutes = 0L;
        if (incident.PromisedAt is { } promised && incident.DeliveredAt is { } delivered)
        {
            var late = delivered - promised;
            if (late.Duration() > MaxDelay)
            {
                Error(ref errors, "Incident.DeliveredAt", "INC008", $"the delivered date {delivered.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} is more than 100 years from the promised date {promised.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)}; check both dates");
            }
            else
            {
                minutes = Math.Max(0, (long)Math.Floor(late.TotalMinutes));
            }
        }
        else if (failure >= 0 && manual.IsDelayFailure[failure])
        {
            Error(ref errors, incident.PromisedAt is null ? "Incident.PromisedAt" : "Incident.DeliveredAt", "INC008", $"a '{incident.Failure}' incident needs both the promised date and the delivered (or new estimated) date");
        }

        frame.Ints[schema.DelayMinutes.Slot] = (int)minutes;
        frame.Ints[schema.DelayHours.Slot] = (int)(minutes / 60);
        frame.Ints[schema.DelayDays.Slot] = (int)(minutes / 1440);
        frame.Times[schema.Promised.Slot] = Time(incident.PromisedAt);
        frame.Times[schema.Delivered.Slot] = Time(incident.DeliveredAt);
        frame.Times[schema.Occurred.Slot] = Time(incident.OccurredAt ?? incident.DeliveredAt ?? incident.PromisedAt);
        frame.Decimals[schema.OrderValue.Slot] = incident.OrderValue ?? FactFrame.MissingMoney;
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
                if (fact.IsTime)
                {
                    BindTime(manual.TimeZone, fact, facts, frame, ref errors);
                }
                else
                {
                    BindInput(fact, facts, frame, ref errors);
                }
            }
        }

        return errors;
    }

    /// <summary>
    /// The date that places an incident in a manual's history and the property it comes from: when it occurred, else
    /// the promised date (a delay begins when the promise is broken), else the delivery date; null when it has none.
    /// The calendar date is taken in the value's own offset.
    /// </summary>
    public static (DateTimeOffset Value, string Property)? Dated(Incident incident)
        => incident.OccurredAt is { } occurred ? (occurred, "Incident.OccurredAt")
        : incident.PromisedAt is { } promised ? (promised, "Incident.PromisedAt")
        : incident.DeliveredAt is { } delivered ? (delivered, "Incident.DeliveredAt")
        : null;

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
