using System.Globalization;
using System.Linq.Expressions;
using Compensation.Diagnostics;
using Compensation.Facts;

namespace Compensation.Compilation;

/// <summary>
/// Interval analysis of every compiled condition and formula over what the manual declares (fact
/// ranges and defaults, non-negative delays and amounts, the values derived facts are set to, and
/// the rule's own condition). A constant out of range is an error (a percentage outside 0–100, a
/// negative amount, min above max, division by zero); a formula that <em>can</em> divide by zero,
/// exceed 100 % or go negative for some allowed incident is a warning naming incident values that
/// show it. Formulas the analysis does not model (functions it does not know) are not reported.
/// </summary>
internal sealed class FormulaAnalysis(FactSchema schema, DiagnosticBag diagnostics, bool derivedUnknown = false)
{
    /// <summary>The most combinations of fact values tried when looking for an example incident.</summary>
    private const int MaxExamples = 4096;

    private static readonly double[] Probes = [0, 1, 2, 3, 5, 10, 20, 50, 100, 1000, 10000, 100000];

    private readonly Dictionary<FactDefinition, Interval> _derived = new(ReferenceEqualityComparer.Instance);

    /// <summary>The values each derived fact can take, as far as the rules that set it show.</summary>
    public IReadOnlyDictionary<FactDefinition, Interval> DerivedRanges => _derived;

    /// <summary>Records that a rule sets <paramref name="fact"/> to <paramref name="value"/> (under the rule's condition).</summary>
    public void Derived(FactDefinition fact, Expression value, IEnumerable<Expression> conditions)
    {
        var env = Narrow(conditions, new Env());
        var range = Eval(value, env);
        var before = _derived.TryGetValue(fact, out var known) ? known : Interval.Point((double)(fact.Default ?? 0));
        _derived[fact] = before.Union(range);
    }

    /// <summary>Checks a compiled rule's conditions and the formulas of its remedies.</summary>
    public void Check(CompiledRule rule)
    {
        var env = new Env();
        foreach (var part in rule.Parts)
        {
            Divisions(part.Body, env, part.Location, part.Text);
            env = Narrow([part.Body], env);
        }

        if (env.Values.Any(v => v.IsEmpty))
        {
            return; // the condition holds for no incident: nothing it grants can go wrong ('check' reports such rules)
        }

        foreach (var grant in rule.Grants)
        {
            var parameters = grant.Descriptor.Parameters;
            for (var i = 0; i < grant.Formulas.Length; i++)
            {
                var name = i < parameters.Count ? parameters[i].Name : "value";
                Quantity(grant.Formulas[i], name, env, name == "percent");
            }

            Quantity(grant.Min, "min", env, false);
            Quantity(grant.Max, "max", env, false);
            if (grant.Min?.Body is { } min && grant.Max?.Body is { } max)
            {
                var low = Eval(min, env);
                var high = Eval(max, env);
                if (low.Known && high.Known && low.Lo > high.Hi)
                {
                    diagnostics.Error(DiagnosticCodes.ConstantOutOfRange, grant.Min.Source.At(0), $"'min: {grant.Min.Source.Text}' is above 'max: {grant.Max.Source.Text}': the remedy would always be the max", "make min at most max, or remove one of them");
                }
            }
        }
    }

    /// <summary>
    /// The ranges of the numeric and yes/no facts when all <paramref name="conditions"/> hold, or null when
    /// they cannot all hold (some fact's range is empty).
    /// </summary>
    public IReadOnlyDictionary<FactDefinition, Interval>? Meet(IEnumerable<System.Linq.Expressions.Expression> conditions)
    {
        var env = Narrow(conditions, new Env());
        return env.Values.Any(v => v.IsEmpty) ? null : env;
    }

    /// <summary>
    /// Whether the parts of a condition are proven never to hold together: a number fact pushed out of its
    /// range, or a catalogue fact allowed no value (used by 'check' before it says a rule can never fire).
    /// </summary>
    public static bool NeverHolds(IReadOnlyList<ConditionPart> parts, CompiledManual manual)
    {
        var analysis = new FormulaAnalysis(manual.Schema, new DiagnosticBag(), derivedUnknown: true);
        foreach (var (fact, range) in manual.DerivedRanges)
        {
            analysis._derived[fact] = range;
        }

        if (analysis.Meet(parts.Select(p => p.Body)) is null)
        {
            return true;
        }

        var allowed = ConditionPart.AllowedCatalogValues(parts);

        return allowed.Values.Any(mask => !mask.Any(a => a));
    }

