using System.Globalization;
using System.Text.Json;
using Compensation.Diagnostics;
using Compensation.Facts;

namespace Compensation.Documents;

// Reading one value: declared facts, texts, money, counts and dates, each checked and reported at its JSON path.
internal static partial class IncidentJsonReader
{
    private static Dictionary<string, object?>? Facts(JsonElement json, string path, Context context)
    {
        if (json.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (!context.IsObject(json, path))
        {
            return null;
        }

        var facts = new Dictionary<string, object?>(StringComparer.Ordinal);
        var count = 0;
        foreach (var property in json.EnumerateObject())
        {
            if (++count > MaxFacts)
            {
                context.Error(path, TooLargeCode, $"more than {MaxFacts} facts; a manual declares a handful");
                return null;
            }

            var name = property.Name;
            var at = path + "." + Shorten(name);
            if (name.Length > MaxTextLength)
            {
                context.Error(at, TooLargeCode, $"a fact name of {name.Length} characters; at most {MaxTextLength}");
                continue;
            }

            if (facts.ContainsKey(name))
            {
                context.Error(at, Duplicate, $"the fact '{name}' is given more than once; give it once");
                continue;
            }

            var value = property.Value;
            switch (value.ValueKind)
            {
                case JsonValueKind.True:
                    facts[name] = true;
                    break;
                case JsonValueKind.False:
                    facts[name] = false;
                    break;
                case JsonValueKind.Null:
                    facts[name] = null;
                    break;
                case JsonValueKind.Number:
                    if (value.TryGetDecimal(out var number))
                    {
                        facts[name] = number;
                    }
                    else
                    {
                        context.Error(at, NumberRange, $"{Shorten(value.GetRawText())} is too large a number");
                    }

                    break;
                case JsonValueKind.String:
                    facts[name] = Text(value, at, MaxFactTextLength, context);
                    break;
                default:
                    context.Error(at, WrongType, $"a fact is true/false, a number or a text, not {Kind(value)}");
                    break;
            }
        }

        return facts;
    }

    private static string? Text(JsonElement json, string path, int maxLength, Context context)
    {
        if (json.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (json.ValueKind != JsonValueKind.String)
        {
            context.Error(path, WrongType, $"expected a text in quotes, found {Kind(json)}");
            return null;
        }

        var text = json.GetString()!;
        if (text.Length > maxLength)
        {
            context.Error(path, TooLargeCode, $"a text of {text.Length.ToString(CultureInfo.InvariantCulture)} characters; at most {maxLength.ToString(CultureInfo.InvariantCulture)}");
            return null;
        }

        return text;
    }

    private static decimal Money(JsonElement json, string path, Context context)
    {
        if (json.ValueKind != JsonValueKind.Number)
        {
            context.Error(path, WrongType, json.ValueKind == JsonValueKind.String
                ? $"expected a number, found the text \"{Shorten(json.GetString()!)}\"; write the number without quotes, e.g. 120.50"
                : $"expected a number, found {Kind(json)}; e.g. 120.50");
            return 0m;
        }

        if (!json.TryGetDecimal(out var value))
        {
            context.Error(path, NumberRange, $"{Shorten(json.GetRawText())} is too large a number for an amount");
            return 0m;
        }

        return value;
    }

    private static int Count(JsonElement json, string path, Context context)
    {
        if (json.ValueKind != JsonValueKind.Number)
        {
            context.Error(path, WrongType, json.ValueKind == JsonValueKind.String
                ? $"expected a whole number, found the text \"{Shorten(json.GetString()!)}\"; write the number without quotes, e.g. 3"
                : $"expected a whole number, found {Kind(json)}; e.g. 3");
            return 0;
        }

        if (json.TryGetInt32(out var value))
        {
            return value;
        }

        if (json.TryGetDecimal(out var number) && number != decimal.Truncate(number))
        {
            context.Error(path, WrongType, $"expected a whole number, found {Shorten(json.GetRawText())}");
        }
        else
        {
            context.Error(path, NumberRange, $"{Shorten(json.GetRawText())} is too large a number for a count");
        }

        return 0;
    }

    private static DateTimeOffset? Date(JsonElement json, string path, Context context)
    {
        if (json.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (json.ValueKind != JsonValueKind.String)
        {
            context.Error(path, WrongType, $"expected a date and time in quotes with its offset, e.g. \"2027-03-27T12:00:00+01:00\"; found {Kind(json)}");
            return null;
        }

        if (!json.TryGetDateTime(out var local))
        {
            context.Error(path, WrongType, $"\"{Shorten(json.GetString()!)}\" is not a date and time; write it as 2027-03-27T12:00:00+01:00");
            return null;
        }

        if (local.Kind == DateTimeKind.Unspecified && context.Zone is { } zone)
        {
            // A wall-clock time in the manual's zone; a time the zone skips or repeats is refused, never guessed.
            if (!zone.TryParse(json.GetString()!, out var inZone, out var error))
            {
                context.Error(path, NoOffset, error!);
                return null;
            }

            return InRange(inZone, path, context);
        }

        if (local.Kind == DateTimeKind.Unspecified)
        {
            // Reading it in the host's time zone would make the same document decide differently on another machine.
            context.Error(path, NoOffset, $"\"{Shorten(json.GetString()!)}\" has no offset from UTC; write the offset, e.g. {local.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture)}+01:00 (or Z for UTC)");
            return null;
        }

        if (!json.TryGetDateTimeOffset(out var value))
        {
            context.Error(path, WrongType, $"\"{Shorten(json.GetString()!)}\" is not a date and time; write it as 2027-03-27T12:00:00+01:00");
            return null;
        }

        return InRange(value, path, context);
    }

    private static DateTimeOffset? InRange(DateTimeOffset value, string path, Context context)
    {
        if (value < EarliestDate || value > LatestDate)
        {
            context.Error(path, DateRange, $"{value.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture)} is outside the dates accepted ({EarliestDate:yyyy-MM-dd} to {LatestDate:yyyy-MM-dd}); check the year");
            return null;
        }

        return value;
    }
}
