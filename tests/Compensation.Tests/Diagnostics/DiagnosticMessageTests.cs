using Compensation.TestSupport;

namespace Compensation.Tests.Diagnostics;

/// <summary>
/// The exact text of representative diagnostics (file:line:column, code, message, hint), and that all errors
/// of a manual are reported at once, in file and line order.
/// </summary>
public class DiagnosticMessageTests
{
    [Fact]
    public void ToString_UnknownKey_NamesFileLineColumnCodeAndNearestKey()
    {
        var diagnostics = TestManual.ErrorsWithRules("""
            rule-sets:
              - name: s
                hit-policy: collect
                rules:
                  - name: r
                    wen: failure == "retraso"
                    grant: [ gift: { description: x, cost: 1 } ]
            """);

        Assert.Equal(
            """test.yaml:6:9: error CMP002: unknown key 'wen' in a rule (hint: did you mean 'when'? valid keys are: name, section, priority, when, set, grant)""",
            Assert.Single(diagnostics).ToString());
    }

    [Fact]
    public void ToString_UnknownCatalogValue_SuggestsNearestValue()
    {
        var diagnostics = TestManual.ErrorsWithRules(OneRuleAt("failure == \"retrasoo\""));

        Assert.Equal(
            """test.yaml:6:27: error CMP007: unknown failure kind 'retrasoo' (hint: declared failure kind values are: retraso, defecto, danado; did you mean 'retraso'?)""",
            Assert.Single(diagnostics).ToString());
    }

    [Fact]
    public void ToString_FactReadBeforeItIsSet_NamesTheRuleSetThatSetsIt()
    {
        var diagnostics = TestManual.ErrorsWithRules("""
            rule-sets:
              - name: a
                hit-policy: collect
                rules:
                  - name: lee
                    when: nivel > 1
                    grant: [ gift: { description: x, cost: 1 } ]
              - name: b
                hit-policy: collect
                rules:
                  - { name: fija, set: { nivel: 2 } }
            """);

        Assert.Equal(
            """test.yaml:6:15: error CMP012: 'nivel' is set by rule set 'b', which does not run before this one (hint: read 'nivel' only in rule sets after 'b')""",
            Assert.Single(diagnostics).ToString());
    }

    [Fact]
    public void ToString_UnknownRemedy_SuggestsNearestKind()
    {
        var diagnostics = TestManual.ErrorsWithRules("""
            rule-sets:
              - name: s
                hit-policy: collect
                rules:
                  - name: r
                    grant:
                      - refnd: { amount: 5 }
            """);

        Assert.Equal(
            """test.yaml:7:13: error CMP014: unknown remedy 'refnd' (hint: did you mean 'refund'? valid values are: discount, refund, gift, manager-call, warranty-extension, free-service, store-credit, compensation)""",
            Assert.Single(diagnostics).ToString());
    }

    [Fact]
    public void TryParse_SeveralErrorsInSeveralFiles_ReportsAllInFileAndLineOrder()
    {
        var header = Header.Replace("currency: EUR", "currency: eur", StringComparison.Ordinal);
        var rules = """
            rule-sets:
              - name: s
                hit-policy: colect
                rules:
                  - name: r
                    when: delay.dias > 1
                    grant: [ regalo: { cost: 1 } ]
            """;

        var result = CompensationManual.TryParse([new ManualSource("b.yaml", rules), new ManualSource("a.yaml", header)]);

        // a.yaml sorts before b.yaml; within b.yaml, line 3 (hit policy) before 6 ('dias', at offset 6 of the
        // unquoted when that starts at column 15) before 7 (the remedy's key).
        Assert.Equal(
            ["a.yaml:4:11 CMP004", "b.yaml:3:17 CMP004", "b.yaml:6:21 CMP008", "b.yaml:7:18 CMP014"],
            result.Diagnostics.Select(d => $"{d.Location} {d.Code}"));
    }

    [Fact]
    public void Parse_ManualWithErrors_ThrowsWithEveryDiagnosticInMessage()
    {
        var ex = Assert.Throws<ManualLoadException>(() => TestManual.WithRules(OneRuleAt("delay.dias > 1 and tier > \"platino\"")));

        Assert.Equal("(manual)", ex.Source);
        Assert.Equal(["CMP008", "CMP007"], ex.Diagnostics.Select(d => d.Code));
        Assert.StartsWith("The manual '(manual)' has 2 error(s):", ex.Message, StringComparison.Ordinal);
    }

    /// <summary>A complete one-file manual, named 'Mini', with one rule set.</summary>
    private static readonly string Header = TestManual.Header.Replace("Manual de prueba", "Mini", StringComparison.Ordinal) + "\n" + TestManual.NoRules;

    /// <summary>One rule whose when (single-quoted, starting at column 16 of line 6) is <paramref name="when"/>.</summary>
    private static string OneRuleAt(string when) => TestManual.OneRule("gift: { description: x, cost: 1 }", when);
}
