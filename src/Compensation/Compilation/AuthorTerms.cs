using System.Globalization;
using Compensation.Facts;

namespace Compensation.Compilation;

/// <summary>
/// Names kinds of values as a policy author knows them (tier, failure kind, number, whole number,
/// yes/no, date, duration) — never as the implementation's types — and reads the operands of an
/// expression's text so a diagnostic can say what each side of an operator is.
/// </summary>
internal static class AuthorTerms
{
    /// <summary>The kind of a declared fact, in the manual's words.</summary>
    public static string Kind(FactDefinition fact) => fact.Type switch
    {
        FactType.Integer => "whole number",
        FactType.Decimal => "number",
        FactType.Boolean => "yes/no value",
        _ => fact.Name switch
        {
            "tier" => "tier",
            "failure" => "failure kind",
            "cause" => "cause",
            _ => $"value of '{fact.Name}'",
        },
    };

    /// <summary>The kind of a value of an implementation type, in the manual's words.</summary>
    public static string Kind(Type type)
    {
        var target = Nullable.GetUnderlyingType(type) ?? type;
        return target == typeof(bool) ? "yes/no value"
            : target == typeof(int) || target == typeof(long) || target == typeof(short) || target == typeof(byte) ? "whole number"
            : target == typeof(decimal) || target == typeof(double) || target == typeof(float) ? "number"
            : target == typeof(string) ? "text"
            : target == typeof(DateTimeOffset) || target == typeof(DateTime) || target == typeof(DateOnly) || target == typeof(NodaTime.Instant) ? "date"
            : target == typeof(TimeSpan) || target == typeof(NodaTime.Duration) ? "duration"
            : "value";
    }

    /// <summary>The kind of a value named by its implementation type's short name (as parser messages give it).</summary>
    public static string KindOfTypeName(string name)
    {
        var bare = name.Replace("System.", string.Empty, StringComparison.Ordinal).Replace("Nullable`1[", string.Empty, StringComparison.Ordinal).TrimEnd(']', '?');
        return bare switch
        {
            "Boolean" or "bool" => "yes/no value",
            "Int32" or "Int64" or "Int16" or "Byte" or "int" or "long" => "whole number",
            "Decimal" or "Double" or "Single" or "decimal" or "double" => "number",
            "String" or "string" => "text",
            "DateTimeOffset" or "DateTime" or "DateOnly" or "Instant" or "NodaTime.Instant" => "date",
            "TimeSpan" or "Duration" or "NodaTime.Duration" => "duration",
            _ => "value",
        };
    }

    /// <summary>With the indefinite article: "a tier", "an hour".</summary>
    public static string A(string kind) => (kind.Length > 0 && "aeiou".Contains(kind[0], StringComparison.Ordinal) ? "an " : "a ") + kind;

    /// <summary>One operand of an operator as written: its text and, when known, its kind and fact.</summary>
    public readonly record struct Operand(string Text, string? Kind, FactDefinition? Fact);

    /// <summary>
    /// The binary operator of <paramref name="text"/> nearest to <paramref name="at"/> (an offset in the
    /// text) and the operands written on each side; null when there is none.
    /// </summary>
    public static (string Operator, Operand Left, Operand Right)? OperatorNear(string text, int at, FactSchema schema)
    {
        var tokens = Tokenize(text);
        var best = -1;
        for (var i = 1; i < tokens.Count - 1; i++)
        {
            if (tokens[i].Kind != TokenKind.Operator || tokens[i].Text is "and" or "or" or "&&" or "||")
            {
                continue;
            }

            if (best < 0 || Math.Abs(tokens[i].Start - at) < Math.Abs(tokens[best].Start - at))
            {
                best = i;
            }
        }

        return best < 0 ? null : (tokens[best].Text, Describe(tokens[best - 1], schema), Describe(tokens[best + 1], schema));
    }

    /// <summary>A hint saying what would work on the other side of a comparison with <paramref name="fact"/>.</summary>
    public static string CompareHint(FactDefinition fact, string op)
    {
        switch (fact.Type)
        {
            case FactType.Catalog:
                var example = fact.Values.Count > 1 ? fact.Values[1] : fact.Values.FirstOrDefault() ?? "valor";
                var usable = fact.Ordered || op is "==" or "!=" ? op : "==";
                var ordered = fact.Ordered ? string.Empty : $" ({A(Kind(fact))} has no order: use == or !=)";
                return $"compare {A(Kind(fact))} with {A(Kind(fact))} name in quotes, e.g. {fact.Name} {usable} \"{example}\"{ordered}";
            case FactType.Boolean:
                return $"'{fact.Name}' is yes or no: write '{fact.Name}' or 'not {fact.Name}'";
            default:
                return $"compare '{fact.Name}' with a number, e.g. {fact.Name} {(op is "==" or "!=" or ">" or ">=" or "<" or "<=" ? op : ">=")} 2";
        }
    }

    private static Operand Describe(Token token, FactSchema schema) => token.Kind switch
    {
        TokenKind.Name when schema.TryGet(token.Text, out var fact) => new Operand(token.Text, Kind(fact), fact),
        TokenKind.Name when token.Text is "true" or "false" => new Operand(token.Text, "yes/no value", null),
        TokenKind.Number => new Operand(token.Text, token.Text.Contains('.', StringComparison.Ordinal) ? "number" : "whole number", null),
        TokenKind.Text => new Operand(token.Text, "text", null),
        _ => new Operand(token.Text, null, null),
    };

    private enum TokenKind
    {
        Name,
        Number,
        Text,
        Operator,
        Other,
    }

    private readonly record struct Token(TokenKind Kind, string Text, int Start);

    private static readonly string[] Operators = ["==", "!=", ">=", "<=", "<>", "&&", "||", ">", "<", "+", "-", "*", "/", "%"];

    private static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c is '"' or '\'')
            {
                var end = text.IndexOf(c, i + 1);
                end = end < 0 ? text.Length - 1 : end;
                tokens.Add(new Token(TokenKind.Text, text[i..(end + 1)], i));
                i = end + 1;
            }
            else if (char.IsAsciiDigit(c))
            {
                var start = i;
                while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] == '.'))
                {
                    i++;
                }

                tokens.Add(new Token(TokenKind.Number, text[start..i], start));
            }
            else if (char.IsAsciiLetter(c) || c == '_')
            {
                var start = i;
                while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] is '_' or '.'))
                {
                    i++;
                }

                var word = text[start..i];
                tokens.Add(word is "and" or "or"
                    ? new Token(TokenKind.Operator, word, start)
                    : new Token(TokenKind.Name, word, start));
            }
            else
            {
                var op = Array.Find(Operators, o => string.CompareOrdinal(text, i, o, 0, o.Length) == 0);
                tokens.Add(op is null ? new Token(TokenKind.Other, c.ToString(CultureInfo.InvariantCulture), i) : new Token(TokenKind.Operator, op, i));
                i += op?.Length ?? 1;
            }
        }

        return tokens;
    }
}
