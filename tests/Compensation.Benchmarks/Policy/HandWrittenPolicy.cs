namespace Compensation.Benchmarks.Policy;

/// <summary>
/// The generated policy coded by hand, as a developer would without a rule engine: a dictionary from failure
/// kind to its position, a switch on the tier, band arithmetic instead of rule scanning, and the caps in plain C#.
/// Returns only the total cost (the peers are compared on totals).
/// </summary>
internal sealed class HandWrittenPolicy(GeneratedPolicy policy)
{
    private readonly Dictionary<string, int> _failures = policy.Failures.Select((f, i) => (f, i)).ToDictionary(p => p.f, p => p.i, StringComparer.Ordinal);
    private readonly int _main = policy.RuleCount - GeneratedPolicy.FixedRules;
    private readonly int _buckets = policy.FailureCount * 4;

    public decimal Decide(Incident incident, Customer customer)
    {
        var f = _failures[incident.Failure];
        var t = customer.Tier switch { "estandar" => 0, "plata" => 1, "oro" => 2, "platino" => 3, _ => throw new ArgumentException(customer.Tier) };
        var days = incident.PromisedAt is { } p && incident.DeliveredAt is { } d ? (int)(Math.Max(0, Math.Floor((d - p).TotalHours)) / 24) : 0;
        var order = incident.OrderValue ?? 0m; // the benchmark incidents all carry one
        var cause = incident.Cause;
        var gravedad = days >= 10 ? 3 : days >= 5 || order >= 300 ? 2 : days >= 1 || order >= 100 ? 1 : 0;

        Span<PeerGrant> granted = stackalloc PeerGrant[64];
        var count = 0;
        var bucket = (f * 4) + t;
        var k = (_main / _buckets) + (bucket < _main % _buckets ? 1 : 0);
        var bands = (k + 1) / 2;
        var delay = GeneratedPolicy.IsDelay(f);
        var value = delay ? days : (int)Math.Min(order, int.MaxValue);
        var (start, span) = delay ? (1, 30) : (0, 500);
        if (bands > 0 && value >= start && (!delay || order >= 0))
        {
            var width = Math.Max(1, span / bands);
            var j = Math.Min((value - start) / width, bands - 1);
            var (a, b) = (2 + ((f + t + j) % 7), 1 + (t % 3));
            var percent = delay ? Math.Min(a + (b * days), 50) : a + b;
            granted[count++] = new PeerGrant(Settlement.Discount, Settlement.DiscountCost(order, percent));
        }

        for (var j = 0; j < k - bands; j++)
        {
            if (cause != GeneratedPolicy.Causes[(f + j) % 4])
            {
                continue;
            }

            var (lo, hi) = GeneratedPolicy.CauseBand(f, j, k - bands);
            if ((delay ? days : order) >= lo && (hi == int.MaxValue || (delay ? days : order) < hi))
            {
                var (a, b) = (3 + ((f + j) % 5), 2 + (t % 4));
                granted[count++] = new PeerGrant(Settlement.StoreCredit, delay ? Math.Min(a * days, 80) : a * b);
            }
        }

        if (gravedad >= 3 && t >= 2)
        {
            granted[count++] = new PeerGrant(Settlement.Gift, 10m);
        }

        if (gravedad >= 2 && customer.PriorIncidents >= 2)
        {
            granted[count++] = new PeerGrant(Settlement.Reincidencia, Math.Min(10 * customer.PriorIncidents, 50));
        }

        return Settlement.Total(order, granted[..count]);
    }
}
