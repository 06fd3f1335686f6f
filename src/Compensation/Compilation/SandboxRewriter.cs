using System.Linq.Expressions;
using System.Reflection;
using Compensation.Facts;

namespace Compensation.Compilation;

/// <summary>
/// Walks a parsed expression, rejects everything outside the manual language (types, members and
/// methods of the host, object creation, text operations), and rewrites fact reads onto the
/// <see cref="FactFrame"/>'s typed slots. Only what is listed here can run.
/// </summary>
internal sealed class SandboxRewriter(FactSchema schema, ParameterExpression root, ParameterExpression frame) : ExpressionVisitor
{
    private const int MaxRoundDigits = 10;

    private static readonly HashSet<string> MathFunctions = ["Min", "Max", "Round", "Abs"];
    private static readonly PropertyInfo Ints = typeof(FactFrame).GetProperty(nameof(FactFrame.Ints))!;
    private static readonly PropertyInfo Decimals = typeof(FactFrame).GetProperty(nameof(FactFrame.Decimals))!;
    private static readonly PropertyInfo Bools = typeof(FactFrame).GetProperty(nameof(FactFrame.Bools))!;

    /// <summary>The deepest expression tree accepted (operations inside operations); keeps rewriting and compiling far from the end of the stack.</summary>
    public const int MaxTreeDepth = 200;

    private bool _started;
    private int _depth;

    public List<FactDefinition> Reads { get; } = [];

    /// <summary>When the whole expression only restricts one catalogue fact: the fact and its allowed positions.</summary>
    public (FactDefinition Fact, bool[] Allowed)? RootRestriction { get; private set; }

    /// <summary>The fact a member chain such as <c>delay.days</c> names, or null for anything else.</summary>
    public FactDefinition? Resolve(Expression node)
    {
        var path = new Stack<string>();
        var current = node;
        while (current is MemberExpression member)
        {
            path.Push(member.Member.Name);
            current = member.Expression;
        }

        return current == root && path.Count > 0 && schema.TryGet(string.Join('.', path), out var fact) ? fact : null;
    }

    public override Expression? Visit(Expression? node)
    {
        if (node is null)
        {
            return null;
        }

        var isRoot = !_started;
        _started = true;
        if (++_depth > MaxTreeDepth)
        {
            throw new SandboxViolation(DiagnosticCodes.LimitExceeded, $"the expression nests more than {MaxTreeDepth} operations inside one another", "split it into derived facts set by an earlier rule set");
        }

        try
        {
            return VisitChecked(node, isRoot);
        }
        finally
        {
            _depth--;
        }
    }

    private Expression? VisitChecked(Expression node, bool isRoot)
    {
        if (CatalogPredicate.TryMatch(node, Resolve, out var fact, out var allowed))
        {
            Reads.Add(fact);
            if (isRoot)
            {
                RootRestriction = (fact, allowed);
            }

            // allowed[value], with an absent value (-1) mapped to the last entry.
            var value = Expression.ArrayIndex(Expression.Property(frame, Ints), Expression.Constant(fact.Slot));
            var index = Expression.Condition(Expression.LessThan(value, Expression.Constant(0)), Expression.Constant(allowed.Length - 1), value);
            return Expression.ArrayIndex(Expression.Constant(allowed), index);
        }

        return node.NodeType switch
        {
            ExpressionType.MemberAccess or ExpressionType.Constant or ExpressionType.Conditional or ExpressionType.Call
                or ExpressionType.Not or ExpressionType.Negate or ExpressionType.UnaryPlus or ExpressionType.Convert or ExpressionType.ConvertChecked
                or ExpressionType.Add or ExpressionType.AddChecked or ExpressionType.Subtract or ExpressionType.SubtractChecked
                or ExpressionType.Multiply or ExpressionType.MultiplyChecked or ExpressionType.Divide or ExpressionType.Modulo
                or ExpressionType.AndAlso or ExpressionType.OrElse or ExpressionType.Equal or ExpressionType.NotEqual
                or ExpressionType.LessThan or ExpressionType.LessThanOrEqual or ExpressionType.GreaterThan or ExpressionType.GreaterThanOrEqual
                => base.Visit(node),
            ExpressionType.Parameter => throw Outside("'it' and other references to the whole fact set"),
            ExpressionType.New or ExpressionType.NewArrayInit or ExpressionType.NewArrayBounds or ExpressionType.MemberInit or ExpressionType.ListInit
                => throw Outside("creating objects"),
            _ => throw Outside($"'{node.NodeType}' expressions"),
        };
    }

