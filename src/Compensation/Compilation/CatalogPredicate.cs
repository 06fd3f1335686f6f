using System.Linq.Expressions;
using System.Reflection;
using Compensation.Facts;

namespace Compensation.Compilation;

/// <summary>
/// Recognises comparisons of a catalogue fact with quoted values — <c>failure == "retraso"</c>,
/// <c>tier &gt;= "oro"</c>, <c>cause in ("proveedor", "transportista")</c> — and turns them into
/// the set of allowed positions, which both the rewritten condition and the rule index use.
/// </summary>
internal static class CatalogPredicate
{
    private static readonly MethodInfo StringCompare = typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!;

    /// <summary>
    /// Returns true when <paramref name="node"/> compares a catalogue fact with constants; then
    /// <paramref name="allowed"/>[i] says whether position i satisfies it, and its last entry
    /// whether an absent value does.
    /// </summary>
    public static bool TryMatch(Expression node, Func<Expression, FactDefinition?> resolve, out FactDefinition fact, out bool[] allowed)
    {
        fact = null!;
        allowed = [];
        switch (node)
        {
            case BinaryExpression { Left: MethodCallExpression compare, Right: ConstantExpression { Value: 0 } } binary
                when compare.Method == StringCompare:
                return TryCompare(binary.NodeType, compare.Arguments[0], compare.Arguments[1], resolve, out fact, out allowed);
            case BinaryExpression binary when binary.NodeType is ExpressionType.Equal or ExpressionType.NotEqual:
                return TryCompare(binary.NodeType, binary.Left, binary.Right, resolve, out fact, out allowed);
            case MethodCallExpression { Method.Name: "Contains", Arguments: [NewArrayExpression array, var item] } call
                when call.Method.DeclaringType == typeof(Enumerable) && resolve(item) is { Type: FactType.Catalog } member:
                fact = member;
                allowed = new bool[member.Values.Count + 1];
                foreach (var element in array.Expressions)
                {
                    if (element is not ConstantExpression { Value: string value })
                    {
                        throw new SandboxViolation(DiagnosticCodes.ExpressionType, $"the list after 'in' must hold quoted values of {member.Name}");
                    }

                    allowed[Position(member, value)] = true;
                }

                return true;
            default:
                return false;
        }
    }

    private static bool TryCompare(ExpressionType op, Expression left, Expression right, Func<Expression, FactDefinition?> resolve, out FactDefinition fact, out bool[] allowed)
    {
        fact = null!;
        allowed = [];
        var leftFact = resolve(left);
        var rightFact = resolve(right);
        if (leftFact is { Type: FactType.Catalog } && right is ConstantExpression { Value: string rightValue })
        {
            fact = leftFact;
            allowed = Allowed(op, leftFact, Position(leftFact, rightValue));
            return true;
        }

        if (rightFact is { Type: FactType.Catalog } && left is ConstantExpression { Value: string leftValue })
        {
            fact = rightFact;
            allowed = Allowed(Mirror(op), rightFact, Position(rightFact, leftValue));
            return true;
        }

        return false;
    }

    private static int Position(FactDefinition fact, string value)
    {
        var position = fact.IndexOf(value);
        if (position < 0 && fact.Values.Count == 0 && fact.Ordered)
        {
            throw NoTiers(fact);
        }

        if (position < 0)
        {
            throw new SandboxViolation(
                DiagnosticCodes.UnknownCatalogValue,
                $"unknown {Describe(fact)} '{value}'",
                $"declared {Describe(fact)} values are: {string.Join(", ", fact.Values)}" + (Diagnostics.Suggestions.Nearest(value, fact.Values) is { } near ? $"; did you mean '{near}'?" : string.Empty),
                "\"" + value + "\"");
        }

        return position;
    }

    /// <summary>A comparison of <c>tier</c> in a manual that declares no tiers.</summary>
    public static SandboxViolation NoTiers(FactDefinition fact)
        => new(DiagnosticCodes.UnknownCatalogValue, $"the manual declares no tiers, so '{fact.Name}' cannot be compared", "remove the tier condition, or declare 'tiers: [...]' (lowest first) under 'catalog:'", fact.Name);

    private static bool[] Allowed(ExpressionType op, FactDefinition fact, int position)
    {
        if (op is not (ExpressionType.Equal or ExpressionType.NotEqual) && !fact.Ordered)
        {
            throw new SandboxViolation(DiagnosticCodes.UnorderedComparison, $"{fact.Name} values have no order, so '<' and '>' cannot compare them", $"use == or 'in (...)'; only tiers are ordered");
        }

        // The last entry stands for an absent value (an incident without a cause): only '!=' holds for it.
        var allowed = new bool[fact.Values.Count + 1];
        allowed[^1] = op == ExpressionType.NotEqual;
        for (var i = 0; i < fact.Values.Count; i++)
        {
            allowed[i] = op switch
            {
                ExpressionType.Equal => i == position,
                ExpressionType.NotEqual => i != position,
                ExpressionType.GreaterThan => i > position,
                ExpressionType.GreaterThanOrEqual => i >= position,
                ExpressionType.LessThan => i < position,
                ExpressionType.LessThanOrEqual => i <= position,
                _ => throw new SandboxViolation(DiagnosticCodes.ExpressionType, $"{fact.Name} can only be compared"),
            };
        }

        return allowed;
    }

    private static ExpressionType Mirror(ExpressionType op) => op switch
    {
        ExpressionType.GreaterThan => ExpressionType.LessThan,
        ExpressionType.GreaterThanOrEqual => ExpressionType.LessThanOrEqual,
        ExpressionType.LessThan => ExpressionType.GreaterThan,
        ExpressionType.LessThanOrEqual => ExpressionType.GreaterThanOrEqual,
        _ => op,
    };

    private static string Describe(FactDefinition fact) => fact.Name switch
    {
        "failure" => "failure kind",
        "tier" => "tier",
        "cause" => "cause",
        _ => $"value of '{fact.Name}'",
    };
}
