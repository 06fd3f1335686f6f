using Compensation.Facts;

namespace Compensation.Compilation;

/// <summary>A follow-up the manual schedules when its condition holds, <see cref="After"/> the decision.</summary>
internal sealed class CompiledFollowUp
{
    public required string Name { get; init; }

    public string? Description { get; init; }

    public required TimeSpan After { get; init; }

    /// <summary>The condition over the facts as the rules left them; null when the follow-up is always scheduled.</summary>
    public Func<FactFrame, bool>? When { get; init; }

    public string? WhenText { get; init; }

    public required SourceLocation Location { get; init; }
}
