using System.Globalization;
using Compensation.Compilation;
using Compensation.Facts;
using Compensation.Validation;

namespace Compensation.Check;

/// <summary>
/// The incidents a check tries: for each failure kind, every combination of tier, cause, delay (for
/// delay failures: every whole day up to two past the highest threshold, and each side of every hour
/// threshold), order value and the other facts the conditions read (each side of every constant
/// they are compared with). Points are numbered in mixed radix so neighbours along a dimension are
/// found by adding its stride.
/// </summary>
internal sealed partial class ProbeGrid
{
    public const string Delay = "delay";

    /// <summary>The dimension of the incident's date of occurrence, in days after the promise.</summary>
    public const string Occurred = "occurred";

    private readonly DateTimeOffset _base;

    private readonly Dictionary<long, int>?[] _rowIndex;

    private ProbeGrid(CompiledManual manual, List<(string Failure, List<ProbeDimension> Dimensions)> failures, IReadOnlyList<string> reduced, List<List<int[]>?> rows)
    {
        Manual = manual;
        Failures = failures;
        Reduced = reduced;
        Rows = rows;
        _rowIndex = new Dictionary<long, int>?[failures.Count];
        _base = new DateTimeOffset(manual.Stamp.Effective.ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero);
    }

    public CompiledManual Manual { get; }

    /// <summary>Per failure kind: its dimensions (tier first, then cause, delay, order value, customer and input facts).</summary>
    public List<(string Failure, List<ProbeDimension> Dimensions)> Failures { get; }

    /// <summary>The failure kinds probed with a pairwise covering set instead of every combination, to keep the grid under the size limit.</summary>
    public IReadOnlyList<string> Reduced { get; }

    /// <summary>Per failure kind: the probed points (value indices per dimension) when reduced; null when every combination is probed.</summary>
    public IReadOnlyList<List<int[]>?> Rows { get; }

    public long Count => Enumerable.Range(0, Failures.Count).Sum(PointCount);

    /// <summary>The number of points of the full product of the dimensions.</summary>
    public static long Size(List<ProbeDimension> dimensions) => dimensions.Aggregate(1L, (n, d) => n * d.Values.Count);

    /// <summary>How many points failure kind <paramref name="failure"/> probes.</summary>
    public long PointCount(int failure) => Rows[failure]?.Count ?? Size(Failures[failure].Dimensions);

    /// <summary>The value indices of a point of failure kind <paramref name="failure"/>.</summary>
    public void Decode(int failure, long point, int[] indices)
    {
        if (Rows[failure] is { } rows)
        {
            rows[(int)point].CopyTo(indices, 0);
        }
        else
        {
            GridRun.Decode(Failures[failure].Dimensions, point, indices);
        }
    }

    /// <summary>The point equal to <paramref name="indices"/> but one value further along <paramref name="dimension"/>, when it is probed.</summary>
    public long? Neighbour(int failure, long point, int[] indices, int dimension)
    {
        var dimensions = Failures[failure].Dimensions;
        if (indices[dimension] + 1 >= dimensions[dimension].Values.Count)
        {
            return null;
        }

        if (Rows[failure] is not { } rows)
        {
            return point + GridRun.Stride(dimensions, dimension);
        }

        var index = _rowIndex[failure] ??= rows.Select((r, i) => (Key: Encode(dimensions, r), i)).ToDictionary(x => x.Key, x => x.i);
        indices[dimension]++;
        var key = Encode(dimensions, indices);
        indices[dimension]--;
        return index.TryGetValue(key, out var found) ? found : null;
    }

    private static long Encode(List<ProbeDimension> dimensions, int[] indices)
    {
        var key = 0L;
        for (var d = 0; d < dimensions.Count; d++)
        {
            key = unchecked((key * dimensions[d].Values.Count) + indices[d]);
        }

        return key;
    }