    /// <summary>The range of a fact before any condition narrows it.</summary>
    public Interval DeclaredRange(FactDefinition fact) => Range(fact);

    /// <summary>Checks a limit formula (an amount).</summary>
    public void Limit(CompiledFormula<decimal>? formula) => Quantity(formula, "limit", new Env(), false);

    private void Quantity(CompiledFormula<decimal>? formula, string name, Env env, bool percent)
    {
        if (formula?.Body is not { } body)
        {
            return;
        }

        var where = formula.Source.At(0);
        var text = formula.Source.Text;
        if (!Divisions(body, env, where, text))
        {
            return;
        }

        var range = Eval(body, env);
        if (!range.Known || range.IsEmpty)
        {
            return;
        }

        if (range.IsPoint && formula.Reads.Count == 0)
        {
            var value = Format(range.Lo);
            if (percent && range.Lo is < 0 or > 100)
            {
                diagnostics.Error(DiagnosticCodes.ConstantOutOfRange, where, $"'percent: {text}' is {value} %; a percentage is from 0 to 100", range.Lo > 100 ? "write at most 100 (100 % is the whole order)" : "write 0 or more");
            }
            else if (range.Lo < 0)
            {
                diagnostics.Error(DiagnosticCodes.ConstantOutOfRange, where, $"'{name}: {text}' is negative ({value})", $"{name} is 0 or more");
            }

            return;
        }

        if (percent && range.Hi > 100)
        {
            var example = Example(body, env, formula.Reads, r => r.Lo > 100);
            diagnostics.Warning(DiagnosticCodes.FormulaRange, where, $"'percent: {text}' can exceed 100 %{example}", $"cap it, e.g. min({text}, 100), or narrow the rule's condition");
        }
        else if (range.Lo < 0)
        {
            var example = Example(body, env, formula.Reads, r => r.Hi < 0);
            diagnostics.Warning(DiagnosticCodes.FormulaRange, where, $"'{name}: {text}' can be negative{example}", $"keep it at 0 or more, e.g. max({text}, 0)");
        }
    }

    /// <summary>Reports divisions by zero in <paramref name="node"/>; false when one is certain (an error).</summary>
    private bool Divisions(Expression node, Env env, SourceLocation where, string text)
    {
        var ok = true;
        Walk(node, env);
        return ok;

        void Walk(Expression? e, Env scope)
        {
            if (scope.Values.Any(v => v.IsEmpty))
            {
                return; // a branch no incident reaches
            }

            switch (e)
            {
                case null:
                    return;
                case BinaryExpression { NodeType: ExpressionType.AndAlso } both:
                    Walk(both.Left, scope);
                    Walk(both.Right, Narrow([both.Left], scope));
                    return;
                case BinaryExpression { NodeType: ExpressionType.OrElse } either:
                    Walk(either.Left, scope);
                    Walk(either.Right, Narrow([either.Left], scope, positive: false));
                    return;
                case BinaryExpression { NodeType: ExpressionType.Divide or ExpressionType.Modulo } division:
                    Walk(division.Left, scope);
                    Walk(division.Right, scope);
                    var divisor = Eval(division.Right, scope);
                    if (divisor.IsPoint && divisor.Lo == 0)
                    {
                        diagnostics.Error(DiagnosticCodes.ConstantOutOfRange, where, $"'{text}' divides by zero", "divide by a number other than 0");
                        ok = false;
                    }
                    else if (divisor.Known && divisor.Contains(0))
                    {
                        var example = Example(division.Right, scope, Reads(division.Right), r => r.IsPoint && r.Lo == 0, showValue: false);
                        diagnostics.Warning(DiagnosticCodes.FormulaRange, where, $"'{text}' can divide by zero{example}", "guard the divisor: add a condition such as 'delay.days >= 1' to the rule, or write iif(x > 0, y / x, 0)");
                    }

                    return;
                case BinaryExpression binary:
                    Walk(binary.Left, scope);
                    Walk(binary.Right, scope);
                    return;
                case ConditionalExpression conditional:
                    Walk(conditional.Test, scope);
                    Walk(conditional.IfTrue, Narrow([conditional.Test], scope));
                    Walk(conditional.IfFalse, Narrow([conditional.Test], scope, positive: false));
                    return;
                case UnaryExpression unary:
                    Walk(unary.Operand, scope);
                    return;
                case MethodCallExpression call:
                    foreach (var argument in call.Arguments)
                    {
                        Walk(argument, scope);
                    }

                    return;
            }
        }
    }

