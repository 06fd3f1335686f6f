namespace Compensation;

/// <summary>A simulation of a history: the manual's report and, when compared, the baseline's and what changed.</summary>
public sealed class SimulationResult
{
    internal SimulationResult()
    {
    }

    /// <summary>What the manual would have granted.</summary>
    public required SimulationReport Report { get; init; }

    /// <summary>What the baseline manual would have granted; null without a baseline.</summary>
    public SimulationReport? Baseline { get; init; }

    /// <summary>With a manual set, each version's own report (oldest first; the rows dated in its period); empty for one manual.</summary>
    public IReadOnlyList<SimulationReport> Versions { get; init; } = [];

    /// <summary>The manual's total cost minus the baseline's (0 without a baseline).</summary>
    public decimal CostDelta => Baseline is null ? 0m : Report.TotalCost - Baseline.TotalCost;

    /// <summary>Incidents both manuals decided (the ones compared).</summary>
    public long Compared { get; init; }

    /// <summary>Incidents whose remedies (kinds, costs or rules) differ between the manuals.</summary>
    public long Changed { get; init; }

    /// <summary>The first changed incidents, by row.</summary>
    public IReadOnlyList<ChangedDecision> ChangedExamples { get; init; } = [];

    /// <summary>Decisions per approval role under the baseline and under the manual, in empowerment order.</summary>
    public IReadOnlyList<ApprovalShift> ApprovalShifts { get; init; } = [];
}
