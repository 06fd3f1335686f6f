namespace Compensation.TestSupport;

/// <summary>Incidents for any manual, from a seeded <see cref="Random"/>: mostly valid, sometimes hostile.</summary>
internal static class RandomIncidents
{
    private static readonly DateTimeOffset Base = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

    private static readonly object?[] Oddities = [double.NaN, double.PositiveInfinity, 1e300, decimal.MaxValue, long.MaxValue, "texto", "", -1, 1.5m, true, null];

    public static (Incident Incident, Customer Customer) Next(CompensationManual manual, Random random, int decimals)
    {
        var catalog = manual.Catalog;
        var hostile = random.Next(5) == 0;
        var failure = Pick(random, catalog.Failures);
        var delay = catalog.DelayFailures.Contains(failure);
        var scale = (decimal)Math.Pow(10, decimals);
        var order = random.Next(10) == 0 ? random.NextInt64(0, 1_000_000_000_000) : random.Next(0, 200_000) / scale;
        var facts = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var fact in catalog.Facts)
        {
            facts[fact.Name] = hostile && random.Next(3) == 0 ? Oddities[random.Next(Oddities.Length)] : fact.Type switch
            {
                "boolean" => random.Next(2) == 0,
                "integer" => random.Next(0, 1001),
                "decimal" => random.Next(0, 100_000) / 100m,
                _ => fact.Values.Count > 0 ? Pick(random, fact.Values) : null,
            };
        }

        var incident = new Incident
        {
            Id = "INC-" + random.Next(),
            Failure = hostile && random.Next(4) == 0 ? "desconocido" : failure,
            Cause = random.Next(4) == 0 || catalog.Causes.Count == 0 ? null : Pick(random, catalog.Causes),
            PromisedAt = delay || random.Next(3) == 0 ? Base : null,
            DeliveredAt = delay || random.Next(3) == 0 ? Base.AddHours(hostile && random.Next(3) == 0 ? -5 : random.Next(1, 24 * 60)) : null,
            OrderValue = hostile && random.Next(3) == 0 ? Pick(random, [-1m, decimal.MaxValue, 0.0001m, 1_000_000_000_000.01m]) : order,
            Currency = hostile && random.Next(4) == 0 ? "XXX" : null,
            Facts = hostile && random.Next(6) == 0 ? null! : facts,
        };
        var customer = new Customer
        {
            Tier = hostile && random.Next(4) == 0 ? "ORO" : Pick(random, catalog.Tiers),
            TenureMonths = hostile && random.Next(3) == 0 ? int.MaxValue : random.Next(0, 600),
            PriorIncidents = hostile && random.Next(3) == 0 ? -1 : random.Next(0, 30),
            RecentCompensation = random.Next(0, 100_000) / scale,
        };
        return (incident, customer);
    }

    private static T Pick<T>(Random random, IReadOnlyList<T> values) => values[random.Next(values.Count)];
}
