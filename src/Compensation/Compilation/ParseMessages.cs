using System.Text.RegularExpressions;
using Compensation.Facts;

namespace Compensation.Compilation;

/// <summary>
/// Turns the expression parser's messages into the manual's terms: what is wrong with the author's
/// expression, what each side of an operator is, and what would work. No message of the parser
/// library, and no type, method or parameter name of the implementation, reaches a diagnostic.
/// </summary>
internal static partial class ParseMessages
{
    private const string SyntaxHint = "check parentheses, quotes and operators (and, or, not, ==, !=, >=, <=, +, -, *, /)";

    /// <summary>A diagnostic (code, message, hint) for the parser's <paramref name="raw"/> message about <paramref name="text"/>, whose problem is near <paramref name="at"/>.</summary>
    public static (string Code, string Message, string Hint) Translate(string text, ref int at, string raw, FactSchema schema)
    {
        var functions = string.Join(", ", FunctionCalls.Names);
        Match m;
        if ((m = IncompatibleOperands().Match(raw)).Success || (m = CompareNotFound().Match(raw)).Success || (m = BinaryNotDefined().Match(raw)).Success)
        {
            return Mismatch(text, ref at, schema, m.Groups["op"].Success ? m.Groups["op"].Value : null, AuthorTerms.KindOfTypeName(m.Groups["a"].Value), AuthorTerms.KindOfTypeName(m.Groups["b"].Value));
        }

        if ((m = IncompatibleOperand().Match(raw)).Success)
        {
            var kind = AuthorTerms.KindOfTypeName(m.Groups["a"].Value);
            return (DiagnosticCodes.ExpressionType, $"'{m.Groups["op"].Value}' cannot be used on {AuthorTerms.A(kind)} in '{text}'", m.Groups["op"].Value is "!" or "not" ? "'not' goes before a yes/no value, e.g. not fuerza_mayor" : "'-' goes before a number");
        }

        if ((m = NotValidValue().Match(raw)).Success)
        {
            // A quoted text compared with a number fact (a table cell read as text, "2 días"…).
            return Mismatch(text, ref at, schema, null, "text", AuthorTerms.KindOfTypeName(m.Groups["type"].Value));
        }

        if ((m = TypeNotFound().Match(raw)).Success || (m = MethodsInaccessible().Match(raw)).Success)
        {
            // Point at the name the author wrote (the parser stops after it).
            var written = text.IndexOf(m.Groups["name"].Value, StringComparison.Ordinal);
            at = written >= 0 ? written : at;
            return (DiagnosticCodes.Sandbox, $"'{text}' reaches outside the manual: only declared facts, numbers, quoted values and the functions {functions} can be used", "write the condition with facts, e.g. delay.days >= 2");
        }

        if (raw.Contains("accessible", StringComparison.Ordinal) || raw.StartsWith("Method '", StringComparison.Ordinal))
        {
            var member = WordAt(text, at);
            return (DiagnosticCodes.Sandbox, $"'{(member.Length > 0 ? member : text)}' cannot be used in a manual: values have no methods; the functions are {functions}", "expressions may only read declared facts and use these functions");
        }

        if ((m = NoApplicableMethod().Match(raw)).Success)
        {
            var name = m.Groups["name"].Value.ToLowerInvariant();
            return FunctionCalls.Names.Contains(name, StringComparer.Ordinal)
                ? (DiagnosticCodes.ExpressionType, $"'{name}' cannot take these values in '{text}'", $"'{name}' works on numbers, e.g. {name}(5 * delay.days, 30)")
                : (DiagnosticCodes.Sandbox, $"'{m.Groups["name"].Value}' is not a function of the manual language; the functions are {functions}", "expressions may only read declared facts and use these functions");
        }

        if (IifArguments().IsMatch(raw))
        {
            return (DiagnosticCodes.FunctionArity, $"'iif' takes 3 values in '{text}'", "iif(condition, value if yes, value if no)");
        }

        if (FirstMustBeBool().IsMatch(raw) || ExpressionTypeMismatch().IsMatch(raw))
        {
            return (DiagnosticCodes.ExpressionType, $"the first value of 'iif' must be a condition (yes/no) in '{text}'", "iif(condition, value if yes, value if no), e.g. iif(tier >= \"oro\", 15, 10)");
        }

        if ((m = IncompatibleTypes().Match(raw)).Success)
        {
            var a = AuthorTerms.KindOfTypeName(m.Groups["a"].Value);
            var b = AuthorTerms.KindOfTypeName(m.Groups["b"].Value);
            return (DiagnosticCodes.ExpressionType, $"'{text}' mixes {AuthorTerms.A(a)} and {AuthorTerms.A(b)} where one kind of value is expected", "the two results of iif must be of the same kind, e.g. iif(tier >= \"oro\", 15, 10)");
        }

        if ((m = CannotConvert().Match(raw)).Success)
        {
            var a = AuthorTerms.KindOfTypeName(m.Groups["a"].Value);
            var b = AuthorTerms.KindOfTypeName(m.Groups["b"].Value);
            return (DiagnosticCodes.ExpressionType, $"{AuthorTerms.A(a)} cannot be used where {AuthorTerms.A(b)} is expected in '{text}'", "use values of the same kind on both sides");
        }

        if ((m = UnknownIdentifier().Match(raw)).Success)
        {
            var visible = schema.Facts.Select(f => f.Name).ToList();
            return (DiagnosticCodes.UnknownFact, $"unknown name '{m.Groups["name"].Value}' in '{text}'", Diagnostics.Suggestions.DidYouMean(m.Groups["name"].Value, visible).Replace("valid values are", "facts are", StringComparison.Ordinal));
        }

        if (raw.StartsWith("Digit expected", StringComparison.Ordinal) || raw.StartsWith("Invalid integer literal", StringComparison.Ordinal) || raw.StartsWith("Invalid real literal", StringComparison.Ordinal))
        {
            // Point at the whole word the number is part of ("50eur"), not where the parser gave up.
            var start = Math.Clamp(at, 0, text.Length);
            while (start > 0 && (char.IsAsciiLetterOrDigit(text[start - 1]) || text[start - 1] == '.'))
            {
                start--;
            }

            var end = start;
            while (end < text.Length && (char.IsAsciiLetterOrDigit(text[end]) || text[end] == '.'))
            {
                end++;
            }

            at = start;
            return (DiagnosticCodes.ExpressionSyntax, $"'{text[start..end]}' is not a number of the manual language in '{text}'", "write numbers with digits and a decimal point, e.g. 50 or 41.95 (durations as 45m, 3h, 2d)");
        }

        var syntax = raw switch
        {
            _ when raw.StartsWith("Unterminated string literal", StringComparison.Ordinal) || raw.StartsWith("Unexpected end of string", StringComparison.Ordinal) => "a quoted value is not closed",
            _ when raw.StartsWith("Expression expected", StringComparison.Ordinal) => "a value is missing here",
            _ when raw.StartsWith("')' or operator expected", StringComparison.Ordinal) => "expected an operator (and, or, ==, >=, +…) or ')' here",
            _ when raw.StartsWith("')' or ',' expected", StringComparison.Ordinal) => "expected ',' or ')' here",
            _ when raw.StartsWith("')' expected", StringComparison.Ordinal) => "a '(' is not closed",
            _ when raw.StartsWith("'(' expected", StringComparison.Ordinal) => "expected '(' here",
            _ when raw.StartsWith("Identifier expected", StringComparison.Ordinal) => "expected a fact name here",
            _ when raw.StartsWith("Digit expected", StringComparison.Ordinal) || raw.StartsWith("Invalid integer literal", StringComparison.Ordinal) || raw.StartsWith("Invalid real literal", StringComparison.Ordinal) => "this number cannot be read",
            _ when raw.StartsWith("Syntax error", StringComparison.Ordinal) => "this character is not part of the manual language",
            _ when raw.StartsWith("':' expected", StringComparison.Ordinal) => "expected ':' here",
            _ when raw.StartsWith("No 'it' is in scope", StringComparison.Ordinal) || raw.StartsWith("No 'parent'", StringComparison.Ordinal) || raw.StartsWith("No 'root'", StringComparison.Ordinal) => "this word is not part of the manual language",
            _ => null,
        };
        var near = at >= 0 && at < text.Length ? $" at '{Excerpt(text, at)}'" : " at its end";
        return syntax is not null
            ? (DiagnosticCodes.ExpressionSyntax, $"cannot read '{text}': {syntax}{near}", SyntaxHint)
            : (DiagnosticCodes.ExpressionSyntax, $"cannot read '{text}'{near}", SyntaxHint);
    }

