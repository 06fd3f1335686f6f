using System.Globalization;
using System.Text.Json;
using Compensation.Compilation;
using Compensation.Facts;
using NodaTime;

namespace Compensation.Evaluation;

// Binding the facts a manual declares: each value converted to its declared type and range, dates in the manual's zone.
internal static partial class IncidentBinder
{
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

    private static void BindTime(ManualTimeZone zone, FactDefinition fact, IReadOnlyDictionary<string, object?> facts, FactFrame frame, ref List<IncidentError>? errors)
    {
        if (!facts.TryGetValue(fact.Name, out var raw) || raw is null)
        {
            Error(ref errors, $"Incident.Facts.{fact.Name}", "INC005", $"the manual needs the fact '{fact.Name}' ({fact.TypeName}) and it has no default");
            return;
        }

        string? error = null;
        Instant? value = raw switch
        {
            DateTimeOffset o => Instant.FromDateTimeOffset(o),
            DateOnly d => zone.StartOfDay(LocalDate.FromDateOnly(d)),
            DateTime t => zone.TryResolve(LocalDateTime.FromDateTime(t), out var i, out error) ? i : null,
            Instant i => i,
            string s => ParseTime(zone, s, out error),
            JsonElement { ValueKind: JsonValueKind.String } json => ParseTime(zone, json.GetString()!, out error),
            _ => null,
        };
        if (value is null)
        {
            Error(ref errors, $"Incident.Facts.{fact.Name}", "INC006", error ?? $"'{raw}' is not a {fact.TypeName}; write it as 2026-11-10 or 2026-11-10T18:00 (read in {zone.Id}) or with an offset");
            return;
        }

        // A date is a calendar day: its start in the manual's zone, whatever time of day was written.
        frame.Times[fact.Slot] = fact.Type == FactType.Date ? zone.StartOfDay(zone.Local(value.Value).Date) : value.Value;
    }

    private static Instant? ParseTime(ManualTimeZone zone, string text, out string? error)
        => zone.TryParse(text, out var value, out error) ? Instant.FromDateTimeOffset(value) : null;

    private static decimal? Convert(FactDefinition fact, object raw)
    {
        if (fact.Type == FactType.Duration)
        {
            // A duration is held as its whole number of minutes: "1h30m", a TimeSpan, or a number of minutes.
            var text = raw is JsonElement { ValueKind: JsonValueKind.String } s ? s.GetString() : raw as string;
            return text is not null ? (DurationText.TryParse(text, out var span) ? (decimal)span.TotalMinutes : null)
                : raw is TimeSpan t ? (t >= TimeSpan.Zero && t <= DurationText.Max ? Math.Floor((decimal)t.TotalMinutes) : null)
                : (raw is JsonElement { ValueKind: JsonValueKind.Number } n ? (n.TryGetDecimal(out var m) ? m : null) : Number(raw)) is { } minutes && minutes >= 0 && minutes == decimal.Truncate(minutes) && minutes <= (decimal)DurationText.Max.TotalMinutes ? minutes : null;
        }

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
}
