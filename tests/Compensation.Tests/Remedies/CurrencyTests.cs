namespace Compensation.Tests.Remedies;

/// <summary>
/// A manual that decides in several currencies: an EU261-like flight delay scheme (arriving 3 hours or more late:
/// 250 EUR up to 1,500 km, 400 EUR up to 3,500 km, 600 EUR beyond) with the United Kingdom's column (220, 350,
/// 520 GBP) and, to show rounding per currency, a yen column with a fraction that yen do not have.
/// </summary>
public class CurrencyTests
{
    private const string Header = """
        manual: Vuelos
        version: "1"
        effective: 2026-01-01
        currency: EUR
        currencies: [EUR, GBP, JPY]
        catalog:
          failures: [retraso-vuelo]
          delay-failures: [retraso-vuelo]
          facts:
            distancia_km: { type: integer, min: 0, default: 0 }
        limits:
          total: { EUR: 500, GBP: 450, JPY: 80000 }
        """;

    private const string Rules = """
        rule-sets:
          - name: compensacion
            hit-policy: first
            rules:
              - name: larga-distancia
                when: delay.minutes >= 3h and distancia_km > 3500
                grant:
                  - compensation: { amount: { EUR: 600, GBP: 520, JPY: 96000 } }
              - name: media-distancia
                when: delay.minutes >= 3h and distancia_km > 1500
                grant:
                  - compensation: { amount: { EUR: 400, GBP: 350, JPY: 64000 } }
              - name: corta-distancia
                when: delay.minutes >= 3h
                grant:
                  - compensation: { amount: { EUR: 250, GBP: 220, JPY: 40000.4 }, description: Retraso de más de tres horas }
        """;

    private static readonly CompensationManual Manual = CompensationManual.Parse([new ManualSource("manual.yaml", Header), new ManualSource("reglas.yaml", Rules)]);

    private static Decision Decide(string? currency, int km)
    {
        var promised = new DateTimeOffset(2026, 6, 1, 10, 0, 0, TimeSpan.Zero);
        var incident = new Incident { Failure = "retraso-vuelo", PromisedAt = promised, DeliveredAt = promised.AddHours(4), Currency = currency, Facts = new Dictionary<string, object?> { ["distancia_km"] = km } };
        return Manual.Decide(incident, new Customer());
    }

    [Theory]
    [InlineData(null, 1200, "EUR", 250)]     // no currency: the manual's default
    [InlineData("EUR", 1200, "EUR", 250)]
    [InlineData("GBP", 1200, "GBP", 220)]    // the GBP column
    [InlineData("GBP", 2000, "GBP", 350)]
    [InlineData("JPY", 1200, "JPY", 40000)]  // 40000.4 yen rounded to whole yen
    public void Decide_AmountPerCurrency_IncidentsCurrencyChooses(string? currency, int km, string expectedCurrency, decimal expected)
    {
        var decision = Decide(currency, km);

        Assert.Equal((expectedCurrency, expected), (decision.Currency, decision.TotalCost));
    }

    [Theory]
    [InlineData("EUR", 500, 600)]     // 600 EUR capped by the EUR limit of 500
    [InlineData("GBP", 450, 520)]     // 520 GBP capped by the GBP limit of 450
    public void Decide_LimitPerCurrency_CapsInTheIncidentsCurrency(string currency, decimal expected, decimal original)
    {
        var decision = Decide(currency, 5000);

        var remedy = Assert.IsType<CompensationRemedy>(Assert.Single(decision.Remedies));
        Assert.Equal((expected, original), (remedy.Amount, remedy.OriginalCost));
    }

    [Fact]
    public void Decide_UnknownCurrency_Inc009NamesTheManualsCurrencies()
    {
        var error = Assert.Single(Assert.Throws<InvalidIncidentException>(() => Decide("USD", 1200)).Errors);

        Assert.Equal(("Incident.Currency", "INC009"), (error.Property, error.Code));
        Assert.Equal("the order is in USD but the manual decides in EUR, GBP, JPY; convert the order value to one of them first", error.Message);
    }

    [Fact]
    public void Load_AmountMissingACurrency_ErrorNamesIt()
    {
        var rules = Rules.Replace("{ EUR: 400, GBP: 350, JPY: 64000 }", "{ EUR: 400, GBP: 350 }", StringComparison.Ordinal);

        var result = CompensationManual.TryParse([new ManualSource("manual.yaml", Header), new ManualSource("reglas.yaml", rules)]);

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("reglas.yaml", 12), (error.Location.File, error.Location.Line)); // the media-distancia grant line
        Assert.Equal("no value for JPY: the manual decides in EUR, GBP, JPY", error.Message);
    }

    [Fact]
    public void Load_AmountInAnUndeclaredCurrency_ErrorAtThatCurrency()
    {
        var rules = Rules.Replace("GBP: 350, JPY: 64000", "GBP: 350, JPY: 64000, USD: 420", StringComparison.Ordinal);

        var error = Assert.Single(CompensationManual.TryParse([new ManualSource("manual.yaml", Header), new ManualSource("reglas.yaml", rules)]).Diagnostics);

        Assert.Equal("CMP007", error.Code);
        Assert.Contains("'USD' is not one of the manual's currencies (EUR, GBP, JPY)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_DefaultCurrencyNotAmongCurrencies_IsAnError()
    {
        var header = Header.Replace("currencies: [EUR, GBP, JPY]", "currencies: [GBP, JPY]", StringComparison.Ordinal);

        var diagnostics = CompensationManual.TryParse([new ManualSource("manual.yaml", header), new ManualSource("reglas.yaml", Rules.Replace("EUR: 600, ", "", StringComparison.Ordinal).Replace("EUR: 400, ", "", StringComparison.Ordinal).Replace("EUR: 250, ", "", StringComparison.Ordinal))]).Diagnostics;

        Assert.Contains(diagnostics, d => d.Message == "the default currency 'EUR' is not one of 'currencies: [GBP, JPY]'");
    }
}
