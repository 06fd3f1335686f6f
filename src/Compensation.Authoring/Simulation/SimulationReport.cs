namespace Compensation;

/// <summary>What one manual would have granted for a history of incidents.</summary>
public sealed class SimulationReport
{
    internal SimulationReport()
    {
    }

    /// <summary>The manual simulated.</summary>
    public required ManualStamp Manual { get; init; }

    /// <summary>The currency of every amount.</summary>
    public required string Currency { get; init; }

    /// <summary>Data rows read (decided and rejected).</summary>
    public required long Rows { get; init; }

    /// <summary>Incidents decided.</summary>
    public required long Decided { get; init; }

    /// <summary>Rows rejected (malformed, or refused by the manual); each has at least one error.</summary>
    public required long Rejected { get; init; }

    /// <summary>Every error counted (a rejected row may have several).</summary>
    public required long ErrorCount { get; init; }

    /// <summary>The first errors, by row (up to <see cref="SimulationOptions.MaxErrors"/>).</summary>
    public required IReadOnlyList<HistoryRowError> Errors { get; init; }

    /// <summary>The total cost of every decided incident.</summary>
    public required decimal TotalCost { get; init; }

    /// <summary>Incidents that received at least one remedy.</summary>
    public required long WithRemedy { get; init; }

    /// <summary>Incidents and cost per failure kind, in catalogue order.</summary>
    public required IReadOnlyList<SimulationGroup> ByFailure { get; init; }

    /// <summary>Incidents and cost per tier, in catalogue order.</summary>
    public required IReadOnlyList<SimulationGroup> ByTier { get; init; }

    /// <summary>Incidents and cost per cause, in catalogue order, then <c>(none)</c>.</summary>
    public required IReadOnlyList<SimulationGroup> ByCause { get; init; }

    /// <summary>Remedies granted per kind (count of remedies, their cost).</summary>
    public required IReadOnlyList<SimulationGroup> RemediesByKind { get; init; }

    /// <summary>Decisions per approval role, in empowerment order.</summary>
    public required IReadOnlyList<SimulationGroup> ApprovalsByRole { get; init; }

    /// <summary>Decisions per band of total cost (0, up to 10, 25, 50, 100, 250, more).</summary>
    public required IReadOnlyList<SimulationGroup> CostDistribution { get; init; }

    /// <summary>Every rule and how often it fired, most first (rules that never fired last, with 0).</summary>
    public required IReadOnlyList<RuleFiring> Rules { get; init; }

    /// <summary>The mean cost of a decided incident.</summary>
    public decimal AverageCost => Decided == 0 ? 0m : Math.Round(TotalCost / Decided, 2, MidpointRounding.AwayFromZero);
}
