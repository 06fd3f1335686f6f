using System.Globalization;
using Compensation.Decisions;

namespace Compensation.Scenarios;

/// <summary>The fields of a granted remedy a scenario can compare, by their manual-language names.</summary>
internal static class RemedyFields
{
    public static string[] Names(RemedyKind kind) => [.. RemedyKinds.Of(kind).AllFields.Select(f => f.Name)];

    /// <summary>A problem with an expected value's form, or null.</summary>
    public static string? Check(RemedyKind kind, string name, string text) => Field(kind, name)?.Shape switch
    {
        ParameterShape.Formula or ParameterShape.WholeDays when !IsNumber(text) => $"'{name}' must be a number, not '{text}'",
        ParameterShape.Duration when ParseSpan(text) is null => $"'{name}' must be a duration like 24h or 2d, not '{text}'",
        ParameterShape.Choice when !Field(kind, name)!.Choices.Contains(text) => $"'{name}' must be {string.Join(" or ", Field(kind, name)!.Choices)}, not '{text}'",
        ParameterShape.Flag when text is not ("true" or "false") => $"'{name}' must be true or false, not '{text}'",
        _ => null,
    };

    /// <summary>The remedy's value for the field, as text a scenario would write; null when the remedy has none.</summary>
    public static string? Actual(Remedy remedy, string name) => Field(remedy.Kind, name)?.Actual(remedy);

    /// <summary>Whether an expected value equals an actual one (numbers by value, durations by length, text exactly).</summary>
    public static bool Same(string expected, string? actual)
    {
        if (actual is null)
        {
            return false;
        }

        if (IsNumber(expected) && IsNumber(actual))
        {
            return decimal.Parse(expected, CultureInfo.InvariantCulture) == decimal.Parse(actual, CultureInfo.InvariantCulture);
        }

        if (ParseSpan(expected) is { } e && ParseSpan(actual) is { } a)
        {
            return e == a;
        }

        return string.Equals(expected, actual, StringComparison.Ordinal);
    }

    /// <summary>The remedy as a scenario would list it, with every comparable field.</summary>
    public static string Describe(Remedy remedy)
    {
        var fields = RemedyKinds.Of(remedy).AllFields
            .Where(f => f.Listed)
            .Select(f => (f.Name, v: f.Actual(remedy)))
            .Where(x => x.v is not null)
            .Select(x => $"{x.Name}: {Quote(x.v!)}");
        return $"{RemedyKinds.NameOf(remedy.Kind)}: {{ {string.Join(", ", fields)} }}";
    }

    public static string Number(decimal value) => RemedyDescriptor.Number(value);

    private static string Quote(string value) => value.Contains(' ', StringComparison.Ordinal) || value.Contains(':', StringComparison.Ordinal) ? $"\"{value}\"" : value;

    private static bool IsNumber(string text) => decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out _);

    private static RemedyField? Field(RemedyKind kind, string name)
    {
        foreach (var field in RemedyKinds.Of(kind).AllFields)
        {
            if (field.Name == name)
            {
                return field;
            }
        }

        return null;
    }

    private static TimeSpan? ParseSpan(string text)
    {
        var t = text.Trim();
        if (t.Length < 2 || !int.TryParse(t[..^1], NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            return null;
        }

        return t[^1] switch
        {
            'h' => TimeSpan.FromHours(n),
            'd' => TimeSpan.FromDays(n),
            'm' => TimeSpan.FromMinutes(n),
            _ => null,
        };
    }
}
