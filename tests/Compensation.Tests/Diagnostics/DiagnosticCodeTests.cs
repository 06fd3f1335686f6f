using Compensation.TestSupport;

namespace Compensation.Tests.Diagnostics;

/// <summary>
/// One row per diagnostic code the engine emits, each with the smallest manual that provokes it and
/// where the diagnostic must point. CMP023 (template) is not emitted by the engine yet, so it has no row.
/// Rule-set snippets are loaded after <see cref="TestManual.Header"/> (in manual.yaml), so line and
/// column are those of the snippet ("test.yaml").
/// </summary>
public class DiagnosticCodeTests
{
    private const string Gift = "gift: { description: x, cost: 1 }";

    /// <summary>code, rule-set snippet, expected line, expected column.</summary>
    public static TheoryData<string, string, int, int> RuleSetCases => new()
    {
        // An unclosed flow list: the parser reports where it gave up (the end of the text).
        { "CMP001", "rule-sets: [a, b\n", 2, 1 },
        // 'wen' is at line 6, column 9 (under 'name').
        { "CMP002", """
            rule-sets:
              - name: s
                hit-policy: collect
                rules:
                  - name: r
                    wen: failure == "retraso"
                    grant: [ gift: { description: x, cost: 1 } ]
            """, 6, 9 },
        // A rule set without hit-policy is reported at the rule set's mapping (line 2, column 5).
        { "CMP003", """
            rule-sets:
              - name: s
                rules:
                  - { name: r, grant: [ gift: { description: x, cost: 1 } ] }
            """, 2, 5 },
        // An unknown hit policy is reported at its value (line 3, column 17).
        { "CMP004", """
            rule-sets:
              - name: s
                hit-policy: firts
                rules:
                  - { name: r, grant: [ gift: { description: x, cost: 1 } ] }
            """, 3, 17 },
        // The second rule named 'r' is the duplicate: its name value is at line 5, column 17.
        { "CMP005", """
            rule-sets:
              - name: s
                hit-policy: collect
                rules:
                  - { name: r, grant: [ gift: { description: x, cost: 1 } ] }
                  - { name: r, grant: [ gift: { description: y, cost: 2 } ] }
            """, 6, 17 },
        // The empty rule set is reported at its mapping.
        { "CMP006", """
            rule-sets:
              - name: s
                hit-policy: collect
                rules: []
            """, 2, 5 },
        // "retrasoo" starts after 'failure == ' inside the single-quoted when (column 15 + 1 + 11).
        { "CMP007", OneRuleAt("failure == \"retrasoo\""), 6, 27 },
        // The parser stops at the unknown member 'dias', offset 6 of the expression (column 16 + 6).
        { "CMP008", OneRuleAt("delay.dias > 1"), 6, 22 },
        // The value is missing at the end of 'delay.days >=' (13 characters from column 16): column 29.
        { "CMP009", OneRuleAt("delay.days >= "), 6, 29 },
        // A number is not a condition.
        { "CMP010", OneRuleAt("delay.days"), 6, 16 },
        // 'Pow' is not whitelisted; the column points at 'Pow' (offset 5 of the expression).
        { "CMP011", OneRuleAt("Math.Pow(2, 3) > 0"), 6, 21 },
        // 'nivel' is read by 'a' (line 6) but set by 'b', which runs after it.
        { "CMP012", """
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
            """, 6, 15 },
        // 'descuento' is not a remedy kind; reported at the key (line 6, column 13).
        { "CMP014", """
            rule-sets:
              - name: s
                hit-policy: collect
                rules:
                  - name: r
                    grant:
                      - descuento: { percent: 10 }
            """, 7, 13 },
        // A discount needs percent or amount: reported at the remedy's kind (line 7, column 13).
        { "CMP015", """
            rule-sets:
              - name: s
                hit-policy: collect
                rules:
                  - name: r
                    grant:
                      - discount: { on: next-purchase }
            """, 7, 13 },
        // An approval role that the empowerment does not declare, reported at the role (column 56).
        { "CMP016", """
            rule-sets:
              - name: s
                hit-policy: collect
                rules:
                  - name: r
                    grant:
                      - gift: { description: x, cost: 1, approval: jefe }
            """, 7, 56 },
        // Two cells for three columns: reported at the row's 'when' list (line 8, column 23).
        { "CMP017", """
            rule-sets:
              - name: s
                hit-policy: first
                table:
                  columns: [failure, tier, delay.days]
                  rows:
                    - name: r
                      when: [retraso, oro]
                      grant: [ gift: { description: x, cost: 1 } ]
            """, 8, 17 },
        // A derived fact name with a dot is not a valid fact name: reported at the name (line 5, column 27).
        { "CMP018", """
            rule-sets:
              - name: s
                hit-policy: collect
                rules:
                  - { name: r, set: { mi.nivel: 1 } }
            """, 5, 27 },
        // A second header in test.yaml: reported at the file's root mapping.
        { "CMP019", "manual: Otro\nrule-sets: []\n", 1, 1 },
        // An anchor: reported at the anchored node (line 5, column 7).
        { "CMP020", """
            rule-sets:
              - name: s
                hit-policy: collect
                rules:
                  - &r { name: r, grant: [ gift: { description: x, cost: 1 } ] }
            """, 5, 9 },
        // An expression of 2,500 characters against the default limit of 2,000.
        { "CMP021", OneRuleAt(string.Join(" + ", Enumerable.Repeat("1", 625)) + " > 0"), 6, 16 },
        // Failure kinds have no order.
        { "CMP022", OneRuleAt("failure > \"retraso\""), 6, 16 },
    };