    /// <summary>The values <paramref name="node"/> can take in <paramref name="env"/>.</summary>
    private Interval Eval(Expression node, Env env)
    {
        node = Unwrap(node);
        switch (node)
        {
            case ConstantExpression { Value: int i }:
                return Interval.Point(i);
            case ConstantExpression { Value: long l }:
                return Interval.Point(l);
            case ConstantExpression { Value: decimal d }:
                return Interval.Point((double)d);
            case ConstantExpression { Value: bool b }:
                return Interval.Point(b ? 1 : 0);
            case BinaryExpression { NodeType: ExpressionType.ArrayIndex } read when Fact(read) is { } fact:
                return env.TryGetValue(fact, out var narrowed) ? narrowed : Range(fact);
            case BinaryExpression { NodeType: ExpressionType.ArrayIndex }:
                return node.Type == typeof(bool) ? Interval.Bool : Interval.Unknown;
            case UnaryExpression { NodeType: ExpressionType.Convert or ExpressionType.ConvertChecked } convert:
                return Eval(convert.Operand, env);
            case UnaryExpression { NodeType: ExpressionType.Negate or ExpressionType.NegateChecked } negate:
                return -Eval(negate.Operand, env);
            case UnaryExpression { NodeType: ExpressionType.UnaryPlus } plus:
                return Eval(plus.Operand, env);
            case BinaryExpression binary:
                var left = Eval(binary.Left, env);
                var right = Eval(binary.Right, env);
                return binary.NodeType switch
                {
                    ExpressionType.Add or ExpressionType.AddChecked => left + right,
                    ExpressionType.Subtract or ExpressionType.SubtractChecked => left - right,
                    ExpressionType.Multiply or ExpressionType.MultiplyChecked => left * right,
                    ExpressionType.Divide => Interval.Divide(left, right),
                    ExpressionType.Modulo => left.Known && right.Known ? new Interval(Math.Min(0, left.Lo), Math.Max(0, Math.Max(Math.Abs(right.Lo), Math.Abs(right.Hi)))) : Interval.Unknown,
                    _ when binary.Type == typeof(bool) => Interval.Bool,
                    _ => Interval.Unknown,
                };
            case ConditionalExpression conditional:
                var yes = Eval(conditional.IfTrue, Narrow([conditional.Test], env));
                var no = Eval(conditional.IfFalse, Narrow([conditional.Test], env, positive: false));
                return yes.IsEmpty ? no : no.IsEmpty ? yes : yes.Union(no);
            case MethodCallExpression call when call.Method.DeclaringType == typeof(Math):
                var args = call.Arguments.Select(a => Eval(a, env)).ToList();
                return (call.Method.Name, args.Count) switch
                {
                    ("Min", 2) => Interval.Min(args[0], args[1]),
                    ("Max", 2) => Interval.Max(args[0], args[1]),
                    ("Abs", 1) => Interval.Abs(args[0]),
                    ("Round", _) when args[0].Known => new Interval(Math.Floor(args[0].Lo), Math.Ceiling(args[0].Hi)),
                    _ => Interval.Unknown,
                };
            default:
                return node.Type == typeof(bool) ? Interval.Bool : Interval.Unknown;
        }
    }

    /// <summary>The declared range of a fact, before any condition narrows it.</summary>
    private Interval Range(FactDefinition fact)
    {
        if (fact.Origin == FactOrigin.Derived)
        {
            return _derived.TryGetValue(fact, out var set) ? set
                : derivedUnknown ? (fact.Type == FactType.Boolean ? Interval.Bool : Interval.All)
                : Interval.Point((double)(fact.Default ?? 0));
        }

        return fact.Type switch
        {
            FactType.Boolean => Interval.Bool,
            FactType.Catalog => new Interval(0, Math.Max(0, fact.Values.Count - 1)),
            _ when fact.Origin == FactOrigin.Builtin => new Interval(0, double.PositiveInfinity), // delays, amounts, tenure and counts are never negative
            _ => new Interval(fact.Min is { } min ? (double)min : double.NegativeInfinity, fact.Max is { } max ? (double)max : double.PositiveInfinity),
        };
    }

