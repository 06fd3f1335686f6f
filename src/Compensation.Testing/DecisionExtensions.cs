namespace Compensation.Testing;

/// <summary>Entry point of the fluent assertions on decisions: <c>decision.Should().Grant&lt;DiscountRemedy&gt;(d =&gt; d.Percent == 15)</c>.</summary>
public static class DecisionExtensions
{
    /// <summary>Starts assertions on a decision.</summary>
    /// <param name="decision">The decision under test.</param>
    public static DecisionAssertions Should(this Decision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        return new DecisionAssertions(decision);
    }
}
