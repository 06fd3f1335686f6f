using System.Globalization;
using System.Linq.Dynamic.Core;
using System.Linq.Dynamic.Core.Exceptions;
using System.Linq.Expressions;
using System.Text.RegularExpressions;
using Compensation.Diagnostics;
using Compensation.Documents;
using Compensation.Facts;

namespace Compensation.Compilation;

/// <summary>
/// Parses manual expressions with System.Linq.Dynamic.Core over the declared facts only, checks
/// them against the sandbox, rewrites them onto the frame and compiles them to delegates.
/// Every problem becomes a diagnostic at the expression's file, line and column.
/// </summary>
internal sealed partial class ExpressionCompiler(FactSchema schema, DiagnosticBag diagnostics, ManualLoadOptions options, ManualCalendar calendar)
{
    private const int MaxNesting = 40;

    private static readonly ParsingConfig Config = new()
    {
        IsCaseSensitive = true,
        AllowNewToEvaluateAnyType = false,
        DisallowNewKeyword = true,
        ResolveTypesBySimpleName = false,
        SupportEnumerationsFromSystemNamespace = false,
        SupportCastingToFullyQualifiedTypeAsString = false,
        PrioritizePropertyOrFieldOverTheType = true,
        AllowEqualsAndToStringMethodsOnObject = false,
        DisableMemberAccessToIndexAccessorFallback = true,
        LoadAdditionalAssembliesFromCurrentDomainBaseDirectory = false,
        NumberParseCulture = CultureInfo.InvariantCulture,
        CustomTypeProvider = new NoCustomTypes(),
    };

    private readonly ParameterExpression _frame = Expression.Parameter(typeof(FactFrame), "frame");

    /// <summary>Conditions parts already compiled, by text and number of visible facts (expression trees are immutable and shareable).</summary>
    private readonly Dictionary<(string Text, int Facts), ConditionPart> _conjuncts = [];

    /// <summary>Number formulas already compiled, by text and number of visible facts (delegates are stateless and shareable).</summary>
    private readonly Dictionary<(string Text, int Facts), CompiledFormula<decimal>> _formulas = [];

    /// <summary>Derived facts set by a rule set that is not visible yet: name → the rule set that sets it.</summary>
    public Dictionary<string, string> LaterFacts { get; } = new(StringComparer.Ordinal);

    /// <summary>Derived facts that depend on each other in a cycle (already reported as one diagnostic).</summary>
    public HashSet<string> CyclicFacts { get; } = new(StringComparer.Ordinal);

    /// <summary>Compiles a condition into its top-level parts; null when it has errors (already reported).</summary>
    public List<ConditionPart>? Condition(Scalar source)
    {
        var parts = new List<ConditionPart>();
        var ok = true;
        if (source.Text.Length > options.MaxExpressionLength)
        {
            // Checked before splitting into 'and' parts, each of which could be short.
            Report(source, 0, new SandboxViolation(DiagnosticCodes.LimitExceeded, $"the expression has {source.Text.Length} characters; the limit is {options.MaxExpressionLength}", "split it into derived facts set by an earlier rule set"));
            return null;
        }

        foreach (var (text, offset) in ExpressionText.SplitConjuncts(source.Text))
        {
            // The same test (failure == "retraso", tier >= "oro"...) recurs in many rules: parse it once per set of visible facts.
            var key = (text, schema.Facts.Count);
            if (_conjuncts.TryGetValue(key, out var known))
            {
                parts.Add(new ConditionPart { Text = text, Location = source.At(offset), Lambda = known.Lambda, Body = known.Body, Reads = known.Reads, Restriction = known.Restriction });
                continue;
            }

            var rewriter = default(SandboxRewriter);
            var body = Parse(source, text, offset, ref rewriter);
            if (body is null)
            {
                ok = false;
                continue;
            }

            if (body.Type != typeof(bool))
            {
                Report(source, offset, new SandboxViolation(DiagnosticCodes.ExpressionType, $"the condition '{text}' is a {Describe(body.Type)}, not true/false", "compare it, as in 'delay.days >= 2'"));
                ok = false;
                continue;
            }

            var part = new ConditionPart
            {
                Text = text,
                Location = source.At(offset),
                Lambda = Expression.Lambda<Func<FactFrame, bool>>(body, _frame),
                Body = body,
                Reads = rewriter!.Reads.Distinct().ToList(),
                Restriction = rewriter.RootRestriction,
            };
            parts.Add(part);
            _conjuncts[key] = part;
        }

        return ok ? parts : null;
    }

