namespace Compensation;

/// <summary>
/// A rule's expression failed while deciding (for example a formula divided by zero).
/// No decision is produced: a partial decision is never presented as whole.
/// </summary>
public sealed class RuleEvaluationException : CompensationException
{
    internal RuleEvaluationException(string rule, string expression, SourceLocation location, Exception innerException)
        : base($"{location}: rule '{rule}' failed evaluating '{expression}': {Describe(innerException)}", innerException)
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

    /// <summary>What went wrong, in the manual's words (never the runtime's).</summary>
    private static string Describe(Exception inner) => inner switch
    {
        DivideByZeroException => "it divides by zero",
        OverflowException => "the result is too large to compute",
        ArgumentOutOfRangeException range when range.Message.IndexOf(" (Parameter", StringComparison.Ordinal) is var cut and > 0 => range.Message[..cut],
        ArgumentOutOfRangeException => "a value is out of range",
        _ => inner.Message,
    };
}
