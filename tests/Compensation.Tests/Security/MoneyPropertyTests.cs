using Compensation.Facts;
using Compensation.TestSupport;
using CsCheck;


namespace Compensation.Tests.Security;

/// <summary>
/// Money is decimal end to end: rounding per currency, totals that are exactly the sum of the remedies,
/// caps that hold in every generated case, and absurd amounts refused as invalid input.
/// </summary>
public sealed class MoneyPropertyTests
{
    private static readonly CompensationManual Sample = CompensationManual.Parse(Hostile.SampleSources);

    [Fact]
    public void Decide_SampleManualAnyValidIncident_MoneyInvariantsHold()
    {
        IncidentGen.Valid(Sample, decimals: 2).Sample(
            c =>
            {
                var decision = Sample.Decide(c.Incident, c.Customer);
                var order = c.Incident.OrderValue!.Value; // the generator always gives one

                // The total is exactly the sum of what is granted (decimal: no drift).
                Assert.Equal(decision.Remedies.Sum(r => r.Cost), decision.TotalCost);

                // No remedy takes money from the customer, and every cost is a whole number of cents (EUR).
                Assert.All(decision.Remedies, r => Assert.True(r.Cost >= 0 && decimal.Round(r.Cost, 2) == r.Cost, $"{r.Rule}: {r.Cost}"));

                // limits.total is order.value; limits.store-credit is 0.5 * order.value, rounded to cents.
                Assert.True(decision.TotalCost <= order, $"total {decision.TotalCost} above the order value {order}");
                var credit = decision.Remedies.Where(r => r is StoreCreditRemedy).Sum(r => r.Cost);
                Assert.True(credit <= decimal.Round(0.5m * order, 2, MidpointRounding.AwayFromZero), $"store credit {credit} above half of {order}");

                // A reduced remedy never ends above what it was first worth.
                Assert.All(decision.Remedies, r => Assert.True(r.OriginalCost is null || r.Cost <= r.OriginalCost));

                // The empowered role covers the total (or is the last, unlimited one).
                Assert.True(decision.Approval.UpTo is null || decision.TotalCost <= decision.Approval.UpTo);
            },
            iter: FuzzSettings.Iterations(400),
            seed: FuzzSettings.Seed);
    }

    [Fact]
    public void Decide_SameIncidentTwiceOrExplained_SameRemedies()
    {
        // Deciding is a pure function of manual and incident: the fast path and the explaining path agree.
        IncidentGen.Valid(Sample, decimals: 2).Sample(
            c =>
            {
                var fast = DecisionText.Canonical(Sample.Decide(c.Incident, c.Customer));
                Assert.Equal(fast, DecisionText.Canonical(Sample.Decide(c.Incident, c.Customer)));
                Assert.Equal(fast, DecisionText.Canonical(Sample.Explain(c.Incident, c.Customer)));
            },
            iter: FuzzSettings.Iterations(200),
            seed: FuzzSettings.Seed);
    }

    [Fact]
    public void Decide_OrderValueBeyondLargestAccepted_InvalidIncident()
    {
        // Anything above 10^12 could overflow money arithmetic in formulas (10^12 cubed already would):
        // it is refused as input (INC010), not left to fail or wrap inside a rule.
        Gen.Decimal[1_000_000_000_000.01m, decimal.MaxValue].Select(v => decimal.Round(v, 2)).Sample(
            value =>
            {
                var ex = Assert.Throws<InvalidIncidentException>(() => Sample.Decide(new Incident { Failure = "defecto", OrderValue = value }, new Customer { Tier = "oro" }));
                Assert.Contains(ex.Errors, e => e is { Property: "Incident.OrderValue", Code: "INC010" });
            },
            iter: FuzzSettings.Iterations(200),
            seed: FuzzSettings.Seed);
    }

    [Theory]
    [InlineData("EUR", 2.345, 2.35)] // half away from zero, not banker's (which gives 2.34)
    [InlineData("EUR", 2.344, 2.34)]
    [InlineData("EUR", 0.005, 0.01)]
    [InlineData("JPY", 1234.5, 1235)] // the yen has no minor unit
    [InlineData("JPY", 1233.5, 1234)] // banker's rounding would give 1234 too; the one above tells them apart
    [InlineData("KWD", 1.2345, 1.235)] // the Kuwaiti dinar has three decimals
    [InlineData("CLP", 99.5, 100)]
    [InlineData("USD", 10.125, 10.13)]
    public void Round_PerCurrency_MinorUnitHalfAwayFromZero(string currency, double amount, double expected)
    {
        var rounding = new CurrencyRounding(currency, CurrencyRounding.DefaultDecimals(currency));

        var rounded = rounding.Round((decimal)amount);

        Assert.Equal((decimal)expected, rounded);
        Assert.Equal(rounding.Decimals, rounded.Scale); // written with exactly the minor unit's decimals (12 → 12.00)
    }

    [Theory]
    [InlineData("EUR", null, 2)]
    [InlineData("JPY", null, 0)]
    [InlineData("KWD", null, 3)]
    [InlineData("XTS", "4", 4)]
    [InlineData("EUR", "0", 0)]
    public void Decide_DiscountPercentInAnyCurrency_CostIsRoundedOrderShare(string currency, string? currencyDecimals, int decimals)
    {
        // For any order value and any percentage with up to two decimals, the discount's cost is
        // round(order * percent / 100) to the currency's minor unit, half away from zero.
        var manual = PercentManual(currency, currencyDecimals);
        var gen = from order in IncidentGen.Money(decimals)
                  from hundredths in Gen.Int[1, 10_000]
                  select (order, percent: hundredths / 100m);
        gen.Sample(
            c =>
            {
                var incident = new Incident { Failure = "defecto", OrderValue = c.order, Facts = new Dictionary<string, object?> { ["porcentaje"] = c.percent } };

                var cost = Assert.Single(manual.Decide(incident, new Customer { Tier = "basico" }).Remedies).Cost;

                Assert.Equal(Math.Round(c.order * c.percent / 100m, decimals, MidpointRounding.AwayFromZero), cost);
                Assert.Equal(decimals, cost.Scale);
            },
            iter: FuzzSettings.Iterations(200),
            seed: FuzzSettings.Seed);
    }

    [Theory]
    [InlineData("9")]
    [InlineData("200")]
    [InlineData("-1")]
    [InlineData("dos")]
    public void TryParse_CurrencyDecimalsOutOfRange_Diagnostic(string value)
    {
        var result = Hostile.Guarded(() => CompensationManual.TryParse([new ManualSource("m.yaml", PercentText("XTS", value))]));

        Hostile.AssertRejected(result, "CMP004");
    }

    private static CompensationManual PercentManual(string currency, string? decimals)
        => CompensationManual.Parse([new ManualSource("m.yaml", PercentText(currency, decimals))]);

    private static string PercentText(string currency, string? decimals) => $"""
        manual: Redondeo
        version: "1"
        effective: 2026-01-01
        currency: {currency}
        {(decimals is null ? string.Empty : "currency-decimals: " + decimals)}
        catalog:
          tiers: [basico]
          failures: [defecto]
          causes: [interna]
          facts:
            porcentaje: {"{"} type: decimal, min: 0, max: 100 {"}"}
        empowerment:
          - {"{"} role: agente {"}"}
        limits:
          total: "order.value"
        rule-sets:
          - name: resarcimiento
            hit-policy: collect
            rules:
              - name: descuento
                grant: [ discount: {"{"} percent: porcentaje, on: this-order {"}"} ]
        """;
}
