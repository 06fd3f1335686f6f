namespace Compensation;

/// <summary>
/// A rule's expression failed while deciding (for example a formula divided by zero).
/// No decision is produced: a partial decision is never presented as whole.
/// </summary>
public sealed class RuleEvaluationException : CompensationException
{
    internal RuleEvaluationException(string rule, string expression, SourceLocation location, Exception innerException)
        : base($"{location}: rule '{rule}' failed evaluating '{expression}': {innerException.Message}", innerException)
    {
        Rule = rule;
        Expression = expression;
        Location = location;
    }

    /// <summary>The rule (or limit) whose expression failed.</summary>
    public string Rule { get; }

    /// <summary>The expression as written in the rule file.</summary>
    public string Expression { get; }

    /// <summary>Where the expression is written.</summary>
    public SourceLocation Location { get; }
}
