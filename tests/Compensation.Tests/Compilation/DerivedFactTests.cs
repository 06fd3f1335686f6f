using Compensation.TestSupport;

namespace Compensation.Tests.Compilation;

/// <summary>Facts a rule sets are visible to later rule sets only; until set they are 0 / false.</summary>
public class DerivedFactTests
{
    private const string Graded = """
        rule-sets:
          - name: gravedad
            hit-policy: first
            rules:
              - { name: grave, when: delay.days >= 5, set: { nivel: 3, urgente: true } }
              - { name: leve, when: delay.days >= 1, set: { nivel: 1 } }
          - name: resarcimiento
            hit-policy: collect
            rules:
              - { name: por-nivel, when: nivel >= 1, grant: [ store-credit: { amount: "nivel * 10" } ] }
              - { name: sin-urgencia, when: not urgente, grant: [ gift: { description: x, cost: 1 } ] }
        """;

    [Theory]
    [InlineData(7, 30, true)]   // 'grave' sets nivel 3 (30 of credit) and urgente, so no gift
    [InlineData(2, 10, false)]  // 'leve' sets nivel 1; urgente stays false: a gift
    public void Decide_LaterRuleSet_ReadsWhatAnEarlierOneSet(int days, decimal credit, bool urgent)
    {
        var decision = TestManual.WithRules(Graded).Decide(Make.Delay(days), Make.Customer());

        Assert.Equal(credit, Assert.IsType<StoreCreditRemedy>(decision.Remedies[0]).Amount);
        Assert.Equal(urgent ? 1 : 2, decision.Remedies.Count);
    }

    [Fact]
    public void Decide_FactNoRuleSet_IsZeroAndFalse()
    {
        // A 5-hour delay is 0 whole days: neither rule of 'gravedad' fires, so nivel = 0 and urgente = false.
        var decision = TestManual.WithRules(Graded).Explain(Make.Delay(0, extraHours: 5), Make.Customer());

        Assert.Equal("sin-urgencia", Assert.Single(decision.Remedies).Rule);
        Assert.Contains(new FactValue("nivel", "0"), decision.Facts);
        Assert.Contains(new FactValue("urgente", "false"), decision.Facts);
    }

    [Fact]
    public void Explain_Facts_ShowDerivedValuesAsTheRulesSawThem()
    {
        var decision = TestManual.WithRules(Graded).Explain(Make.Delay(6), Make.Customer("oro"));

        Assert.Contains(new FactValue("nivel", "3"), decision.Facts);
        Assert.Contains(new FactValue("urgente", "true"), decision.Facts);
        Assert.Contains(new FactValue("delay.days", "6"), decision.Facts);
        Assert.Contains(new FactValue("tier", "oro"), decision.Facts);
    }

    [Fact]
    public void Catalog_DerivedFacts_ListsEveryFactRulesSet()
    {
        Assert.Equal(["nivel", "urgente"], TestManual.WithRules(Graded).Catalog.DerivedFacts);
    }

    [Fact]
    public void Decide_CollectSettingOneFactTwice_TheLastRuleFiredWins()
    {
        var manual = TestManual.WithRules("""
            rule-sets:
              - name: a
                hit-policy: collect
                rules:
                  - { name: uno, set: { puntos: 1 } }
                  - { name: dos, set: { puntos: 2 } }
              - name: b
                hit-policy: collect
                rules:
                  - { name: r, grant: [ store-credit: { amount: puntos } ] }
            """);

        Assert.Equal(2m, manual.Decide(Make.Failure(), Make.Customer()).TotalCost);
    }

    [Theory]
    [InlineData("first", 1)]   // 'uno' is written first: only its set runs
    [InlineData("best", 2)]    // 'dos' grants more: only its set runs
    public void Decide_RuleThatDoesNotFire_DoesNotSetItsFacts(string policy, decimal expected)
    {
        var manual = TestManual.WithRules($$"""
            rule-sets:
              - name: a
                hit-policy: {{policy}}
                rules:
                  - { name: uno, set: { elegido: 1 }, grant: [ gift: { description: x, cost: 1, group: a } ] }
                  - { name: dos, set: { elegido: 2 }, grant: [ gift: { description: y, cost: 5, group: b } ] }
              - name: b
                hit-policy: collect
                rules:
                  - { name: r, grant: [ store-credit: { amount: elegido } ] }
            """);

        var decision = manual.Decide(Make.Failure(), Make.Customer());

        Assert.Equal(expected, Assert.IsType<StoreCreditRemedy>(decision.Remedies[^1]).Amount);
    }

