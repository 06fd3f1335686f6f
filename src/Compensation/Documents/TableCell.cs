using System.Globalization;

namespace Compensation.Documents;

/// <summary>
/// Turns a decision-table cell into a condition on its column: <c>-</c> (any), <c>value</c>,
/// <c>&gt;= value</c>, <c>a..b</c> (both ends included), <c>a..&lt;b</c> and the interval notation
/// <c>[a..b)</c>, <c>(a..b]</c>, <c>(a..b)</c>, <c>[a..b]</c>, a list <c>a, b</c>, or <c>{ expression }</c>.
/// Anything else is an error saying which forms a cell can take.
/// </summary>
internal static class TableCell
{
    /// <summary>The forms, for hints.</summary>
    public const string Forms = "a cell is '-' (anything), a value, a comparison such as '>= 2', a range '2..4' (both ends included), '98..<99.5' or '[15..30)' (the end not included), a list 'a, b', or '{ expression }'";

    private static readonly string[] Operators = [">=", "<=", "!=", "==", ">", "<"];

    /// <summary>The condition, or null for a cell that matches anything or cannot be read (then <paramref name="error"/> says why).</summary>
    public static string? ToExpression(string column, string cell, out string? error)
    {
        error = null;
        var text = cell.Trim();
        if (text.Length == 0 || text is "-" or "*" or "any")
        {
            return null;
        }

        if (text.StartsWith('{') && text.EndsWith('}'))
        {
            return text[1..^1].Trim();
        }

        foreach (var op in Operators)
        {
            if (text.StartsWith(op, StringComparison.Ordinal))
            {
                var value = text[op.Length..].Trim();
                if (!IsSingleValue(value))
                {
                    error = $"'{text}' is not one comparison: after '{op}' comes '{value}'";
                    return null;
                }

                return $"{column} {op} {Literal(value)}";
            }
        }

        if (text.Contains("..", StringComparison.Ordinal))
        {
            return Range(column, text, out error);
        }

        if (text.Contains(',', StringComparison.Ordinal))
        {
            var items = text.Split(',', StringSplitOptions.TrimEntries);
            if (items.FirstOrDefault(i => !IsSingleValue(i)) is { } bad)
            {
                error = $"'{text}' is not a list of values: '{bad}' is not a value";
                return null;
            }

            return $"{column} in ({string.Join(", ", items.Select(Literal))})";
        }

        if (!IsSingleValue(text))
        {
            error = $"'{text}' is not a value";
            return null;
        }

        return $"{column} == {Literal(text)}";
    }

    /// <summary>The condition for a range cell: 'a..b', 'a..&lt;b', '[a..b)', '(a..b]'…</summary>
    private static string? Range(string column, string text, out string? error)
    {
        error = null;
        var body = text;
        var lowIncluded = true;
        var highIncluded = true;
        if (body[0] is '[' or '(')
        {
            if (body[^1] is not (']' or ')'))
            {
                error = $"'{text}' opens with '{body[0]}' but does not close with ']' or ')'";
                return null;
            }

            lowIncluded = body[0] == '[';
            highIncluded = body[^1] == ']';
            body = body[1..^1];
        }

        var at = body.IndexOf("..", StringComparison.Ordinal);
        var low = body[..at].Trim();
        var high = body[(at + 2)..].Trim();
        if (high.StartsWith('<'))
        {
            highIncluded = false;
            high = high[1..].Trim();
        }

        if (!IsNumber(low) || !IsNumber(high))
        {
            error = $"'{text}' is not a range of numbers: write both ends as numbers (or durations such as 2h)";
            return null;
        }

        if (Number(low) > Number(high) || (Number(low) == Number(high) && !(lowIncluded && highIncluded)))
        {
            error = $"the range '{text}' holds no value";
            return null;
        }

        return $"({column} {(lowIncluded ? ">=" : ">")} {Literal(low)} and {column} {(highIncluded ? "<=" : "<")} {Literal(high)})";
    }

    /// <summary>One value: a number, a duration, a quoted text or a word — no operators, commas or spaces between words.</summary>
    private static bool IsSingleValue(string text)
    {
        if (text.Length == 0)
        {
            return false;
        }

        if (text.Length >= 2 && text[0] == '"' && text[^1] == '"' && text.IndexOf('"', 1) == text.Length - 1)
        {
            return true;
        }

        if (IsNumber(text))
        {
            return true;
        }

        return text.All(c => char.IsLetterOrDigit(c) || c is '-' or '_' or '.' or '/');
    }

    private static bool IsNumber(string text)
        => decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out _)
           || (text.Length > 0 && char.IsAsciiDigit(text[0]) && Facts.DurationText.TryParse(text, out _));

    private static decimal Number(string text)
        => decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value) ? value
           : Facts.DurationText.TryParse(text, out var duration) ? (decimal)duration.TotalMinutes : 0;

    private static string Literal(string value)
    {
        var text = value.Trim();
        if (text.Length >= 2 && text[0] == '"' && text[^1] == '"')
        {
            return text;
        }

        if (text is "true" or "false" || decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out _))
        {
            return text;
        }

        if (char.IsAsciiDigit(text[0]) && Facts.DurationText.TryParse(text, out var duration))
        {
            // A duration (45m, 1h30m, 2d 6h) is its number of minutes, as in expressions.
            return ((long)duration.TotalMinutes).ToString(CultureInfo.InvariantCulture);
        }

        return "\"" + text.Replace("\"", string.Empty, StringComparison.Ordinal) + "\"";
    }
}
