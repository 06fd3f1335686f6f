namespace Compensation.Facts;

/// <summary>
/// A rule read an input the incident does not carry (a date it has none of): the incident is rejected
/// (INC014) rather than decided on a made-up value. An <see cref="ArithmeticException"/> so that the
/// evaluator's formula guards carry it out of the delegate with the rule that read it.
/// </summary>
internal sealed class MissingInputException(string fact) : ArithmeticException($"the incident has no '{fact}'")
{
    public string Fact { get; } = fact;
}
