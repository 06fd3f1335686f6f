namespace Compensation;

/// <summary>What one rule did in a decision, and why.</summary>
public sealed record RuleTrace
{
    /// <summary>The rule set.</summary>
    public required string RuleSet { get; init; }

    /// <summary>The rule.</summary>
    public required string Rule { get; init; }

    /// <summary>The manual section the rule quotes, if any.</summary>
    public string? Section { get; init; }

    /// <summary>Where the rule is written.</summary>
    public required SourceLocation Location { get; init; }

    /// <summary>Fired, not matched, or suppressed.</summary>
    public required RuleOutcome Outcome { get; init; }

    /// <summary>For a rule that did not match: the part of its condition that failed, as written.</summary>
    public string? FailedCondition { get; init; }

    /// <summary>The facts the failing condition read, with the values it saw.</summary>
    public IReadOnlyList<FactValue> Values { get; init; } = [];

    /// <summary>For a suppressed rule: why (the hit policy and the rule that fired instead).</summary>
    public string? Reason { get; init; }

    /// <summary>Returns a one-line summary.</summary>
    public override string ToString() => Outcome switch
    {
        RuleOutcome.Fired => $"{RuleSet}/{Rule}: fired",
        RuleOutcome.NotMatched => $"{RuleSet}/{Rule}: not matched: {FailedCondition} ({string.Join(", ", Values)})",
        _ => $"{RuleSet}/{Rule}: suppressed: {Reason}",
    };
}
