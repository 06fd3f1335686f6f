using System.Linq.Expressions;
using System.Reflection;
using Compensation.Facts;

namespace Compensation.Compilation;

/// <summary>
/// Walks a parsed expression, rejects everything outside the manual language (types, members and
/// methods of the host, object creation, text operations), and rewrites fact reads onto the
/// <see cref="FactFrame"/>'s typed slots. Only what is listed here can run.
/// </summary>
internal sealed class SandboxRewriter(FactSchema schema, ParameterExpression root, ParameterExpression frame, ManualCalendar calendar) : ExpressionVisitor
{
    private const int MaxRoundDigits = ManualFunctions.MaxDigits;

    private static readonly HashSet<string> MathFunctions = ["Min", "Max", "Abs"];
    private static readonly PropertyInfo Times = typeof(FactFrame).GetProperty(nameof(FactFrame.Times))!;
    private static readonly MethodInfo ReadTime = typeof(FactFrame).GetMethod(nameof(FactFrame.Time))!;
    private static readonly MethodInfo ReadMoney = typeof(FactFrame).GetMethod(nameof(FactFrame.Money))!;
    private static readonly HashSet<string> CalendarFunctions =
    [
        nameof(ManualCalendar.DaysBetween), nameof(ManualCalendar.HoursBetween), nameof(ManualCalendar.MinutesBetween), nameof(ManualCalendar.Weekday),
        nameof(ManualCalendar.HourOfDay), nameof(ManualCalendar.WorkingDaysBetween), nameof(ManualCalendar.WorkingHoursBetween), nameof(ManualCalendar.AddWorkingDays),
    ];
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
            _ => throw Outside("this kind of expression"),
        };
    }

    protected override Expression VisitMember(MemberExpression node)
    {
        var fact = Resolve(node) ?? throw Outside($"'{node.Member.Name}'");
        if (fact.Type == FactType.Catalog && fact.Values.Count == 0 && fact.Ordered)
        {
            throw CatalogPredicate.NoTiers(fact);
        }

        if (fact.Type == FactType.Catalog)
        {
            throw new SandboxViolation(DiagnosticCodes.ExpressionType, $"'{fact.Name}' can only be compared with quoted values, as in {fact.Name} == \"{fact.Values.FirstOrDefault()}\"", "use ==, !=, 'in (...)' (and <, <=, >, >= for tiers)", fact.Name);
        }

        Reads.Add(fact);
        if (fact.IsTime)
        {
            // A date the incident lacks rejects it (INC014) when a rule reads it, instead of reading a made-up date.
            return Expression.Call(ReadTime, Expression.Property(frame, Times), Expression.Constant(fact.Slot), Expression.Constant(fact.Name));
        }

        if (fact.Origin == FactOrigin.Builtin && fact.Name == "order.value")
        {
            // An incident without an order value rejects it (INC014) when a rule reads it, instead of reading 0.
            return Expression.Call(ReadMoney, Expression.Property(frame, Decimals), Expression.Constant(fact.Slot), Expression.Constant(fact.Name));
        }

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
        _ => throw Outside($"{AuthorTerms.A(AuthorTerms.Kind(node.Type))} of this kind"),
    };

    protected override Expression VisitMethodCall(MethodCallExpression node)
    {
        if (node.Method.DeclaringType == typeof(Math) && MathFunctions.Contains(node.Method.Name))
        {
            // An argument may have become a decimal (exact division): pick the overload for what the arguments are now.
            var arguments = node.Arguments.Select(a => Visit(a)!).ToList();
            if (arguments.Any(a => a.Type == typeof(decimal)))
            {
                arguments = [.. arguments.Select(ToDecimal)];
            }

            var method = typeof(Math).GetMethod(node.Method.Name, [.. arguments.Select(a => a.Type)]) ?? node.Method;
            return Expression.Call(method, arguments);
        }

        if (node.Method.DeclaringType == typeof(ManualFunctions))
        {
            return ManualFunction(node);
        }

        if (node.Method.DeclaringType == typeof(Enumerable) && node.Method.Name == nameof(Enumerable.Contains)
            && node.Arguments is [NewArrayExpression list, var item] && list.Expressions.All(e => e is ConstantExpression { Value: int or long or decimal }))
        {
            // 'x in (6, 7)' on numbers: x == 6 or x == 7.
            var value = Visit(item)!;
            return list.Expressions.Select(e => (Expression)Expression.Equal(Promote(value, e), Promote(e, value))).Aggregate(Expression.OrElse);
        }

        throw new SandboxViolation(DiagnosticCodes.Sandbox, $"'{node.Method.Name}' is not a function of the manual language; the functions are {string.Join(", ", FunctionCalls.Names)}", "expressions may only read declared facts and use these functions", node.Method.Name);
    }

    /// <summary>The hint every "not available" diagnostic gives: the whole list of functions.</summary>
    public const string FunctionHint = "the functions are min, max, abs, round, floor, ceil, iif, days_between, hours_between, minutes_between, weekday, hour_of_day, date, working_days_between, working_hours_between and add_working_days";

    private Expression ManualFunction(MethodCallExpression node)
    {
        var name = node.Method.Name;
        if (name is nameof(ManualFunctions.Round) or nameof(ManualFunctions.Floor) or nameof(ManualFunctions.Ceil))
        {
            var written = name == nameof(ManualFunctions.Ceil) ? "ceil" : name.ToLowerInvariant();
            if (node.Arguments.Count > 1 && (node.Arguments[1] is not ConstantExpression { Value: int digits } || digits is < 0 or > MaxRoundDigits))
            {
                throw new SandboxViolation(DiagnosticCodes.ExpressionType, $"{written}(x, digits) takes a whole number of digits from 0 to {MaxRoundDigits}", $"write the digits as a number, as in {written}(order.value * 0.1, 2)", written);
            }

            var arguments = node.Arguments.Select(a => Visit(a)!).ToList();
            arguments[0] = ToDecimal(arguments[0]);
            return Expression.Call(node.Method, arguments);
        }

        if (name == nameof(ManualFunctions.Date))
        {
            if (node.Arguments is not [ConstantExpression { Value: string text }])
            {
                throw new SandboxViolation(DiagnosticCodes.ExpressionType, "date(...) takes a date written in quotes, as in date(\"2026-12-24\")", null, "date");
            }

            if (!calendar.Zone.TryParse(text, out var value, out var error))
            {
                throw new SandboxViolation(DiagnosticCodes.ExpressionType, error!, "write date(\"2026-12-24\") or date(\"2026-12-24T18:00\")", "date");
            }

            return Expression.Constant(NodaTime.Instant.FromDateTimeOffset(value));
        }

        if (CalendarFunctions.Contains(name))
        {
            var parameters = node.Method.GetParameters().Select(p => p.ParameterType).ToArray();
            var arguments = node.Arguments.Select(a => Visit(a)!).Select((a, i) => a.Type == parameters[i] ? a : Expression.ConvertChecked(a, parameters[i])).ToList();
            var target = typeof(ManualCalendar).GetMethod(name, parameters)!;
            return Expression.Call(Expression.Constant(calendar), target, arguments);
        }

        throw new SandboxViolation(DiagnosticCodes.Sandbox, $"'{name}' is not a function of the manual language; the functions are {string.Join(", ", FunctionCalls.Names)}", "expressions may only read declared facts and use these functions", name);
    }

    protected override Expression VisitConditional(ConditionalExpression node)
    {
        var test = Visit(node.Test)!;
        var (whenTrue, whenFalse) = (Visit(node.IfTrue)!, Visit(node.IfFalse)!);
        return Expression.Condition(test, Promote(whenTrue, whenFalse), Promote(whenFalse, whenTrue));
    }

    /// <summary>A whole number beside a decimal becomes a decimal (exact division makes decimals where the parser saw whole numbers).</summary>
    private static Expression Promote(Expression value, Expression other)
        => other.Type == typeof(decimal) && value.Type != typeof(decimal) && (value.Type == typeof(int) || value.Type == typeof(long)) ? Expression.Convert(value, typeof(decimal)) : value;

    private static Expression ToDecimal(Expression value)
        => value.Type == typeof(int) || value.Type == typeof(long) ? Expression.Convert(value, typeof(decimal)) : value;

    protected override Expression VisitBinary(BinaryExpression node)
    {
        if (node.Method is not null && node.Method.DeclaringType != typeof(decimal) && node.Method.DeclaringType != typeof(Math) && node.Method.DeclaringType != typeof(NodaTime.Instant))
        {
            throw Outside("this operator on these values");
        }

        if (node.Left.Type == typeof(NodaTime.Instant) || node.Right.Type == typeof(NodaTime.Instant))
        {
            if (node.NodeType is not (ExpressionType.Equal or ExpressionType.NotEqual or ExpressionType.LessThan or ExpressionType.LessThanOrEqual or ExpressionType.GreaterThan or ExpressionType.GreaterThanOrEqual))
            {
                throw new SandboxViolation(DiagnosticCodes.ExpressionType, "dates can only be compared (<, <=, ==, >=, >) or measured with days_between, hours_between, minutes_between", "write days_between(promised, delivered) to get a number of days");
            }

            return Expression.MakeBinary(node.NodeType, Visit(node.Left)!, Visit(node.Right)!, false, node.Method);
        }

        if (node.NodeType is ExpressionType.AndAlso or ExpressionType.OrElse)
        {
            return base.VisitBinary(node);
        }

        // '/' is exact decimal division everywhere: (n - 12) / 12 is 1.5, never the whole-number 1.
        var left = Visit(node.Left)!;
        var right = Visit(node.Right)!;
        if (node.NodeType == ExpressionType.Divide)
        {
            left = ToDecimal(left);
            right = ToDecimal(right);
        }
        else if (node.NodeType != ExpressionType.Coalesce)
        {
            (left, right) = (Promote(left, right), Promote(right, left));
        }

        // Whole-number arithmetic is checked: an overflow fails the decision (RuleEvaluationException)
        // instead of wrapping round to a wrong amount. Decimal arithmetic always throws on overflow.
        var visited = left == node.Left && right == node.Right ? node : Expression.MakeBinary(node.NodeType, left, right);
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
            throw Outside($"converting to {AuthorTerms.A(AuthorTerms.Kind(target))}");
        }

        if (node.Method is not null && node.Method.DeclaringType != typeof(decimal))
        {
            throw Outside("this operator");
        }

        var operand = Visit(node.Operand)!;
        if (node.NodeType is ExpressionType.Convert or ExpressionType.ConvertChecked
            && operand.Type == typeof(decimal) && node.Operand.Type != typeof(decimal) && (target == typeof(int) || target == typeof(long)))
        {
            // A whole number the parser widened that is now an exact quotient: keep it a decimal (the parent promotes).
            return operand;
        }

        if (node.NodeType is ExpressionType.Convert or ExpressionType.ConvertChecked)
        {
            // Operands of type double were turned into decimal constants: convert from what the operand is now.
            return Expression.ConvertChecked(operand, node.Type);
        }

        // Checked negation written as 0 - x: FastExpressionCompiler (DelegateCompiler) emits NegateChecked without its overflow check.
        return node.NodeType == ExpressionType.Negate && node.Method is null && (operand.Type == typeof(int) || operand.Type == typeof(long))
            ? Expression.SubtractChecked(Expression.Default(operand.Type), operand)
            : operand.Type == node.Operand.Type ? node.Update(operand) : Expression.MakeUnary(node.NodeType, operand, operand.Type);
    }

    private static SandboxViolation Outside(string what)
        => new(DiagnosticCodes.Sandbox, $"{what} cannot be used in a manual: expressions may only read declared facts", "use facts, numbers, quoted catalogue values, durations (45m, 3h, 2d), operators and the manual's functions (min, max, abs, round, floor, ceil, iif, days_between…)");
}