    public static ProbeGrid Build(CompiledManual manual, long maxPoints)
    {
        var schema = manual.Schema;
        var constants = ProbeConstants.Collect(manual);
        // A manual without tiers is probed once per point, with no tier (null).
        var tiers = new ProbeDimension { Name = "tier", Values = schema.Tier.Values.Count == 0 ? [null] : [.. schema.Tier.Values], Harm = "a higher tier" };
        var causes = new ProbeDimension { Name = "cause", Values = [null, .. schema.Cause.Values] };
        var order = new ProbeDimension { Name = "order.value", Values = Around(constants, schema.OrderValue, [10m, 100m, 1000m], 1m, positive: true).Cast<object?>().ToList(), Harm = "a higher order value" };
        var extras = new List<ProbeDimension>
        {
            Numeric(constants, schema.PriorIncidents, "more prior incidents"),
            Numeric(constants, schema.TenureMonths, null),
            Numeric(constants, schema.RecentCompensation, null),
        };
        foreach (var fact in schema.Inputs)
        {
            extras.Add(Input(constants, fact));
        }

        // A condition comparing one fact with another ('order.value >= umbral_bajo'): probe one side on each side of
        // every value probed (or, for a derived fact, written) for the other, so the comparison turns both ways.
        var probed = new List<ProbeDimension> { order };
        probed.AddRange(extras);
        var original = probed.ToDictionary(d => d.Name, d => d.Values, StringComparer.Ordinal);
        foreach (var (left, right) in ProbeConstants.Links(manual))
        {
            IEnumerable<object?>? Values(FactDefinition fact) => fact.Origin == FactOrigin.Derived
                ? ProbeConstants.DerivedValues(manual, fact).Cast<object?>()
                : original.TryGetValue(fact.Name, out var v) && v.Count > 0 ? v : null;
            var (side, other) = Probeable(probed, left) >= 0 && Values(right) is { } r ? (left, r)
                : Probeable(probed, right) >= 0 && Values(left) is { } l ? (right, l)
                : (null, null);
            if (side is null || other is null)
            {
                continue;
            }

            var i = Probeable(probed, side);
            probed[i] = Relative(probed[i], side, other.OfType<decimal>(), side == schema.OrderValue);
        }

        order = probed[0];
        extras = probed.Skip(1).ToList();

        var reduced = new List<string>();
        var failures = new List<(string, List<ProbeDimension>)>();
        for (var f = 0; f < schema.Failure.Values.Count; f++)
        {
            var dimensions = new List<ProbeDimension> { tiers, causes };
            if (manual.IsDelayFailure[f])
            {
                dimensions.Add(DelayDimension(constants, schema));
            }

            if (constants.TryGetValue(schema.Occurred, out var days))
            {
                // occurred, in whole days after the promise, each side of every number it is compared with.
                var offsets = new SortedSet<int> { 0 };
                offsets.UnionWith(days.Where(c => c >= 0 && c < 3650).SelectMany(c => new[] { (int)c - 1, (int)c, (int)c + 1 }).Where(x => x >= 0));
                dimensions.Add(new ProbeDimension { Name = Occurred, Values = [.. offsets.Cast<object?>()], Harm = null });
            }

            dimensions.Add(order);
            dimensions.AddRange(extras.Where(e => e.Values.Count > 0));
            failures.Add((schema.Failure.Values[f], dimensions));
        }

        // Too many combinations: probe the largest failure kinds with a pairwise (all-pairs) covering set instead of
        // every combination, so every threshold of every fact stays in play and every pair of values of any two facts
        // is tried together; each such incident also gets its next-worse neighbour along every harm dimension (when
        // that still fits) so proportionality keeps pairs to compare.
        var rows = failures.Select(_ => (List<int[]>?)null).ToList();
        foreach (var f in Enumerable.Range(0, failures.Count).OrderByDescending(f => Size(failures[f].Item2)).ThenBy(f => f))
        {
            if (Enumerable.Range(0, failures.Count).Sum(g => rows[g]?.Count ?? Size(failures[g].Item2)) <= maxPoints)
            {
                break;
            }

            var dimensions = failures[f].Item2;
            rows[f] = Pairwise([.. dimensions.Select(d => d.Values.Count)]);
            reduced.Add(failures[f].Item1);
        }

        if (reduced.Count > 0)
        {
            var withNeighbours = rows.Select((r, f) => r is null ? null : WithNeighbours(failures[f].Item2, r)).ToList();
            if (Enumerable.Range(0, failures.Count).Sum(g => withNeighbours[g]?.Count ?? rows[g]?.Count ?? Size(failures[g].Item2)) <= maxPoints)
            {
                rows = withNeighbours;
            }
        }

        return new ProbeGrid(manual, failures, reduced, rows);
    }