    [Fact]
    public void TryParse_FactReadInTheRuleSetThatSetsIt_ReportsCmp012()
    {
        var diagnostics = TestManual.ErrorsWithRules("""
            rule-sets:
              - name: a
                hit-policy: collect
                rules:
                  - { name: fija, set: { nivel: 2 } }
                  - { name: lee, when: nivel > 1, grant: [ gift: { description: x, cost: 1 } ] }
            """);

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(("CMP012", new SourceLocation("test.yaml", 6, 28)), (diagnostic.Code, diagnostic.Location));
        Assert.Equal("'nivel' is set by rule set 'a', which does not run before this one", diagnostic.Message);
    }

    [Fact]
    public void TryParse_RuleSettingABuiltInFact_ReportsCmp005()
    {
        var diagnostics = TestManual.ErrorsWithRules("""
            rule-sets:
              - name: a
                hit-policy: collect
                rules:
                  - { name: fija, set: { tier: 2 } }
            """);

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(("CMP005", "'tier' is an input fact; a rule cannot set it"), (diagnostic.Code, diagnostic.Message));
    }

    [Fact]
    public void TryParse_FactSetToTwoTypes_ReportsCmp010AtTheSecond()
    {
        var diagnostics = TestManual.ErrorsWithRules("""
            rule-sets:
              - name: a
                hit-policy: collect
                rules:
                  - { name: uno, set: { nivel: 1 } }
                  - { name: dos, set: { nivel: true } }
            """);

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(("CMP010", new SourceLocation("test.yaml", 6, 29)), (diagnostic.Code, diagnostic.Location));
        Assert.Equal("'nivel' is set to true/false here, but to a number by rule 'uno' (line 5)", diagnostic.Message);
    }

    [Fact]
    public void Decide_FactSetToWholeNumberThenDecimal_IsDecimal()
    {
        // The first row sets 0, the second 0.5 * order.value: the fact is a decimal from all its rows, so 50 % of 100 = 50 reaches the grant.
        var manual = TestManual.WithRules("""
            rule-sets:
              - name: pago
                hit-policy: first
                rules:
                  - { name: nada, when: delay.days < 2, set: { payout: 0 } }
                  - { name: mitad, set: { payout: "0.5 * order.value" } }
              - name: credito
                hit-policy: collect
                rules:
                  - { name: credito, when: payout > 0, grant: [ store-credit: { amount: payout } ] }
            """);

        Assert.Equal(50m, manual.Decide(Make.Delay(3), Make.Customer()).TotalCost);
        Assert.Equal(0m, manual.Decide(Make.Delay(1), Make.Customer()).TotalCost);
    }

    [Fact]
    public void TryParse_DecimalFactLaterSetToAnInteger_Loads()
    {
        var manual = TestManual.WithRules("""
            rule-sets:
              - name: a
                hit-policy: first
                rules:
                  - { name: uno, when: delay.days > 3, set: { factor: 1.5 } }
                  - { name: dos, set: { factor: 1 } }
              - name: b
                hit-policy: collect
                rules:
                  - { name: r, grant: [ store-credit: { amount: "factor * 10" } ] }
            """);

        Assert.Equal(15m, manual.Decide(Make.Delay(4), Make.Customer()).TotalCost); // 1.5 * 10
        Assert.Equal(10m, manual.Decide(Make.Delay(2), Make.Customer()).TotalCost); // 1 * 10
    }

    [Fact]
    public void TryParse_SetToText_ReportsCmp010()
    {
        var diagnostics = TestManual.ErrorsWithRules("""
            rule-sets:
              - name: a
                hit-policy: collect
                rules:
                  - { name: uno, set: { nivel: 'tier' } }
            """);

        Assert.Equal("CMP010", Assert.Single(diagnostics).Code);
    }
}
