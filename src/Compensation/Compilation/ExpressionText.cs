using System.Text;

namespace Compensation.Compilation;

/// <summary>
/// Lexical work on an expression before Dynamic LINQ parses it: the manual's function names
/// (min, max, round, abs) map to their whitelisted implementations, literals with a decimal point
/// are decimals (money is never binary floating point), single quotes become double quotes,
/// and a condition is split into its top-level <c>and</c> parts so each can be explained.
/// </summary>
internal static class ExpressionText
{
    private static readonly Dictionary<string, string> Functions = new(StringComparer.Ordinal)
    {
        ["min"] = "Math.Min",
        ["max"] = "Math.Max",
        ["abs"] = "Math.Abs",
        ["round"] = nameof(ManualFunctions) + "." + nameof(ManualFunctions.Round),
        ["floor"] = nameof(ManualFunctions) + "." + nameof(ManualFunctions.Floor),
        ["ceil"] = nameof(ManualFunctions) + "." + nameof(ManualFunctions.Ceil),
        ["days_between"] = nameof(ManualFunctions) + "." + nameof(ManualFunctions.DaysBetween),
        ["hours_between"] = nameof(ManualFunctions) + "." + nameof(ManualFunctions.HoursBetween),
        ["minutes_between"] = nameof(ManualFunctions) + "." + nameof(ManualFunctions.MinutesBetween),
        ["weekday"] = nameof(ManualFunctions) + "." + nameof(ManualFunctions.Weekday),
        ["hour_of_day"] = nameof(ManualFunctions) + "." + nameof(ManualFunctions.HourOfDay),
        ["date"] = nameof(ManualFunctions) + "." + nameof(ManualFunctions.Date),
        ["working_days_between"] = nameof(ManualFunctions) + "." + nameof(ManualFunctions.WorkingDaysBetween),
        ["working_hours_between"] = nameof(ManualFunctions) + "." + nameof(ManualFunctions.WorkingHoursBetween),
        ["add_working_days"] = nameof(ManualFunctions) + "." + nameof(ManualFunctions.AddWorkingDays),
    };

    /// <summary>The manual language's function names (reserved: no fact may take them).</summary>
    public static IEnumerable<string> FunctionNames => Functions.Keys.Append("iif");

