namespace Compensation;

/// <summary>The outcome of running a manual's scenarios: one result per scenario, and which rules no scenario fires.</summary>
public sealed class ScenarioReport
{
    internal ScenarioReport(IReadOnlyList<ScenarioResult> results, IReadOnlyList<RuleInfo> rules, IReadOnlyList<RuleInfo> uncovered)
    {
        Results = results;
        Rules = rules;
        Uncovered = uncovered;
    }

    /// <summary>One result per scenario, in file order.</summary>
    public IReadOnlyList<ScenarioResult> Results { get; }

    /// <summary>Every rule of the manual.</summary>
    public IReadOnlyList<RuleInfo> Rules { get; }

    /// <summary>The rules that no scenario fires.</summary>
    public IReadOnlyList<RuleInfo> Uncovered { get; }

    /// <summary>How many scenarios failed.</summary>
    public int Failed => Results.Count(r => !r.Passed);

    /// <summary>Whether every scenario passed.</summary>
    public bool Passed => Failed == 0;

    /// <summary>The share of rules some scenario fires, from 0 to 1.</summary>
    public decimal Coverage => Rules.Count == 0 ? 1m : (decimal)(Rules.Count - Uncovered.Count) / Rules.Count;
}