    /// <summary>A value written per currency names each of the manual's currencies once, and no other.</summary>
    private bool CurrenciesCovered(Scalar source, IReadOnlyList<Scalar> written)
    {
        var ok = true;
        var currencies = schema.Currency.Values;
        foreach (var key in written.Where(k => !currencies.Contains(k.Text)))
        {
            diagnostics.Error(DiagnosticCodes.UnknownCatalogValue, key.Location, $"'{key.Text}' is not one of the manual's currencies ({string.Join(", ", currencies)})", "declare it in 'currencies:', or remove it");
            ok = false;
        }

        foreach (var missing in currencies.Where(c => !written.Any(k => k.Text == c)))
        {
            diagnostics.Error(DiagnosticCodes.InvalidValue, source.Location, $"no value for {missing}: the manual decides in {string.Join(", ", currencies)}", $"add '{missing}: …' to the amounts");
            ok = false;
        }

        return ok;
    }

    /// <summary>All parts of a rule's condition in one delegate (the fast path); null when there is no condition.</summary>
    public Func<FactFrame, bool>? Combine(IReadOnlyList<ConditionPart> parts)
        => parts.Count == 0 ? null : DelegateCompiler.Compile(Expression.Lambda<Func<FactFrame, bool>>(parts.Skip(1).Aggregate(parts[0].Body, (all, part) => Expression.AndAlso(all, part.Body)), _frame));

    /// <summary>Compiles a formula whose value is a number (an amount, a percentage, a cap).</summary>
    public CompiledFormula<decimal>? Number(Scalar source)
    {
        if (source.CurrencyKeys is { } written && !CurrenciesCovered(source, written))
        {
            return null;
        }

        var key = (source.Text, schema.Facts.Count);
        if (_formulas.TryGetValue(key, out var known))
        {
            return new CompiledFormula<decimal> { Source = source, Evaluate = known.Evaluate, Reads = known.Reads, Body = known.Body }; // the same delegate, this formula's position
        }

        var rewriter = default(SandboxRewriter);
        var body = Parse(source, source.Text, 0, ref rewriter);
        if (body is null)
        {
            return null;
        }

        if (body.Type != typeof(decimal) && body.Type != typeof(int) && body.Type != typeof(long))
        {
            Report(source, 0, new SandboxViolation(DiagnosticCodes.ExpressionType, $"'{source.Text}' is a {Describe(body.Type)}, not a number", "write a number or a formula such as 'min(5 * delay.days, 30)'"));
            return null;
        }

        var lambda = Expression.Lambda<Func<FactFrame, decimal>>(Expression.Convert(body, typeof(decimal)), _frame);
        var formula = new CompiledFormula<decimal> { Source = source, Evaluate = DelegateCompiler.Compile(lambda), Reads = rewriter!.Reads.Distinct().ToList(), Body = body };
        _formulas[key] = formula;
        return formula;
    }

    /// <summary>Compiles the value of a <c>set:</c>; returns its type so a new derived fact can be declared.</summary>
    public (LambdaExpression Body, FactType Type)? Value(Scalar source)
    {
        var rewriter = default(SandboxRewriter);
        var body = Parse(source, source.Text, 0, ref rewriter);
        if (body is null)
        {
            return null;
        }

        FactType? type = body.Type == typeof(bool) ? FactType.Boolean
            : body.Type == typeof(int) || body.Type == typeof(long) ? FactType.Integer
            : body.Type == typeof(decimal) ? FactType.Decimal
            : null;
        if (type is null)
        {
            Report(source, 0, new SandboxViolation(DiagnosticCodes.ExpressionType, $"'{source.Text}' is a {Describe(body.Type)}; a fact can hold a number or true/false"));
            return null;
        }

        return (Expression.Lambda(body, _frame), type.Value);
    }

    /// <summary>Compiles a <c>set:</c> into an assignment of the frame slot.</summary>
    public Action<FactFrame> Assignment(FactDefinition fact, LambdaExpression value)
    {
        var (array, type) = fact.Type switch
        {
            FactType.Decimal => (nameof(FactFrame.Decimals), typeof(decimal)),
            FactType.Boolean => (nameof(FactFrame.Bools), typeof(bool)),
            _ => (nameof(FactFrame.Ints), typeof(int)),
        };
        var slot = Expression.ArrayAccess(Expression.Property(_frame, array), Expression.Constant(fact.Slot));
        var body = Expression.Assign(slot, value.Body.Type == type ? value.Body : Expression.ConvertChecked(value.Body, type));
        return DelegateCompiler.Compile(Expression.Lambda<Action<FactFrame>>(body, _frame));
    }

