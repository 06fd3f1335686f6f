using CsCheck;
using Compensation.TestSupport;

namespace Compensation.Tests.Security;

/// <summary>
/// Hostile values from code, at the library's boundary: extreme decimals, the first and last representable instants,
/// empty and huge texts, null texts where the type says there is none, null and odd fact values. Whatever they are,
/// <c>Decide</c> and <c>Explain</c> give a decision or an <see cref="InvalidIncidentException"/> listing INC codes — never
/// an OverflowException, ArgumentException, NullReferenceException or any other exception.
/// </summary>
public sealed class BoundaryPropertyTests
{
    private static readonly CompensationManual Sample = CompensationManual.Parse(Hostile.SampleSources);

    private static readonly Gen<decimal> Decimals = Gen.Frequency(
        (3, Gen.OneOfConst(decimal.MaxValue, decimal.MinValue, 0m, -0.01m, 0.0000000000000000000000000001m, 79228162514264337593543950.335m, 1_000_000_000_000m, 1_000_000_000_000.01m, 120.005m)),
        (2, Gen.Decimal),
        (2, Gen.Long[0, 100_000].Select(c => c / 100m)));

    private static readonly Gen<DateTimeOffset?> Instants = Gen.Frequency(
        (3, Gen.OneOfConst<DateTimeOffset?>(null, DateTimeOffset.MinValue, DateTimeOffset.MaxValue, DateTimeOffset.MinValue.AddTicks(1), DateTimeOffset.MaxValue.AddTicks(-1), new DateTimeOffset(2026, 11, 10, 18, 0, 0, TimeSpan.FromHours(14)), new DateTimeOffset(2026, 11, 10, 18, 0, 0, TimeSpan.FromHours(-14)))),
        (2, Gen.Long[DateTimeOffset.MinValue.UtcTicks, DateTimeOffset.MaxValue.UtcTicks].Select(t => (DateTimeOffset?)new DateTimeOffset(t, TimeSpan.Zero))),
        (2, Gen.Int[0, 24 * 400].Select(h => (DateTimeOffset?)new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero).AddHours(h))));

    private static readonly Gen<string?> Texts = Gen.Frequency(
        (3, Gen.OneOfConst<string?>(null, string.Empty, " ", "retraso", "oro", "interna", "es-ES", "xx-INVALID-CULTURE", "\0", "\uD800", "ＲＥＴＲＡＳＯ", "RETRASO", "ı", "İ")),
        (1, Gen.Int[0, 2_000_000].Select(n => (string?)new string('a', n))),
        (2, Gen.String));

    private static readonly Gen<object?> FactValues = Gen.OneOf(
        Gen.OneOfConst<object?>(null, true, false, string.Empty, "web", double.NaN, double.PositiveInfinity, float.MaxValue, long.MaxValue, int.MinValue, decimal.MaxValue, new object(), DateTime.MaxValue, Array.Empty<int>()),
        Decimals.Select(d => (object?)d),
        Texts.Select(t => (object?)t));

    private static readonly Gen<IReadOnlyDictionary<string, object?>?> Facts = Gen.Frequency(
        (1, Gen.OneOfConst<IReadOnlyDictionary<string, object?>?>(null, new Dictionary<string, object?>())),
        (4, Gen.Select(Gen.OneOfConst("instalacion_incluida", "fecha_senalada", "entrega_estimada", "desconocido", string.Empty, "delay.days", "order.value"), FactValues).Array[0, 5]
            .Select(pairs => (IReadOnlyDictionary<string, object?>?)pairs.DistinctBy(p => p.Item1).ToDictionary(p => p.Item1, p => p.Item2))));

    private static readonly Gen<(Incident, Customer)> Cases =
        from failure in Texts
        from cause in Texts
        from promised in Instants
        from delivered in Instants
        from occurred in Instants
        from order in Decimals
        from currency in Gen.OneOfConst<string?>(null, "EUR", "USD", string.Empty)
        from facts in Facts
        from tier in Texts
        from name in Texts
        from locale in Texts
        from tenure in Gen.OneOf(Gen.Int, Gen.OneOfConst(int.MinValue, int.MaxValue, -1, 0))
        from prior in Gen.OneOf(Gen.Int, Gen.OneOfConst(int.MinValue, int.MaxValue, -1, 0))
        from recent in Decimals
        select (
            new Incident { Id = name, Failure = failure!, Cause = cause, PromisedAt = promised, DeliveredAt = delivered, OccurredAt = occurred, OrderValue = order, Currency = currency, Facts = facts! },
            new Customer { Id = name, Name = name, Tier = tier!, TenureMonths = tenure, PriorIncidents = prior, RecentCompensation = recent, Locale = locale });

    [Fact]
    public void Decide_HostileValuesFromCode_DecisionOrInvalidIncidentException()
    {
        Cases.Sample(
            c => Hostile.Guarded(() => Outcome(() => Sample.Decide(c.Item1, c.Item2))),
            iter: FuzzSettings.Iterations(300),
            seed: FuzzSettings.Seed);
    }

    [Fact]
    public void Explain_HostileValuesFromCode_DecisionOrInvalidIncidentException()
    {
        Cases.Sample(
            c => Hostile.Guarded(() => Outcome(() => Sample.Explain(c.Item1, c.Item2))),
            iter: FuzzSettings.Iterations(150),
            seed: FuzzSettings.Seed);
    }

    [Fact]
    public void Decide_ExtremesTogether_RefusedWithEveryProblem()
    {
        // Every field at an extreme at once: each is reported, none crashes the binder.
        var incident = new Incident { Failure = null!, PromisedAt = DateTimeOffset.MinValue, DeliveredAt = DateTimeOffset.MaxValue, OrderValue = decimal.MinValue, Facts = null! };
        var customer = new Customer { Tier = null!, TenureMonths = int.MinValue, PriorIncidents = int.MaxValue, RecentCompensation = decimal.MaxValue };

        var ex = Assert.Throws<InvalidIncidentException>(() => Sample.Decide(incident, customer));

        // INC001 failure, INC002 tier, INC007 negative order value, INC008 a delay of about 10,000 years (more than 100),
        // INC010 recent compensation beyond the largest amount, INC011 twice (tenure, prior), INC013 the promise (year 1,
        // which dates the incident) is before the sample manual took effect (2026-11-01).
        Assert.Equal(["INC001", "INC002", "INC007", "INC008", "INC010", "INC011", "INC011", "INC013"], ex.Errors.Select(e => e.Code).Order(StringComparer.Ordinal));
    }

    /// <summary>True for a decision or a refusal; any other exception escapes and fails the property with its case.</summary>
    private static bool Outcome(Func<Decision> decide)
    {
        try
        {
            var decision = decide();
            Assert.Equal(decision.Remedies.Sum(r => r.Cost), decision.TotalCost);
            return true;
        }
        catch (InvalidIncidentException ex)
        {
            Assert.NotEmpty(ex.Errors);
            Assert.All(ex.Errors, e => Assert.Matches("^INC0[0-9]{2}$", e.Code));
            return true; // refused with its reasons: the other allowed outcome
        }
    }
}
