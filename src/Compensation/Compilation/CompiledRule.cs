using Compensation.Facts;

namespace Compensation.Compilation;

/// <summary>A rule ready to run: its condition (whole and in parts), the facts it sets and the remedies it grants.</summary>
internal sealed class CompiledRule
{
    public required string Name { get; init; }

    public required string RuleSet { get; init; }

    public string? Section { get; init; }

    public required SourceLocation Location { get; init; }

    /// <summary>The position of the rule in the manual, across rule sets.</summary>
    public required int Order { get; init; }

    public int Priority { get; init; }

    public required IReadOnlyList<ConditionPart> Parts { get; init; }

    /// <summary>All parts in one delegate (the fast path); null when the rule has no condition.</summary>
    public Func<FactFrame, bool>? Matches { get; init; }

    public required IReadOnlyList<(FactDefinition Fact, Action<FactFrame> Assign, string Text)> Sets { get; init; }

    public required IReadOnlyList<CompiledGrant> Grants { get; init; }
}
