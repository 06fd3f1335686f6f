using Compensation.Compilation;
using Compensation.Decisions;
using Compensation.Evaluation;

namespace Compensation.Simulation;

/// <summary>One worker's running totals for one manual; tallies of several workers are merged at the end.</summary>
internal sealed class SimulationTally : IRuleObserver
{
    /// <summary>Upper bounds of the cost bands (the first band is exactly 0).</summary>
    private static readonly decimal[] Bands = [0m, 10m, 25m, 50m, 100m, 250m];

    /// <summary>Remedy kind names in <see cref="RemedyKind"/> order.</summary>
    private static readonly string[] KindNames = [.. RemedyKinds.Names];

    private readonly CompiledManual _manual;
    private readonly Dictionary<string, int> _failures;
    private readonly Dictionary<string, int> _tiers;
    private readonly Dictionary<string, int> _causes;
    private readonly Dictionary<string, int> _roles;
    private readonly long[] _count;
    private readonly decimal[] _cost;
    private readonly int _tierAt;
    private readonly int _causeAt;
    private readonly int _kindAt;
    private readonly int _roleAt;
    private readonly int _bandAt;

    public SimulationTally(CompiledManual manual)
    {
        _manual = manual;
        _failures = Positions(manual.Schema.Failure.Values);
        _tiers = Positions(manual.Schema.Tier.Values);
        _causes = Positions(manual.Schema.Cause.Values);
        _roles = Positions([.. manual.Empowerment.Select(e => e.Role)]);
        _tierAt = _failures.Count;
        _causeAt = _tierAt + _tiers.Count;
        _kindAt = _causeAt + _causes.Count + 1;
        _roleAt = _kindAt + KindNames.Length;
        _bandAt = _roleAt + _roles.Count;
        _count = new long[_bandAt + Bands.Length + 1];
        _cost = new decimal[_count.Length];
        Fired = new long[manual.RuleSets.Sum(s => s.Rules.Count)];
    }

    public long Rows { get; set; }

    public long Decided { get; private set; }

    public long Rejected { get; private set; }

    public long ErrorCount { get; private set; }

    public long WithRemedy { get; private set; }

    public decimal Total { get; private set; }

    public long[] Fired { get; }

    /// <summary>Counts a firing at the rule's <see cref="CompiledRule.Order"/> (the tally observes its thread's decisions).</summary>
    void IRuleObserver.Fired(CompiledRule rule) => Fired[rule.Order]++;

    public List<HistoryRowError> Errors { get; } = [];

    public void Add(Incident incident, Customer customer, Decision decision)
    {
        var cost = decision.TotalCost;
        Decided++;
        Total += cost;
        WithRemedy += decision.HasRemedy ? 1 : 0;
        Count(_failures.GetValueOrDefault(incident.Failure), cost);
        if (customer.Tier is { } tier && _tiers.TryGetValue(tier, out var tierPosition))
        {
            Count(_tierAt + tierPosition, cost); // a manual without tiers has no tier groups
        }

        Count(_causeAt + (incident.Cause is null ? _causes.Count : _causes.GetValueOrDefault(incident.Cause)), cost);
        if (_roles.TryGetValue(decision.Approval.Role, out var rolePosition))
        {
            Count(_roleAt + rolePosition, cost); // a manual without empowerment levels has no role groups
        }

        var band = 0;
        while (band < Bands.Length && cost > Bands[band])
        {
            band++;
        }

        Count(_bandAt + band, cost);
        var remedies = decision.Remedies;
        for (var i = 0; i < remedies.Count; i++)
        {
            Count(_kindAt + (int)remedies[i].Kind, remedies[i].Cost);
        }
    }

    public void Reject(IReadOnlyList<HistoryRowError> errors, int maxErrors)
    {
        Rejected++;
        ErrorCount += errors.Count;
        foreach (var error in errors)
        {
            Keep(Errors, error, e => e.Row, maxErrors);
        }
    }

    public void Merge(SimulationTally other, int maxErrors)
    {
        (Rows, Decided, Rejected, ErrorCount, WithRemedy, Total) = (Rows + other.Rows, Decided + other.Decided, Rejected + other.Rejected, ErrorCount + other.ErrorCount, WithRemedy + other.WithRemedy, Total + other.Total);
        for (var i = 0; i < _count.Length; i++)
        {
            (_count[i], _cost[i]) = (_count[i] + other._count[i], _cost[i] + other._cost[i]);
        }

        for (var i = 0; i < Fired.Length; i++)
        {
            Fired[i] += other.Fired[i];
        }

        foreach (var error in other.Errors)
        {
            Keep(Errors, error, e => e.Row, maxErrors);
        }
    }

