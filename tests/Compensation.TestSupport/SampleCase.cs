using CsCheck;

namespace Compensation.TestSupport;

/// <summary>A generated incident for the sample manual, small enough to read when a property fails.</summary>
internal sealed record SampleCase(
    string Failure,
    string? Cause,
    int TierIndex,
    int DelayDays,
    int ExtraHours,
    decimal OrderValue,
    int PriorIncidents,
    bool Installation,
    bool SpecialDate)
{
    private static readonly DateTimeOffset Promised = new(2026, 11, 10, 18, 0, 0, TimeSpan.FromHours(1));

    /// <summary>
    /// Every failure kind; every cause and none; every tier; delays of 0..30 days (plus 1..23 hours, so even
    /// a 0-day delay is late); orders of 0.01..2000.00; 0..5 prior incidents; both extra facts.
    /// </summary>
    public static Gen<SampleCase> Gen(CompensationManual manual)
    {
        var failures = manual.Catalog.Failures.ToArray();
        var causes = manual.Catalog.Causes.Append(null).ToArray();
        return CsCheck.Gen.Select(
                CsCheck.Gen.OneOfConst(failures),
                CsCheck.Gen.OneOfConst(causes),
                CsCheck.Gen.Int[0, manual.Catalog.Tiers.Count - 1],
                CsCheck.Gen.Int[0, 30],
                CsCheck.Gen.Int[1, 23],
                CsCheck.Gen.Int[1, 200_000],
                (failure, cause, tier, days, hours, cents) => (failure, cause, tier, days, hours, cents))
            .Select(CsCheck.Gen.Int[0, 5], CsCheck.Gen.Bool, CsCheck.Gen.Bool, (t, prior, installation, special)
                => new SampleCase(t.failure, t.cause, t.tier, t.days, t.hours, t.cents / 100m, prior, installation, special));
    }

    public Incident Incident => new()
    {
        Id = "generated",
        Failure = Failure,
        Cause = Cause,
        PromisedAt = Promised,
        DeliveredAt = Promised.AddDays(DelayDays).AddHours(ExtraHours),
        OrderValue = OrderValue,
        Currency = "EUR",
        Facts = new Dictionary<string, object?> { ["instalacion_incluida"] = Installation, ["fecha_senalada"] = SpecialDate },
    };

    public Customer Customer(CompensationManual manual) => new()
    {
        Id = "C-generated",
        Tier = manual.Catalog.Tiers[TierIndex],
        TenureMonths = 12,
        PriorIncidents = PriorIncidents,
    };

    public decimal Total(CompensationManual manual) => manual.Decide(Incident, Customer(manual)).TotalCost;
}
