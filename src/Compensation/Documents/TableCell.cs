using System.Globalization;

namespace Compensation.Documents;

/// <summary>
/// Turns a decision-table cell into a condition on its column:
/// <c>-</c> (any), <c>value</c>, <c>&gt;= value</c>, <c>a..b</c>, <c>a, b</c>, or <c>{ expression }</c>.
/// </summary>
internal static class TableCell
{
    private static readonly string[] Operators = [">=", "<=", "!=", "==", ">", "<"];

    /// <summary>The condition, or null for a cell that matches anything.</summary>
    public static string? ToExpression(string column, string cell)
    {
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
                return $"{column} {op} {Literal(text[op.Length..])}";
            }
        }

        var range = text.IndexOf("..", StringComparison.Ordinal);
        if (range > 0)
        {
            return $"({column} >= {Literal(text[..range])} and {column} <= {Literal(text[(range + 2)..])})";
        }

        if (text.Contains(',', StringComparison.Ordinal))
        {
            var items = text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(Literal);
            return $"{column} in ({string.Join(", ", items)})";
        }

        return $"{column} == {Literal(text)}";
    }

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