    /// <summary>The text to parse, and for each of its characters the offset in the original text.</summary>
    public static (string Text, int[] Offsets) Prepare(string text)
    {
        var output = new StringBuilder(text.Length + 16);
        var offsets = new List<int>(text.Length + 16);
        void Emit(string s, int at)
        {
            output.Append(s);
            for (var k = 0; k < s.Length; k++)
            {
                offsets.Add(at);
            }
        }

        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c is '"' or '\'')
            {
                var end = text.IndexOf(c, i + 1);
                end = end < 0 ? text.Length - 1 : end;
                var body = text.Substring(i + 1, Math.Max(0, end - i - (end < text.Length && text[end] == c ? 1 : 0)));
                Emit("\"" + body.Replace("\"", string.Empty, StringComparison.Ordinal) + "\"", i);
                i = end + 1;
            }
            else if (char.IsAsciiDigit(c) && (i == 0 || !IsIdentifierChar(text[i - 1])))
            {
                var start = i;
                while (i < text.Length && char.IsAsciiDigit(text[i]))
                {
                    i++;
                }

                if (DurationLiteral(text, start, out var end, out var minutes))
                {
                    // 45m, 3h, 1h30m, 2d, 1w in an expression: a duration, which the language reads as its minutes.
                    Emit(minutes.ToString(System.Globalization.CultureInfo.InvariantCulture), start);
                    i = end;
                    continue;
                }

                var real = i + 1 < text.Length && text[i] == '.' && char.IsAsciiDigit(text[i + 1]);
                if (real)
                {
                    i++;
                    while (i < text.Length && char.IsAsciiDigit(text[i]))
                    {
                        i++;
                    }
                }

                Emit(text[start..i] + (real && (i >= text.Length || !char.IsAsciiLetter(text[i])) ? "m" : string.Empty), start);
            }
            else if (char.IsAsciiLetter(c) || c == '_')
            {
                var start = i;
                while (i < text.Length && IsIdentifierChar(text[i]))
                {
                    i++;
                }

                var word = text[start..i];
                var previous = LastNonSpace(text, start - 1);
                Emit(Functions.TryGetValue(word, out var function) && NextNonSpace(text, i) == '(' && previous != '.' ? function : word, start);
            }
            else
            {
                Emit(c.ToString(), i);
                i++;
            }
        }

        return (output.ToString(), [.. offsets]);
    }

    /// <summary>
    /// The top-level <c>and</c> parts of a condition with their offsets; the whole text as one part
    /// when it has a top-level <c>or</c> or <c>?</c> (splitting would change its meaning).
    /// </summary>
    public static List<(string Text, int Offset)> SplitConjuncts(string text)
    {
        var cuts = new List<(int Start, int Length)>();
        var depth = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c is '"' or '\'')
            {
                var end = text.IndexOf(c, i + 1);
                i = end < 0 ? text.Length : end + 1;
                continue;
            }

            if (c == '(')
            {
                depth++;
            }
            else if (c == ')')
            {
                depth--;
            }
            else if (depth == 0)
            {
                if (c == '?' || Matches(text, i, "||") || Word(text, i, "or"))
                {
                    return [(text, 0)];
                }

                if (Matches(text, i, "&&"))
                {
                    cuts.Add((i, 2));
                    i += 2;
                    continue;
                }

                if (Word(text, i, "and"))
                {
                    cuts.Add((i, 3));
                    i += 3;
                    continue;
                }
            }

            if (char.IsAsciiLetter(c) || c == '_')
            {
                while (i < text.Length && IsIdentifierChar(text[i]))
                {
                    i++;
                }

                continue;
            }

            i++;
        }

        var parts = new List<(string Text, int Offset)>();
        var from = 0;
        foreach (var (start, length) in cuts.Append((text.Length, 0)))
        {
            var part = text[from..start];
            var trimmedStart = part.Length - part.TrimStart().Length;
            if (part.Trim().Length > 0)
            {
                parts.Add((part.Trim(), from + trimmedStart));
            }

            from = start + length;
        }

        return parts.Count == 0 ? [(text, 0)] : parts;
    }

    /// <summary>A duration written without spaces (<c>45m</c>, <c>1h30m</c>, <c>2d6h</c>, <c>1w</c>) starting at <paramref name="start"/>.</summary>
    private static bool DurationLiteral(string text, int start, out int end, out long minutes)
    {
        end = start;
        minutes = 0;
        var i = start;
        var units = 0;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            var numberStart = i;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                i++;
            }

            if (i >= text.Length || text[i] is not ('w' or 'd' or 'h' or 'm') || i - numberStart > 9)
            {
                return false;
            }

            var unit = text[i++];
            if (i < text.Length && IsIdentifierChar(text[i]) && !char.IsAsciiDigit(text[i]))
            {
                return false; // "2min" or "3days": not a duration literal
            }

            var value = long.Parse(text.AsSpan(numberStart, i - 1 - numberStart), System.Globalization.CultureInfo.InvariantCulture);
            minutes += unit switch { 'w' => value * 7 * 1440, 'd' => value * 1440, 'h' => value * 60, _ => value };
            units++;
            end = i;
        }

        return units > 0 && (end >= text.Length || !IsIdentifierChar(text[end])) && minutes <= (long)Facts.DurationText.Max.TotalMinutes;
    }

    private static bool IsIdentifierChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';

    private static bool Matches(string text, int at, string token) => string.CompareOrdinal(text, at, token, 0, token.Length) == 0;

    private static bool Word(string text, int at, string word)
        => Matches(text, at, word)
           && (at == 0 || !IsIdentifierChar(text[at - 1]))
           && (at + word.Length >= text.Length || !IsIdentifierChar(text[at + word.Length]));

    private static char NextNonSpace(string text, int from)
    {
        for (var i = from; i < text.Length; i++)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                return text[i];
            }
        }

        return '\0';
    }

    private static char LastNonSpace(string text, int from)
    {
        for (var i = from; i >= 0; i--)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                return text[i];
            }
        }

        return '\0';
    }
}
