using Compensation.TestSupport;

namespace Compensation.Tests.Compilation;

/// <summary>Declarations of extra input facts (<c>catalog.facts</c>).</summary>
public class FactDeclarationTests
{
    private static ManualLoadResult Declare(string facts)
    {
        var header = TestManual.Header.Replace("  causes: [interna, transportista]", "  causes: [interna, transportista]\n  facts:\n" + facts, StringComparison.Ordinal);
        return CompensationManual.TryParse([new ManualSource("manual.yaml", header), new ManualSource("test.yaml", TestManual.NoRules)]);
    }

    [Theory]
    [InlineData("    n: { type: integer, min: 5, max: 1 }", "fact 'n' has min 5 above max 1")]
    [InlineData("    n: { type: integer, min: 0, max: 9, default: 10 }", "default 10 of fact 'n' is outside 0..9")]
    [InlineData("    n: { type: integer, default: 1.5 }", "default '1.5' of fact 'n' is not a integer")]
    [InlineData("    b: { type: boolean, min: 0 }", "fact 'b' is boolean; min and max apply to numbers only")]
    [InlineData("    b: { type: boolean, default: si }", "default 'si' of fact 'b' is not a boolean")]
    [InlineData("    c: { type: [web, web] }", "fact 'c' must list distinct values")]
    [InlineData("    c: { type: [web, tienda], default: telefono }", "default 'telefono' of fact 'c' is not a one of web, tienda")]
    [InlineData("    n: { type: entero }", "unknown fact type 'entero'")]
    [InlineData("    n: { type: integer, min: cero }", "'min: cero' of fact 'n' is not a number")]
    [InlineData("    mi-hecho: { type: integer }", "'mi-hecho' is not a valid fact name")]
    public void TryParse_InvalidFact_ReportsCmp018WithMessage(string fact, string message)
    {
        var result = Declare(fact);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(("CMP018", message), (diagnostic.Code, diagnostic.Message));
        Assert.Equal(12, diagnostic.Location.Line); // the fact is on line 12 of manual.yaml
    }

    [Theory]
    [InlineData("tier")]
    [InlineData("order")]
    [InlineData("min")]
    [InlineData("it")]
    public void TryParse_ReservedFactName_ReportsCmp005(string name)
    {
        var diagnostic = Assert.Single(Declare($"    {name}: {{ type: integer }}").Diagnostics);

        Assert.Equal(("CMP005", $"the fact name '{name}' is already taken"), (diagnostic.Code, diagnostic.Message));
    }

    [Fact]
    public void TryParse_FactWithoutType_ReportsCmp003()
    {
        Assert.Equal("CMP003", Assert.Single(Declare("    n: { min: 0 }").Diagnostics).Code);
    }

    [Fact]
    public void Catalog_DeclaredFacts_AreListedWithTypeAndDefault()
    {
        var manual = Declare("    canal: { type: [web, tienda], default: web }\n    n: { type: integer }").Manual!;

        Assert.Equal(2, manual.Catalog.Facts.Count);
        Assert.Equal(("canal", "one of web, tienda", true), (manual.Catalog.Facts[0].Name, manual.Catalog.Facts[0].Type, manual.Catalog.Facts[0].HasDefault));
        Assert.Equal(["web", "tienda"], manual.Catalog.Facts[0].Values);
        Assert.Equal(("n", "integer", false), (manual.Catalog.Facts[1].Name, manual.Catalog.Facts[1].Type, manual.Catalog.Facts[1].HasDefault));
    }

    [Fact]
    public void TryParse_ListFactComparedWithUndeclaredValue_ReportsCmp007()
    {
        var header = TestManual.Header.Replace("  causes: [interna, transportista]", "  causes: [interna, transportista]\n  facts:\n    canal: { type: [web, tienda], default: web }", StringComparison.Ordinal);

        var result = CompensationManual.TryParse([new ManualSource("manual.yaml", header), new ManualSource("test.yaml", TestManual.OneRule("gift: { description: x, cost: 1 }", "canal == \"telefono\""))]);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("CMP007", diagnostic.Code);
        Assert.StartsWith("unknown value of 'canal' 'telefono'", diagnostic.Message, StringComparison.Ordinal);
    }
}
