namespace Compensation;

/// <summary>The outcome of one scenario: the decision and how it differs from what the scenario expects.</summary>
public sealed class ScenarioResult
{
    internal ScenarioResult(Scenario scenario, Decision? decision, IReadOnlyList<string> differences)
    {
        Scenario = scenario;
        Decision = decision;
        Differences = differences;
    }

    /// <summary>The scenario.</summary>
    public Scenario Scenario { get; }

    /// <summary>The decision (explained); null when the incident could not be decided.</summary>
    public Decision? Decision { get; }

    /// <summary>Each difference between the expectation and the decision, one line each; empty when the scenario passed.</summary>
    public IReadOnlyList<string> Differences { get; }

    /// <summary>Whether the decision is what the scenario expects.</summary>
    public bool Passed => Differences.Count == 0;

    /// <summary>Returns the scenario's name, where it is written, and the differences.</summary>
    public override string ToString()
        => Passed
            ? $"{Scenario.Name}: passed"
            : $"{Scenario.Location}: scenario '{Scenario.Name}' failed:{Environment.NewLine}{string.Join(Environment.NewLine, Differences.Select(d => "  " + d))}";
}
