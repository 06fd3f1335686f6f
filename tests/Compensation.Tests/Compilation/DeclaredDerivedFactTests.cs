using Compensation.TestSupport;

namespace Compensation.Tests.Compilation;

/// <summary>A derived fact's type declared in the catalogue (<c>derived: { payout: decimal }</c>) decides it; a row that does not fit gets the error.</summary>
public class DeclaredDerivedFactTests
{
    private static string Header(string derived)
        => TestManual.Header.Replace("  causes: [interna, transportista]", "  causes: [interna, transportista]\n  derived: { " + derived + " }", StringComparison.Ordinal);

    private const string Rules = """
        rule-sets:
          - name: calculo
            hit-policy: collect
            rules:
              - { name: base, when: "true", set: { payout: 1 } }
              - { name: extra, when: "order.value > 50", set: { payout: "order.value / 8" } }
          - name: pago
            hit-policy: collect
            rules:
              - { name: pagar, when: "payout > 0", grant: [ store-credit: { amount: payout } ] }
        """;

    private static ManualLoadResult Load(string derived, string rules = Rules)
        => CompensationManual.TryParse([new ManualSource("manual.yaml", Header(derived)), new ManualSource("test.yaml", rules)]);

    [Fact]
    public void Decide_DeclaredDecimal_WholeNumberRowsAndDecimalRowsFit()
    {
        var manual = Load("payout: decimal").Manual!;

        // 100 / 8 = 12.5, kept as a decimal (the last row that fires sets it).
        Assert.Equal(12.5m, manual.Decide(Make.Failure(orderValue: 100m), Make.Customer()).TotalCost);
    }

    [Fact]
    public void Load_DeclaredIntegerRowWithDecimals_ErrorAtThatRow()
    {
        var result = Load("payout: integer");

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("CMP010", "test.yaml", 6), (error.Code, error.Location.File, error.Location.Line));
        Assert.StartsWith("'payout' is declared integer (catalog.derived, line 11) but is set here to a number with decimals", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_DeclaredBooleanRowIsANumber_ErrorAtTheFirstRow()
    {
        var error = Assert.Single(Load("payout: boolean").Diagnostics, d => d.Location.Line == 5);

        Assert.Contains("'payout' is declared boolean", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("payout: money", "'money' is not a type a rule can set")]
    [InlineData("payout: decimal, nunca: integer", "'nunca' is declared under 'derived:' but no rule sets it")]
    public void Load_BadDeclaration_IsAnError(string derived, string message)
    {
        Assert.Contains(Load(derived).Diagnostics, d => d.Message == message);
    }
}