    private Expression? Parse(Scalar source, string text, int offset, ref SandboxRewriter? rewriter)
    {
        if (text.Length > options.MaxExpressionLength || Nesting(text) > MaxNesting)
        {
            Report(source, offset, new SandboxViolation(DiagnosticCodes.LimitExceeded, text.Length > options.MaxExpressionLength ? $"the expression has {text.Length} characters; the limit is {options.MaxExpressionLength}" : $"the expression nests parentheses deeper than {MaxNesting}", "split it into derived facts set by an earlier rule set"));
            return null;
        }

        if (FunctionCalls.Check(text) is { } call)
        {
            Report(source, offset, call, text);
            return null;
        }

        var (prepared, offsets) = ExpressionText.Prepare(text);
        var root = Expression.Parameter(schema.ParameterType(), string.Empty);
        LambdaExpression lambda;
        try
        {
            lambda = DynamicExpressionParser.ParseLambda(Config, [root], null, prepared);
        }
        catch (ParseException ex)
        {
            var at = ex.Position >= 0 && ex.Position < offsets.Length ? offsets[ex.Position] : ex.Position >= offsets.Length ? text.Length : 0; // past the end: the text stops too early
            ReportParse(source, text, offset + at, offset, ex.Message);
            return null;
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or NotSupportedException or InvalidCastException or OverflowException or FormatException)
        {
            ReportParse(source, text, offset, offset, ex.Message);
            return null;
        }

        rewriter = new SandboxRewriter(schema, root, _frame, calendar);
        try
        {
            return rewriter.Visit(lambda.Body);
        }
        catch (SandboxViolation violation)
        {
            Report(source, offset, violation, text);
            return null;
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException)
        {
            _ = ex;
            Report(source, offset, new SandboxViolation(DiagnosticCodes.ExpressionType, $"'{text}' mixes values that cannot be combined", "use values of the same kind on both sides of each operator"));
            return null;
        }
    }

    private void ReportParse(Scalar source, string text, int at, int offset, string message)
    {
        var unknown = UnknownMember().Match(message);
        if (unknown.Success)
        {
            var name = unknown.Groups[1].Value;
            var full = FullName(text, name);
            if (CyclicFacts.Contains(full) || CyclicFacts.Contains(name))
            {
                return; // part of a cycle of derived facts, reported once with its rules
            }

            if (LaterFacts.TryGetValue(full, out var ruleSet) || LaterFacts.TryGetValue(name, out ruleSet))
            {
                diagnostics.Error(DiagnosticCodes.FactOrder, source.At(at), $"'{full}' is set by rule set '{ruleSet}', which does not run before this one", $"read '{full}' only in rule sets after '{ruleSet}'");
                return;
            }

            var visible = schema.Facts.Select(f => f.Name).ToList();
            diagnostics.Error(DiagnosticCodes.UnknownFact, source.At(at), $"unknown fact '{full}'", Suggestions.DidYouMean(full, visible).Replace("valid values are", "facts are", StringComparison.Ordinal));
            return;
        }

        var relative = Math.Clamp(at - offset, 0, text.Length);
        var (code, translated, hint) = ParseMessages.Translate(text, ref relative, message, schema);
        diagnostics.Error(code, source.At(offset + relative), translated, hint);
    }

    private void Report(Scalar source, int offset, SandboxViolation violation, string? text = null)
    {
        var at = offset;
        if (violation.Near is not null && text is not null)
        {
            var index = text.IndexOf(violation.Near, StringComparison.Ordinal);
            at = index >= 0 ? offset + index : offset;
        }

        diagnostics.Error(violation.Code, source.At(at), violation.Message, violation.Hint);
    }

    private static string FullName(string text, string member)
    {
        var match = Regex.Match(text, @"[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*\." + Regex.Escape(member) + @"\b");
        return match.Success ? match.Value : member;
    }

    private static int Nesting(string text)
    {
        int depth = 0, max = 0;
        foreach (var c in text)
        {
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            max = Math.Max(max, depth);
        }

        return max;
    }

    private static string Describe(Type type) => AuthorTerms.Kind(type) switch
    {
        "yes/no value" => "true/false value",
        var kind => kind,
    };

    [GeneratedRegex("No property or field '([^']+)' exists")]
    private static partial Regex UnknownMember();
}