    /// <summary>The environment after <paramref name="conditions"/> hold (or, with <paramref name="positive"/> false, after the one condition fails).</summary>
    private Env Narrow(IEnumerable<Expression> conditions, Env env, bool positive = true)
    {
        var result = new Env(env);
        foreach (var condition in conditions)
        {
            Apply(condition, positive);
        }

        return result;

        void Apply(Expression c, bool holds)
        {
            switch (c)
            {
                case BinaryExpression { NodeType: ExpressionType.AndAlso } both when holds:
                    Apply(both.Left, true);
                    Apply(both.Right, true);
                    return;
                case BinaryExpression { NodeType: ExpressionType.OrElse } either when !holds:
                    Apply(either.Left, false);
                    Apply(either.Right, false);
                    return;
                case UnaryExpression { NodeType: ExpressionType.Not } negation:
                    Apply(negation.Operand, !holds);
                    return;
                case BinaryExpression compare when compare.NodeType is ExpressionType.GreaterThan or ExpressionType.GreaterThanOrEqual or ExpressionType.LessThan or ExpressionType.LessThanOrEqual or ExpressionType.Equal or ExpressionType.NotEqual:
                    var (fact, constant, op) = Comparison(compare);
                    if (fact is null || constant is null)
                    {
                        return;
                    }

                    if (!holds)
                    {
                        op = op switch
                        {
                            ExpressionType.GreaterThan => ExpressionType.LessThanOrEqual,
                            ExpressionType.GreaterThanOrEqual => ExpressionType.LessThan,
                            ExpressionType.LessThan => ExpressionType.GreaterThanOrEqual,
                            ExpressionType.LessThanOrEqual => ExpressionType.GreaterThan,
                            ExpressionType.Equal => ExpressionType.NotEqual,
                            _ => ExpressionType.Equal,
                        };
                    }

                    var current = result.TryGetValue(fact, out var r) ? r : Range(fact);
                    var whole = fact.Type == FactType.Integer;
                    var c0 = constant.Value;
                    result[fact] = op switch
                    {
                        ExpressionType.GreaterThan => current.Intersect(whole ? Math.Floor(c0) + 1 : c0 + 1e-9, double.PositiveInfinity),
                        ExpressionType.GreaterThanOrEqual => current.Intersect(whole ? Math.Ceiling(c0) : c0, double.PositiveInfinity),
                        ExpressionType.LessThan => current.Intersect(double.NegativeInfinity, whole ? Math.Ceiling(c0) - 1 : c0 - 1e-9),
                        ExpressionType.LessThanOrEqual => current.Intersect(double.NegativeInfinity, whole ? Math.Floor(c0) : c0),
                        ExpressionType.Equal => current.Intersect(c0, c0),
                        _ when current.Lo == c0 && whole => current.Intersect(c0 + 1, double.PositiveInfinity),
                        _ when current.Hi == c0 && whole => current.Intersect(double.NegativeInfinity, c0 - 1),
                        _ => current,
                    };
                    return;
                case BinaryExpression { NodeType: ExpressionType.ArrayIndex } read when Fact(read) is { Type: FactType.Boolean } flag:
                    result[flag] = Interval.Point(holds ? 1 : 0);
                    return;
            }
        }
    }

    private (FactDefinition? Fact, double? Constant, ExpressionType Op) Comparison(BinaryExpression compare)
    {
        var left = Strip(compare.Left);
        var right = Strip(compare.Right);
        if (left is BinaryExpression { NodeType: ExpressionType.ArrayIndex } l && Fact(l) is { } lf && Constant(right) is { } rc)
        {
            return (lf, rc, compare.NodeType);
        }

        if (right is BinaryExpression { NodeType: ExpressionType.ArrayIndex } r && Fact(r) is { } rf && Constant(left) is { } lc)
        {
            var flipped = compare.NodeType switch
            {
                ExpressionType.GreaterThan => ExpressionType.LessThan,
                ExpressionType.GreaterThanOrEqual => ExpressionType.LessThanOrEqual,
                ExpressionType.LessThan => ExpressionType.GreaterThan,
                ExpressionType.LessThanOrEqual => ExpressionType.GreaterThanOrEqual,
                var same => same,
            };
            return (rf, lc, flipped);
        }

        return (null, null, compare.NodeType);
    }

    private static Expression Strip(Expression e) => e is UnaryExpression { NodeType: ExpressionType.Convert or ExpressionType.ConvertChecked } u ? Strip(u.Operand) : Unwrap(e);

    /// <summary>A checked read of an amount that may be missing (<c>FactFrame.Money(frame.Decimals, slot, name)</c>) is analysed as the plain read.</summary>
    private static Expression Unwrap(Expression e)
        => e is MethodCallExpression { Method.Name: nameof(FactFrame.Money) } call && call.Method.DeclaringType == typeof(FactFrame)
            ? Expression.ArrayIndex(call.Arguments[0], call.Arguments[1])
            : e;