    protected override Expression VisitMember(MemberExpression node)
    {
        var fact = Resolve(node) ?? throw Outside($"the member '{node.Member.Name}'");
        if (fact.Type == FactType.Catalog)
        {
            throw new SandboxViolation(DiagnosticCodes.ExpressionType, $"'{fact.Name}' can only be compared with quoted values, as in {fact.Name} == \"{fact.Values.FirstOrDefault()}\"", "use ==, !=, 'in (...)' (and <, <=, >, >= for tiers)", fact.Name);
        }

        Reads.Add(fact);
        var (array, type) = fact.Type switch
        {
            FactType.Decimal => (Decimals, typeof(decimal)),
            FactType.Boolean => (Bools, typeof(bool)),
            _ => (Ints, typeof(int)),
        };
        return Expression.ArrayIndex(Expression.Property(frame, array), Expression.Constant(fact.Slot));
    }

    protected override Expression VisitConstant(ConstantExpression node) => node.Value switch
    {
        int or long or decimal or bool => node,
        double d when Math.Abs(d) < 7.9e28 => Expression.Constant((decimal)d),
        double d => throw new SandboxViolation(DiagnosticCodes.ExpressionType, $"the number {d.ToString(System.Globalization.CultureInfo.InvariantCulture)} is too large for an amount", "amounts stay below 79,228,162,514,264,337,593,543,950,335"),
        string s => throw new SandboxViolation(DiagnosticCodes.ExpressionType, $"the text \"{s}\" can only be compared with tier, failure, cause or a fact declared with a list of values", null, "\"" + s + "\""),
        null => throw new SandboxViolation(DiagnosticCodes.ExpressionType, "'null' is not a value in the manual language"),
        _ => throw Outside($"values of type {node.Type.Name}"),
    };

    protected override Expression VisitMethodCall(MethodCallExpression node)
    {
        if (node.Method.DeclaringType == typeof(Math) && MathFunctions.Contains(node.Method.Name))
        {
            if (node.Method.Name == "Round" && node.Arguments.Count > 1
                && (node.Arguments.Count > 2 || node.Arguments[1] is not ConstantExpression { Value: int digits } || digits is < 0 or > MaxRoundDigits))
            {
                throw new SandboxViolation(DiagnosticCodes.ExpressionType, $"round(x, digits) takes a whole number of digits from 0 to {MaxRoundDigits}", "write the digits as a number, as in round(order.value * 0.1, 2)", "round");
            }

            return base.VisitMethodCall(node);
        }

        throw new SandboxViolation(DiagnosticCodes.Sandbox, $"'{node.Method.Name}' is not available in a manual", "the functions are min, max, round, abs and iif", node.Method.Name);
    }

    protected override Expression VisitBinary(BinaryExpression node)
    {
        if (node.Method is not null && node.Method.DeclaringType != typeof(decimal) && node.Method.DeclaringType != typeof(Math))
        {
            throw Outside($"the operator '{node.Method.Name}' on {node.Method.DeclaringType?.Name}");
        }

        // Whole-number arithmetic is checked: an overflow fails the decision (RuleEvaluationException)
        // instead of wrapping round to a wrong amount. Decimal arithmetic always throws on overflow.
        var visited = base.VisitBinary(node);
        return visited is BinaryExpression { NodeType: ExpressionType.Add or ExpressionType.Subtract or ExpressionType.Multiply } binary
            && (binary.Type == typeof(int) || binary.Type == typeof(long))
            ? Expression.MakeBinary(
                binary.NodeType switch
                {
                    ExpressionType.Add => ExpressionType.AddChecked,
                    ExpressionType.Subtract => ExpressionType.SubtractChecked,
                    _ => ExpressionType.MultiplyChecked,
                },
                binary.Left,
                binary.Right)
            : visited;
    }

    protected override Expression VisitUnary(UnaryExpression node)
    {
        var target = Nullable.GetUnderlyingType(node.Type) ?? node.Type;
        if (node.NodeType is ExpressionType.Convert or ExpressionType.ConvertChecked
            && target != typeof(int) && target != typeof(long) && target != typeof(decimal) && target != typeof(double) && target != typeof(bool))
        {
            throw Outside($"conversion to {target.Name}");
        }

        if (node.Method is not null && node.Method.DeclaringType != typeof(decimal))
        {
            throw Outside($"the operator '{node.Method.Name}'");
        }

        var operand = Visit(node.Operand)!;
        if (node.NodeType is ExpressionType.Convert or ExpressionType.ConvertChecked)
        {
            // Operands of type double were turned into decimal constants: convert from what the operand is now.
            return Expression.ConvertChecked(operand, node.Type);
        }

        // Checked negation written as 0 - x: FastExpressionCompiler (DelegateCompiler) emits NegateChecked without its overflow check.
        return node.NodeType == ExpressionType.Negate && node.Method is null && (operand.Type == typeof(int) || operand.Type == typeof(long))
            ? Expression.SubtractChecked(Expression.Default(operand.Type), operand)
            : node.Update(operand);
    }

    private static SandboxViolation Outside(string what)
        => new(DiagnosticCodes.Sandbox, $"{what} cannot be used in a manual: expressions may only read declared facts", "use facts, numbers, quoted catalogue values, operators and min, max, round, abs, iif");
}