    private static string WordAt(string text, int at)
    {
        var start = Math.Clamp(at, 0, text.Length);
        var end = start;
        while (end < text.Length && (char.IsAsciiLetterOrDigit(text[end]) || text[end] == '_'))
        {
            end++;
        }

        return text[start..end];
    }

    private static string Excerpt(string text, int at)
    {
        var end = Math.Min(text.Length, at + 12);
        return text[at..end] + (end < text.Length ? "…" : string.Empty);
    }

    /// <summary>Two sides of an operator that do not go together: says what each is and what would work.</summary>
    private static (string Code, string Message, string Hint) Mismatch(string text, ref int at, FactSchema schema, string? op, string leftKind, string rightKind)
    {
        if (AuthorTerms.OperatorNear(text, at, schema) is { } found)
        {
            var suffixed = new[] { found.Left.Text, found.Right.Text }.FirstOrDefault(t => t.Length > 1 && char.IsAsciiDigit(t[0]) && char.IsAsciiLetter(t[^1]));
            if (suffixed is not null)
            {
                at = Math.Max(0, text.IndexOf(suffixed, StringComparison.Ordinal));
                return (DiagnosticCodes.ExpressionSyntax, $"'{suffixed}' is not a number of the manual language in '{text}'", "write numbers without a letter after them, e.g. 1 or 1.5");
            }

            var left = found.Left.Kind ?? leftKind;
            var right = found.Right.Kind ?? rightKind;
            var fact = found.Left.Fact ?? found.Right.Fact;
            var hint = fact is not null ? AuthorTerms.CompareHint(fact, found.Operator) : "use values of the same kind on both sides";
            return (DiagnosticCodes.ExpressionType, $"'{text}' {Verb(found.Operator)} {AuthorTerms.A(left)} ('{found.Left.Text}') with {AuthorTerms.A(right)} ('{found.Right.Text}')", hint);
        }

        return (DiagnosticCodes.ExpressionType, $"'{text}' {Verb(op)} {AuthorTerms.A(leftKind)} with {AuthorTerms.A(rightKind)}", "use values of the same kind on both sides");
    }

