using CsCheck;

namespace Compensation.Tests.Security;

/// <summary>Generators of incidents and customers for a manual's catalogue.</summary>
internal static class IncidentGen
{
    private static readonly DateTimeOffset Base = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

    /// <summary>Money with the currency's decimals, from 0 to 10^12 (the largest accepted), biased towards everyday values.</summary>
    public static Gen<decimal> Money(int decimals)
    {
        var scale = decimals switch { 0 => 1m, 1 => 10m, 2 => 100m, 3 => 1000m, _ => 10000m };
        return Gen.Frequency(
            (6, Gen.Long[0, 500_000].Select(u => u / scale)),
            (3, Gen.Long[0, 10_000_000_000].Select(u => u / scale)),
            (1, Gen.Long[0, (long)(1_000_000_000_000m * scale)].Select(u => u / scale)));
    }

    /// <summary>A valid incident and customer for <paramref name="manual"/>.</summary>
    public static Gen<(Incident Incident, Customer Customer)> Valid(CompensationManual manual, int decimals)
    {
        var catalog = manual.Catalog;
        var delays = catalog.DelayFailures.ToHashSet(StringComparer.Ordinal);
        var gen =
            from failure in Gen.OneOfConst([.. catalog.Failures])
            from tier in Gen.OneOfConst([.. catalog.Tiers])
            from cause in Gen.OneOfConst<string?>([null, .. catalog.Causes])
            from hours in Gen.Frequency((3, Gen.Int[1, 24 * 14]), (1, Gen.Int[1, 24 * 400]))
            from order in Money(decimals)
            from tenure in Gen.Int[0, 600]
            from prior in Gen.Int[0, 30]
            from recent in Money(decimals)
            from flags in Gen.Bool.Array[2]
            select (
                new Incident
                {
                    Id = "INC-fuzz",
                    Failure = failure,
                    Cause = cause,
                    PromisedAt = delays.Contains(failure) ? Base : null,
                    DeliveredAt = delays.Contains(failure) ? Base.AddHours(hours) : null,
                    OrderValue = order,
                    Facts = Facts(catalog, flags),
                },
                new Customer { Id = "C-fuzz", Tier = tier, TenureMonths = tenure, PriorIncidents = prior, RecentCompensation = recent });
        return gen;
    }

    private static Dictionary<string, object?> Facts(ManualCatalog catalog, bool[] flags)
    {
        // Boolean input facts get generated values; others keep their defaults.
        var facts = new Dictionary<string, object?>(StringComparer.Ordinal);
        var i = 0;
        foreach (var fact in catalog.Facts.Where(f => f.Type == "boolean"))
        {
            facts[fact.Name] = flags[i++ % flags.Length];
        }

        return facts;
    }
}