    [Theory]
    [MemberData(nameof(RuleSetCases))]
    public void TryParse_RuleSetWithError_ReportsCodeAtLocation(string code, string ruleSets, int line, int column)
    {
        var diagnostics = TestManual.ErrorsWithRules(ruleSets);

        var found = Assert.Single(diagnostics, d => d.Code == code);
        Assert.Equal(new SourceLocation("test.yaml", line, column), found.Location);
        Assert.Equal(DiagnosticSeverity.Error, found.Severity);
        Assert.False(string.IsNullOrWhiteSpace(found.Message));
    }

    /// <summary>code, complete manual file, expected line, expected column.</summary>
    public static TheoryData<string, string, int, int> HeaderCases => new()
    {
        // A repeated tier: reported at the second 'oro' (line 7, column 24).
        { "CMP013", Header.Replace("tiers: [bronce, plata, oro]", "tiers: [bronce, oro, oro]", StringComparison.Ordinal), 7, 24 },
        // Empowerment that does not rise (150 then 30): reported at the first level (line 12, column 5).
        { "CMP016", Header.Replace("up-to: 30", "up-to: 300", StringComparison.Ordinal), 12, 5 },
        // An unknown fact type: reported at the type (line 12, column 20).
        { "CMP018", Header.Replace("causes: [interna, transportista]", "causes: [interna, transportista]\n  facts:\n    canal: { type: texto }", StringComparison.Ordinal), 12, 20 },
        // A misspelt currency code.
        { "CMP004", Header.Replace("currency: EUR", "currency: eur", StringComparison.Ordinal), 4, 11 },
        // 'version' is required: reported at the root mapping.
        { "CMP003", Header.Replace("version: \"1\"\n", string.Empty, StringComparison.Ordinal), 1, 1 },
        // A YAML tag.
        { "CMP020", Header.Replace("manual: Mini", "manual: !texto Mini", StringComparison.Ordinal), 1, 9 },
    };

    [Theory]
    [MemberData(nameof(HeaderCases))]
    public void TryParse_HeaderWithError_ReportsCodeAtLocation(string code, string yaml, int line, int column)
    {
        var diagnostics = TestManual.ErrorsSingle(yaml);

        var found = Assert.Single(diagnostics, d => d.Code == code);
        Assert.Equal(new SourceLocation("test.yaml", line, column), found.Location);
    }

    [Fact]
    public void TryParse_NoHeaderInAnyFile_ReportsCmp019AtFirstFile()
    {
        var result = CompensationManual.TryParse([new ManualSource("a.yaml", TestManual.NoRules)]);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("a.yaml:1:1: error CMP019: no file has the 'manual:' header (hint: start the first file with 'manual: <name>', 'version:', 'effective:', 'currency:' and 'catalog:')", diagnostic.ToString());
    }

    [Fact]
    public void TryParse_NoHeaderAndABadRuleSet_ReportsBothWithLocations()
    {
        var result = CompensationManual.TryParse([new ManualSource("a.yaml", TestManual.NoRules.Replace("collect", "collecta", StringComparison.Ordinal))]);

        // The hit policy is still checked; the missing catalogue and empowerment are not reported (they have no location).
        Assert.Equal(["a.yaml:1:1 CMP019", "a.yaml:3:17 CMP004"], result.Diagnostics.Select(d => $"{d.Location} {d.Code}"));
    }

    [Fact]
    public void TryLoad_MissingPath_ReportsCmp024()
    {
        var path = Path.Combine(Path.GetTempPath(), "compensation-tests-" + Guid.NewGuid().ToString("N"));

        var result = CompensationManual.TryLoad(path);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("CMP024", diagnostic.Code);
        Assert.Equal(new SourceLocation(path, 1, 1), diagnostic.Location);
        Assert.Equal("no such file or folder", diagnostic.Message);
    }

    [Fact]
    public void TryLoad_FolderWithoutYaml_ReportsCmp024()
    {
        var path = Directory.CreateTempSubdirectory("compensation-tests-").FullName;
        try
        {
            var result = CompensationManual.TryLoad(path);

            Assert.Equal("CMP024", Assert.Single(result.Diagnostics).Code);
        }
        finally
        {
            Directory.Delete(path, recursive: true);
        }
    }

    [Fact]
    public void TryParse_FileBeyondMaxFileLength_ReportsCmp021()
    {
        var options = new ManualLoadOptions { MaxFileLength = 200 };

        var diagnostics = TestManual.ErrorsWithRules(TestManual.NoRules, options);

        // The header (about 330 characters) is over the limit; the rule file (about 110) is not.
        var diagnostic = Assert.Single(diagnostics, d => d.Location.File == "manual.yaml");
        Assert.Equal("CMP021", diagnostic.Code);
        Assert.StartsWith("the file has ", diagnostic.Message, StringComparison.Ordinal);
    }

    /// <summary>A complete one-file manual (line numbers as in <see cref="TestManual.Header"/> with the name 'Mini'), with one rule set.</summary>
    private static readonly string Header = TestManual.Header.Replace("Manual de prueba", "Mini", StringComparison.Ordinal) + "\n" + TestManual.NoRules;

    /// <summary>One rule whose when (single-quoted, starting at column 16 of line 6) is <paramref name="when"/>.</summary>
    private static string OneRuleAt(string when) => TestManual.OneRule(Gift, when);
}