    private static string Verb(string? op) => op switch
    {
        "+" => "adds",
        "-" => "subtracts",
        "*" => "multiplies",
        "/" or "%" => "divides",
        _ => "compares",
    };

    [GeneratedRegex(@"Operator '(?<op>[^']+)' incompatible with operand types '(?<a>[^']+)' and '(?<b>[^']+)'")]
    private static partial Regex IncompatibleOperands();

    [GeneratedRegex(@"The binary operator [A-Za-z]+ is not defined for the types '(?<a>[^']+)' and '(?<b>[^']+)'")]
    private static partial Regex BinaryNotDefined();

    [GeneratedRegex(@"Operator '(?<op>[^']+)' incompatible with operand type '(?<a>[^']+)'")]
    private static partial Regex IncompatibleOperand();

    [GeneratedRegex(@"Method '[^']+' not found on type '(?<a>[^']+)' or '(?<b>[^']+)'")]
    private static partial Regex CompareNotFound();

    [GeneratedRegex(@"is not a valid value for (?<type>[A-Za-z0-9]+)")]
    private static partial Regex NotValidValue();

    [GeneratedRegex(@"Type '(?<name>[^']+)' not found")]
    private static partial Regex TypeNotFound();

    [GeneratedRegex(@"Methods on type '(?<name>[^']+)' are not accessible")]
    private static partial Regex MethodsInaccessible();

    [GeneratedRegex(@"No applicable method '(?<name>[^']+)' exists")]
    private static partial Regex NoApplicableMethod();

    [GeneratedRegex(@"The 'iif' function requires three arguments")]
    private static partial Regex IifArguments();

    [GeneratedRegex(@"The first expression must be of type")]
    private static partial Regex FirstMustBeBool();

    [GeneratedRegex(@"Expression of type '[^']+' expected")]
    private static partial Regex ExpressionTypeMismatch();

    [GeneratedRegex(@"(?:Types|Neither of the types|Both of the types) '(?<a>[^']+)' and '(?<b>[^']+)'")]
    private static partial Regex IncompatibleTypes();

    [GeneratedRegex(@"A value of type '(?<a>[^']+)' cannot be converted to type '(?<b>[^']+)'")]
    private static partial Regex CannotConvert();

    [GeneratedRegex(@"Unknown identifier '(?<name>[^']+)'")]
    private static partial Regex UnknownIdentifier();
}
