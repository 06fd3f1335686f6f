using Compensation.Documents;
using Compensation.Facts;

namespace Compensation.Compilation;

/// <summary>One top-level part of a rule's condition, kept apart so a trace can say which part failed and on what values.</summary>
internal sealed class ConditionPart
{
    public required string Text { get; init; }

    public required SourceLocation Location { get; init; }

    private Func<FactFrame, bool>? _test;

    /// <summary>The part alone, as a lambda; compiled on first use (only explanations and error reports run parts one by one).</summary>
    public required System.Linq.Expressions.Expression<Func<FactFrame, bool>> Lambda { get; init; }

    /// <summary>The part alone as a delegate. Compiled lazily: a benign race may compile it twice, with equal results.</summary>
    public Func<FactFrame, bool> Test => _test ??= DelegateCompiler.Compile(Lambda);

    /// <summary>The rewritten expression over the frame parameter, for combining parts into one delegate.</summary>
    public required System.Linq.Expressions.Expression Body { get; init; }

    public required IReadOnlyList<FactDefinition> Reads { get; init; }

    /// <summary>When the part only restricts a catalogue fact: the fact and its allowed positions (used by the rule index).</summary>
    public (FactDefinition Fact, bool[] Allowed)? Restriction { get; init; }

    /// <summary>The catalogue values that every one of <paramref name="parts"/> allows, by catalogue fact (facts no part restricts are absent).</summary>
    public static Dictionary<FactDefinition, bool[]> AllowedCatalogValues(IEnumerable<ConditionPart> parts)
    {
        var allowed = new Dictionary<FactDefinition, bool[]>(ReferenceEqualityComparer.Instance);
        foreach (var part in parts)
        {
            if (part.Restriction is { } restriction)
            {
                allowed[restriction.Fact] = allowed.TryGetValue(restriction.Fact, out var before)
                    ? [.. before.Zip(restriction.Allowed, (x, y) => x && y)]
                    : restriction.Allowed;
            }
        }

        return allowed;
    }
}

/// <summary>A formula compiled to a delegate over the frame, with the text it came from.</summary>
internal sealed class CompiledFormula<T>
{
    public required Scalar Source { get; init; }

    public required Func<FactFrame, T> Evaluate { get; init; }

    public required IReadOnlyList<FactDefinition> Reads { get; init; }

    /// <summary>The rewritten expression over the frame (for formula analysis at load); null when not kept.</summary>
    public System.Linq.Expressions.Expression? Body { get; init; }

    public bool IsConstant => Reads.Count == 0;
}
