namespace Compensation.Compilation;

/// <summary>
/// Checks the function calls written in an expression before it is parsed: an unknown function is
/// reported with the list of functions, and a known one called with the wrong number of values says
/// how many it takes ("max takes 2 values, got 3").
/// </summary>
internal static class FunctionCalls
{
    /// <summary>How many values each function takes (least, most); functions not listed are not counted.</summary>
    private static readonly Dictionary<string, (int Least, int Most)> Arity = new(StringComparer.Ordinal)
    {
        ["min"] = (2, 2),
        ["max"] = (2, 2),
        ["abs"] = (1, 1),
        ["round"] = (1, 2),
        ["floor"] = (1, 2),
        ["ceil"] = (1, 2),
        ["iif"] = (3, 3),
    };

    /// <summary>Words followed by '(' that are not calls.</summary>
    private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal) { "and", "or", "not", "in", "new", "is", "as" };

    /// <summary>The functions of the manual language, sorted.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. ExpressionText.FunctionNames.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    /// <summary>The first problem with a call in <paramref name="text"/>, or null.</summary>
    public static SandboxViolation? Check(string text)
    {
        var i = 0;
        string? previousWord = null;
        var previousChar = '\0';
        while (i < text.Length)
        {
            var c = text[i];
            if (c is '"' or '\'')
            {
                var end = text.IndexOf(c, i + 1);
                i = end < 0 ? text.Length : end + 1;
                previousChar = c;
                previousWord = null;
                continue;
            }

            if (!(char.IsAsciiLetter(c) || c == '_'))
            {
                if (!char.IsWhiteSpace(c))
                {
                    previousChar = c;
                    previousWord = null;
                }

                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] == '_'))
            {
                i++;
            }

            var word = text[start..i];
            var next = i;
            while (next < text.Length && char.IsWhiteSpace(text[next]))
            {
                next++;
            }

            var isCall = next < text.Length && text[next] == '(' && previousChar != '.' && previousWord != "new" && !Keywords.Contains(word);
            if (isCall)
            {
                if (!Names.Contains(word, StringComparer.Ordinal))
                {
                    var nearest = Diagnostics.Suggestions.Nearest(word, Names);
                    return new SandboxViolation(
                        DiagnosticCodes.Sandbox,
                        $"unknown function '{word}'; the functions are {string.Join(", ", Names)}",
                        nearest is null ? "expressions may only read declared facts and use these functions" : $"did you mean '{nearest}'?",
                        word);
                }

                if (Arity.TryGetValue(word, out var arity))
                {
                    var count = CountArguments(text, next);
                    if (count is { } got && (got < arity.Least || got > arity.Most))
                    {
                        var takes = arity.Least == arity.Most ? $"{arity.Least}" : $"{arity.Least} or {arity.Most}";
                        return new SandboxViolation(DiagnosticCodes.FunctionArity, $"'{word}' takes {takes} value{(arity.Most == 1 ? string.Empty : "s")}, got {got}", ArityHint(word), word);
                    }
                }
            }

            previousWord = word;
            previousChar = 'a';
        }

        return null;
    }

    private static string ArityHint(string function) => function switch
    {
        "min" or "max" => $"for more values nest the calls, e.g. {function}({function}(a, b), c)",
        "round" or "floor" or "ceil" => $"{function}(x) gives a whole number, {function}(x, 2) keeps two decimals",
        "iif" => "iif(condition, value if yes, value if no)",
        "abs" => "abs(x) is x without its sign",
        _ => "check the commas between the values",
    };

    /// <summary>The number of top-level values between the parenthesis at <paramref name="open"/> and its match; null when unclosed.</summary>
    private static int? CountArguments(string text, int open)
    {
        var depth = 0;
        var commas = 0;
        var empty = true;
        for (var i = open; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '"' or '\'')
            {
                var end = text.IndexOf(c, i + 1);
                if (end < 0)
                {
                    return null;
                }

                i = end;
                empty = false;
                continue;
            }

            if (c == '(')
            {
                depth++;
                if (depth > 1)
                {
                    empty = false;
                }
            }
            else if (c == ')')
            {
                if (--depth == 0)
                {
                    return empty ? 0 : commas + 1;
                }
            }
            else if (c == ',' && depth == 1)
            {
                commas++;
            }
            else if (!char.IsWhiteSpace(c))
            {
                empty = false;
            }
        }

        return null;
    }
}