    private static double? Constant(Expression e) => e switch
    {
        ConstantExpression { Value: int i } => i,
        ConstantExpression { Value: long l } => l,
        ConstantExpression { Value: decimal d } => (double)d,
        _ => null,
    };

    /// <summary>The fact a frame read such as <c>frame.Ints[3]</c> names.</summary>
    private FactDefinition? Fact(BinaryExpression read)
    {
        if (read.Left is not MemberExpression { Member.Name: var array } || read.Right is not ConstantExpression { Value: int slot })
        {
            return null;
        }

        var type = array switch
        {
            nameof(FactFrame.Ints) => (FactType?)FactType.Integer,
            nameof(FactFrame.Decimals) => FactType.Decimal,
            nameof(FactFrame.Bools) => FactType.Boolean,
            _ => null,
        };
        return type is null ? null : schema.Facts.FirstOrDefault(f => f.Slot == slot && (f.Type == type || (type == FactType.Integer && f.Type == FactType.Catalog)));
    }

    private List<FactDefinition> Reads(Expression node)
    {
        var reads = new List<FactDefinition>();
        new ReadCollector(this, reads).Visit(node);
        return reads;
    }

    /// <summary>", e.g. delay.days = 21 gives 105" — incident values that make <paramref name="bad"/> true, or a general phrase.</summary>
    private string Example(Expression node, Env env, IReadOnlyList<FactDefinition> reads, Func<Interval, bool> bad, bool showValue = true)
    {
        var facts = reads.Where(f => f.Type is FactType.Integer or FactType.Decimal).Distinct().Take(4).ToList();

        // The formula's own numbers are where things change ('order.value - 120' is zero at 120): probe them too.
        var constants = new List<double>();
        new ConstantCollector(constants).Visit(node);
        var probes = Probes.Concat(constants.SelectMany(c => new[] { c, -c, c + 1, c - 1 })).ToList();
        var choices = facts.Select(f =>
        {
            var range = env.TryGetValue(f, out var r) ? r : Range(f);
            if (range.IsEmpty)
            {
                return [];
            }

            return probes.Where(p => !(f.Type == FactType.Integer && p != Math.Floor(p))).Select(p => Math.Clamp(p, range.Lo, range.Hi)).Append(range.Lo).Append(range.Hi).Where(double.IsFinite).Distinct().Order().ToList();
        }).ToList();
        var tried = 0;
        var pick = new double[facts.Count];
        string? found = null;
        Search(0);
        return found ?? " for some incidents the manual allows";

        void Search(int k)
        {
            if (found is not null || tried > MaxExamples)
            {
                return;
            }

            if (k == facts.Count)
            {
                tried++;
                var point = new Env(env);
                for (var i = 0; i < facts.Count; i++)
                {
                    point[facts[i]] = Interval.Point(pick[i]);
                }

                var value = Eval(node, point);
                if (value.Known && bad(value))
                {
                    var values = string.Join(", ", facts.Select((f, i) => $"{f.Name} = {Format(pick[i])}"));
                    found = showValue && value.IsPoint && facts.Count > 0 ? $" (e.g. {values} gives {Format(value.Lo)})" : facts.Count > 0 ? $" (e.g. {values})" : string.Empty;
                }

                return;
            }

            foreach (var choice in choices[k])
            {
                pick[k] = choice;
                Search(k + 1);
            }
        }
    }

    private static string Format(double value) => Math.Round(value, 4).ToString("0.####", CultureInfo.InvariantCulture);

    private sealed class Env : Dictionary<FactDefinition, Interval>
    {
        public Env()
            : base(ReferenceEqualityComparer.Instance)
        {
        }

        public Env(Env other)
            : base(other, ReferenceEqualityComparer.Instance)
        {
        }
    }

    private sealed class ReadCollector(FormulaAnalysis owner, List<FactDefinition> reads) : ExpressionVisitor
    {
        protected override Expression VisitMethodCall(MethodCallExpression node)
            => Unwrap(node) is BinaryExpression read ? VisitBinary(read) : base.VisitMethodCall(node);

        protected override Expression VisitBinary(BinaryExpression node)
        {
            if (node.NodeType == ExpressionType.ArrayIndex && owner.Fact(node) is { } fact)
            {
                reads.Add(fact);
                return node;
            }

            return base.VisitBinary(node);
        }
    }

    private sealed class ConstantCollector(List<double> constants) : ExpressionVisitor
    {
        protected override Expression VisitConstant(ConstantExpression node)
        {
            if (Constant(node) is { } value && constants.Count < 16)
            {
                constants.Add(value);
            }

            return node;
        }
    }
}
