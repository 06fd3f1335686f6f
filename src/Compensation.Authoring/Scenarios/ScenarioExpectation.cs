namespace Compensation.Scenarios;

/// <summary>What a scenario expects of the decision. Anything left out is not compared.</summary>
internal sealed class ScenarioExpectation
{
    /// <summary>True for <c>remedies: none</c>.</summary>
    public bool NoRemedy { get; init; }

    /// <summary>The exact set of remedies expected; null when the scenario does not list them.</summary>
    public IReadOnlyList<ExpectedRemedy>? Remedies { get; init; }

    public string? Approval { get; init; }

    public decimal? Total { get; init; }

    /// <summary>Rules that must fire (whatever they grant).</summary>
    public IReadOnlyList<string> Fires { get; init; } = [];
}