    /// <summary>Keeps the <paramref name="max"/> items with the lowest rows (the first ones in the file), whatever the order they arrive in.</summary>
    public static void Keep<T>(List<T> kept, T item, Func<T, long> row, int max)
    {
        if (kept.Count >= max && (max == 0 || row(kept[^1]) <= row(item)))
        {
            return;
        }

        var at = kept.FindIndex(k => row(k) > row(item));
        kept.Insert(at < 0 ? kept.Count : at, item);
        if (kept.Count > max)
        {
            kept.RemoveAt(kept.Count - 1);
        }
    }

    public SimulationReport ToReport()
    {
        var rules = _manual.RuleSets.SelectMany(s => s.Rules).Select(r => new RuleFiring(r.Name, r.RuleSet, Fired[r.Order]));
        return new SimulationReport
        {
            Manual = _manual.Stamp,
            Currency = _manual.Rounding.Currency,
            Rows = Rows,
            Decided = Decided,
            Rejected = Rejected,
            ErrorCount = ErrorCount,
            Errors = [.. Errors],
            TotalCost = Total,
            WithRemedy = WithRemedy,
            ByFailure = Groups(_manual.Schema.Failure.Values, 0),
            ByTier = Groups(_manual.Schema.Tier.Values, _tierAt),
            ByCause = Groups([.. _manual.Schema.Cause.Values, "(none)"], _causeAt),
            RemediesByKind = Groups(KindNames, _kindAt),
            ApprovalsByRole = Groups([.. _manual.Empowerment.Select(e => e.Role)], _roleAt),
            CostDistribution = Groups(["0", "up to 10", "10 to 25", "25 to 50", "50 to 100", "100 to 250", "over 250"], _bandAt),
            Rules = [.. rules.OrderByDescending(r => r.Count)],
        };
    }

    /// <summary>
    /// The reports of a set's versions added up: counts and costs summed, groups and rules matched by name (in the order
    /// first met, rules by most fired), the first errors by row, stamped with the latest version.
    /// </summary>
    public static SimulationReport Combine(IReadOnlyList<SimulationReport> versions, int maxErrors)
    {
        var errors = new List<HistoryRowError>();
        foreach (var error in versions.SelectMany(v => v.Errors))
        {
            Keep(errors, error, e => e.Row, maxErrors);
        }

        static List<SimulationGroup> Sum(IEnumerable<IReadOnlyList<SimulationGroup>> lists)
            => [.. lists.SelectMany(g => g).GroupBy(g => g.Name, StringComparer.Ordinal).Select(g => new SimulationGroup(g.Key, g.Sum(x => x.Count), g.Sum(x => x.Cost)))];

        var latest = versions[^1];
        return new SimulationReport
        {
            Manual = latest.Manual,
            Currency = latest.Currency,
            Rows = versions.Sum(v => v.Rows),
            Decided = versions.Sum(v => v.Decided),
            Rejected = versions.Sum(v => v.Rejected),
            ErrorCount = versions.Sum(v => v.ErrorCount),
            Errors = errors,
            TotalCost = versions.Sum(v => v.TotalCost),
            WithRemedy = versions.Sum(v => v.WithRemedy),
            ByFailure = Sum(versions.Select(v => v.ByFailure)),
            ByTier = Sum(versions.Select(v => v.ByTier)),
            ByCause = Sum(versions.Select(v => v.ByCause)),
            RemediesByKind = Sum(versions.Select(v => v.RemediesByKind)),
            ApprovalsByRole = Sum(versions.Select(v => v.ApprovalsByRole)),
            CostDistribution = Sum(versions.Select(v => v.CostDistribution)),
            Rules = [.. versions.SelectMany(v => v.Rules).GroupBy(r => (r.Rule, r.RuleSet)).Select(g => new RuleFiring(g.Key.Rule, g.Key.RuleSet, g.Sum(r => r.Count))).OrderByDescending(r => r.Count)],
        };
    }

    private List<SimulationGroup> Groups(IReadOnlyList<string> names, int at)
        => [.. names.Select((name, i) => new SimulationGroup(name, _count[at + i], _cost[at + i]))];

    private void Count(int at, decimal cost)
    {
        _count[at]++;
        _cost[at] += cost;
    }

    private static Dictionary<string, int> Positions(IReadOnlyList<string> values)
    {
        var positions = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < values.Count; i++)
        {
            positions.TryAdd(values[i], i);
        }

        return positions;
    }
}
