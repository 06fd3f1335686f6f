using Compensation.Compilation;
using Compensation.Documents;
using Compensation.Evaluation;

namespace Compensation.Check;

/// <summary>Decides (with explanation) every incident of the probe grid once and keeps what the checks need.</summary>
internal sealed class GridRun
{
    private readonly Dictionary<string, CompiledRule> _rules;

    public GridRun(ProbeGrid grid)
    {
        Grid = grid;
        _rules = grid.Manual.Rules.ToDictionary(r => r.Name, StringComparer.Ordinal);
        Stats = _rules.Keys.ToDictionary(k => k, _ => new RuleStats(), StringComparer.Ordinal);
        Totals = [.. grid.Failures.Select((_, f) => new decimal?[grid.PointCount(f)])];
        HasRemedy = [.. grid.Failures.Select((_, f) => new bool[grid.PointCount(f)])];
    }

    public ProbeGrid Grid { get; }

    public Dictionary<string, RuleStats> Stats { get; }

    /// <summary>Per failure kind, the total of each point (null when the point could not be decided).</summary>
    public decimal?[][] Totals { get; }

    /// <summary>Per failure kind, whether each point got any remedy (true as well when it could not be decided).</summary>
    public bool[][] HasRemedy { get; }

    /// <summary>Equal-priority overlaps found: (rule, other rule) → a point where both matched.</summary>
    public Dictionary<(string, string), (int Failure, int[] Indices)> Overlaps { get; } = [];

    /// <summary>Rules whose formulas failed, with the message and a point.</summary>
    public Dictionary<string, (string Message, SourceLocation Location, int Failure, int[] Indices)> Failures { get; } = new(StringComparer.Ordinal);

    /// <summary>How many probed incidents the manual rejected (a required fact the grid could not fill).</summary>
    public int Rejected { get; private set; }

    public (string Message, int Failure, int[] Indices)? RejectedExample { get; private set; }

    public void Run(IProgress<double>? progress)
    {
        var total = Grid.Count;
        long done = 0;
        for (var f = 0; f < Grid.Failures.Count; f++)
        {
            var (failure, dimensions) = Grid.Failures[f];
            var indices = new int[dimensions.Count];
            for (var p = 0; p < Totals[f].Length; p++)
            {
                Grid.Decode(f, p, indices);
                var (incident, customer) = Grid.At(failure, dimensions, indices);
                try
                {
                    var decision = DecisionEvaluator.Decide(Grid.Manual, incident, customer, explain: true);
                    Totals[f][p] = decision.TotalCost;
                    HasRemedy[f][p] = decision.HasRemedy;
                    Record(decision, f, indices);
                }
                catch (RuleEvaluationException ex)
                {
                    HasRemedy[f][p] = true;
                    Failures.TryAdd(ex.Rule, (ex.Message, ex.Location, f, (int[])indices.Clone()));
                }
                catch (InvalidIncidentException ex)
                {
                    // A fact the grid could not fill: nothing to learn from this point, but say so.
                    HasRemedy[f][p] = true;
                    Rejected++;
                    RejectedExample ??= (string.Join("; ", ex.Errors.Select(e => $"{e.Property}: {e.Message}")), f, (int[])indices.Clone());
                }

                if (++done % 2000 == 0)
                {
                    progress?.Report((double)done / total);
                }
            }
        }

        progress?.Report(1);
    }

    public CompiledRule Rule(string name) => _rules[name];

    public static void Decode(List<ProbeDimension> dimensions, long point, int[] indices)
    {
        for (var d = dimensions.Count - 1; d >= 0; d--)
        {
            indices[d] = (int)(point % dimensions[d].Values.Count);
            point /= dimensions[d].Values.Count;
        }
    }

    public static long Stride(List<ProbeDimension> dimensions, int dimension)
    {
        var stride = 1L;
        for (var d = dimension + 1; d < dimensions.Count; d++)
        {
            stride *= dimensions[d].Values.Count;
        }

        return stride;
    }

    private void Record(Decision decision, int failure, int[] indices)
    {
        string? winner = null;
        string? winnerSet = null;
        foreach (var trace in decision.Trace)
        {
            var stats = Stats[trace.Rule];
            switch (trace.Outcome)
            {
                case RuleOutcome.Fired:
                    stats.Matched++;
                    stats.Fired++;
                    (winner, winnerSet) = (trace.Rule, trace.RuleSet);
                    break;
                case RuleOutcome.Suppressed:
                    stats.Matched++;
                    var by = winnerSet == trace.RuleSet && winner is not null ? winner : BestWinner(decision, trace.RuleSet);
                    stats.SuppressedBy[by] = stats.SuppressedBy.GetValueOrDefault(by) + 1;
                    stats.SuppressedExample ??= (failure, (int[])indices.Clone(), by);
                    var rule = _rules[trace.Rule];
                    var other = _rules.GetValueOrDefault(by);
                    if (other is not null && rule.Priority == other.Priority && Grid.Manual.RuleSets.First(s => s.Name == trace.RuleSet).Policy == HitPolicy.Priority)
                    {
                        Overlaps.TryAdd((by, trace.Rule), (failure, (int[])indices.Clone()));
                    }

                    break;
                default:
                    var key = trace.FailedCondition ?? string.Empty;
                    stats.FailedConditions[key] = stats.FailedConditions.GetValueOrDefault(key) + 1;
                    break;
            }
        }

        foreach (var remedy in decision.Remedies)
        {
            Stats[remedy.Rule].Kept++;
        }

        foreach (var adjustment in decision.Adjustments)
        {
            var stats = Stats[adjustment.Remedy.Rule];
            if (adjustment.Kind == AdjustmentKind.DroppedByLimit)
            {
                stats.DroppedByLimit++;
            }
            else if (adjustment.Kind == AdjustmentKind.DroppedByGroup)
            {
                stats.DroppedByGroup++;
            }

            stats.LastAdjustment = adjustment.Reason;
            stats.DroppedExample ??= (failure, (int[])indices.Clone());
        }
    }

    private static string BestWinner(Decision decision, string ruleSet)
        => decision.Trace.FirstOrDefault(t => t.RuleSet == ruleSet && t.Outcome == RuleOutcome.Fired)?.Rule ?? "(none)";
}
