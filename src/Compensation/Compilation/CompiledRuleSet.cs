using Compensation.Documents;

namespace Compensation.Compilation;

/// <summary>A rule set ready to run, with its rules indexed by failure kind and tier.</summary>
internal sealed class CompiledRuleSet
{
    public required string Name { get; init; }

    public required HitPolicy Policy { get; init; }

    public required IReadOnlyList<CompiledRule> Rules { get; init; }

    public required RuleIndex Index { get; init; }
}