    /// <summary>The incident and customer at a point.</summary>
    public (Incident Incident, Customer Customer) At(string failure, List<ProbeDimension> dimensions, int[] indices)
    {
        var incident = new Incident { Failure = failure, PromisedAt = _base };
        var customer = new Customer();
        var facts = new Dictionary<string, object?>(StringComparer.Ordinal);
        for (var d = 0; d < dimensions.Count; d++)
        {
            var value = dimensions[d].Values[indices[d]];
            switch (dimensions[d].Name)
            {
                case "tier":
                    customer = customer with { Tier = (string?)value };
                    break;
                case "cause":
                    incident = incident with { Cause = (string?)value };
                    break;
                case Delay:
                    incident = incident with { PromisedAt = _base, DeliveredAt = _base.AddMinutes((int)value!) };
                    break;
                case Occurred:
                    incident = incident with { OccurredAt = _base.AddDays((int)value!) };
                    break;
                case "order.value":
                    incident = incident with { OrderValue = (decimal)value! };
                    break;
                case "customer.prior_incidents":
                    customer = customer with { PriorIncidents = (int)(decimal)value! };
                    break;
                case "customer.tenure_months":
                    customer = customer with { TenureMonths = (int)(decimal)value! };
                    break;
                case "customer.recent_compensation":
                    customer = customer with { RecentCompensation = (decimal)value! };
                    break;
                default:
                    if (value is not null)
                    {
                        facts[dimensions[d].Name] = value;
                    }

                    break;
            }
        }

        return (incident with { Facts = facts }, customer);
    }

    /// <summary>The point as a scenario would write it (paste it into a scenario file to pin the behaviour).</summary>
    public string Describe(string failure, List<ProbeDimension> dimensions, int[] indices)
    {
        var (incident, customer) = At(failure, dimensions, indices);
        var parts = new List<string> { $"failure: {failure}" };
        if (incident.Cause is not null)
        {
            parts.Add($"cause: {incident.Cause}");
        }

        if (incident.OccurredAt is { } occurred && incident.PromisedAt is { } from)
        {
            parts.Add($"occurred: {(occurred - from).TotalDays.ToString(CultureInfo.InvariantCulture)}d after promised");
        }

        if (incident.DeliveredAt is { } delivered && incident.PromisedAt is { } promised)
        {
            parts.Add($"delay: {Hours((int)(delivered - promised).TotalMinutes)}");
        }

        if (incident.OrderValue is { } order)
        {
            parts.Add($"order: {order.ToString(CultureInfo.InvariantCulture)}");
        }

        var facts = incident.Facts.Where(f => !IsDefault(f.Key, f.Value)).ToList();
        if (facts.Count > 0)
        {
            parts.Add($"facts: {{ {string.Join(", ", facts.Select(f => $"{f.Key}: {Text(f.Key, f.Value)}"))} }}");
        }

        var customerParts = customer.Tier is null ? new List<string>() : [$"tier: {customer.Tier}"];
        if (customer.PriorIncidents != 0)
        {
            customerParts.Add($"prior-incidents: {customer.PriorIncidents}");
        }

        if (customer.TenureMonths != 0)
        {
            customerParts.Add($"tenure-months: {customer.TenureMonths}");
        }

        if (customer.RecentCompensation != 0)
        {
            customerParts.Add($"recent-compensation: {customer.RecentCompensation.ToString(CultureInfo.InvariantCulture)}");
        }

        // A manual without tiers often has nothing to say about the customer: no empty 'customer: {  }'.
        return customerParts.Count == 0
            ? $"incident: {{ {string.Join(", ", parts)} }}"
            : $"incident: {{ {string.Join(", ", parts)} }}, customer: {{ {string.Join(", ", customerParts)} }}";
    }

    private bool IsDefault(string name, object? value)
    {
        if (!Manual.Schema.TryGet(name, out var fact) || fact.Default is not { } standard)
        {
            return false;
        }

        return value switch
        {
            bool b => (b ? 1m : 0m) == standard,
            decimal d => d == standard,
            string s => fact.IndexOf(s) == (int)standard,
            _ => false,
        };
    }

    public static string Text(string name, object? value) => value switch
    {
        null => name == "cause" ? "(no cause)" : "(none)",
        bool b => b ? "true" : "false",
        int hours when name == Delay => Hours(hours),
        decimal d => d.ToString(CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
    };

    /// <summary>A probed delay (in minutes) as a scenario writes it: 45m, 5h, 1d 12h.</summary>
    public static string Hours(int minutes) => DurationText.Format(minutes);
}
