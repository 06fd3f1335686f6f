using Compensation.TestSupport;

namespace Compensation.Tests.Manual;

/// <summary>Reading rule files: folders, headers, YAML features and the structure of the header.</summary>
public sealed class ManualReaderTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("compensation-tests-");

    public void Dispose() => _folder.Delete(recursive: true);

    private string Write(string relative, string text)
    {
        var path = Path.Combine(_folder.FullName, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void Load_Folder_ReadsYamlAndYmlFilesInNameOrderAndSkipsSubFolders()
    {
        Write("00-manual.yaml", TestManual.Header);
        Write("20-b.yml", "rule-sets:\n  - { name: b, hit-policy: collect, rules: [ { name: rb, grant: [ gift: { description: b, cost: 2, group: b } ] } ] }\n");
        Write("10-a.yaml", "rule-sets:\n  - { name: a, hit-policy: collect, rules: [ { name: ra, grant: [ gift: { description: a, cost: 1, group: a } ] } ] }\n");
        Write("notas.txt", "no es YAML");
        Write("scenarios/x.yaml", "esto: [no se lee");

        var manual = CompensationManual.Load(_folder.FullName);

        // 10-a before 20-b, whatever order they were written in; scenarios/ and notas.txt are not read.
        Assert.Equal(["ra", "rb"], manual.Rules.Select(r => r.Name));
        Assert.Equal(Path.Combine(_folder.FullName, "10-a.yaml"), manual.Rules[0].Location.File);
    }

    [Fact]
    public void Load_SingleFile_LoadsIt()
    {
        var path = Write("manual.yaml", TestManual.Header + "\n" + TestManual.NoRules);

        Assert.Equal("Manual de prueba", CompensationManual.Load(path).Stamp.Name);
    }

    [Fact]
    public void TryLoad_MoreFilesThanAllowed_ReportsCmp021()
    {
        Write("a.yaml", TestManual.Header);
        Write("b.yaml", TestManual.NoRules);
        Write("c.yaml", TestManual.NoRules);

        var result = CompensationManual.TryLoad(_folder.FullName, new ManualLoadOptions { MaxFiles = 2 });

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(("CMP021", "the folder holds 3 rule files; the limit is 2"), (diagnostic.Code, diagnostic.Message));
    }

    [Fact]
    public void TryParse_HeaderKeyInARuleFile_ReportsCmp019AtTheKey()
    {
        var diagnostics = TestManual.ErrorsWithRules("currency: USD\n" + TestManual.NoRules);

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(("CMP019", new SourceLocation("test.yaml", 1, 11)), (diagnostic.Code, diagnostic.Location));
        Assert.Equal("'currency' belongs in the file with the 'manual:' header", diagnostic.Message);
    }

    [Fact]
    public void TryParse_TwoDocumentsInOneFile_ReportsCmp020()
    {
        var diagnostics = TestManual.ErrorsWithRules(TestManual.NoRules + "\n---\nrule-sets: []\n");

        Assert.Equal("CMP020", Assert.Single(diagnostics).Code);
    }

    [Fact]
    public void TryParse_Alias_ReportsCmp020ForAnchorAndAlias()
    {
        var diagnostics = TestManual.ErrorsWithRules("""
            rule-sets:
              - name: s
                hit-policy: collect
                rules:
                  - { name: a, grant: [ &g gift: { description: x, cost: 1 } ] }
                  - { name: b, grant: [ *g ] }
            """);

        Assert.All(diagnostics, d => Assert.Equal("CMP020", d.Code));
        Assert.NotEmpty(diagnostics);
    }

    [Fact]
    public void TryParse_DeepNesting_ReportsCmp021()
    {
        var deep = "rule-sets: " + new string('[', 40) + new string(']', 40) + "\n";

        var diagnostics = TestManual.ErrorsWithRules(deep);

        Assert.Equal("the file nests deeper than 32 levels", Assert.Single(diagnostics).Message);
    }

    [Fact]
    public void TryParse_EmptyFile_ReportsCmp004()
    {
        var diagnostic = Assert.Single(TestManual.ErrorsWithRules(string.Empty));

        Assert.Equal(("CMP004", "the file is empty"), (diagnostic.Code, diagnostic.Message));
    }

    [Fact]
    public void TryParse_FileThatIsAList_ReportsCmp004()
    {
        Assert.Equal("the file must be a mapping of 'key: value' lines, not a list", Assert.Single(TestManual.ErrorsWithRules("- a\n- b\n")).Message);
    }

    /// <summary>A change to the header, and the code it must produce.</summary>
    public static TheoryData<string, string, string> HeaderErrors => new()
    {
        { "effective: 2026-01-01", "effective: 01/01/2026", "CMP004" },
        { "locale: es-ES", "locale: xx-YY-ZZ", "CMP004" },
        { "currency: EUR", "currency: EUR\ncurrency-decimals: dos", "CMP004" },
        { "  tiers: [bronce, plata, oro]", "  tiers: [bronce, plata, bronce]", "CMP013" },
        { "  failures: [retraso, defecto, danado]", "  failures: [retraso, defecto, retraso]", "CMP013" },
        { "  delay-failures: [retraso]", "  delay-failures: [demora]", "CMP007" },
        { "  - { role: gerente }", "  - { role: gerente, up-to: 500 }", "CMP016" },
        { "  - { role: agente, up-to: 30 }", "  - { role: agente }", "CMP016" },
        { "  - { role: supervisor, up-to: 150 }", "  - { role: agente, up-to: 150 }", "CMP005" },
        { "  - { role: agente, up-to: 30 }", "  - { role: agente, up-to: treinta }", "CMP016" },
        { "  - { role: agente, up-to: 30 }", "  - { role: agente, up-to: 30, hasta: 40 }", "CMP002" },
        { "manual: Manual de prueba", "manual: Manual de prueba\nautor: yo", "CMP002" },
        { "catalog:", "catalogue:", "CMP003" },
    };

    [Theory]
    [MemberData(nameof(HeaderErrors))]
    public void TryParse_HeaderError_ReportsCode(string find, string replace, string code)
    {
        var header = TestManual.Header.Replace(find, replace, StringComparison.Ordinal);
        Assert.NotEqual(TestManual.Header, header);

        var result = CompensationManual.TryParse([new ManualSource("manual.yaml", header), new ManualSource("test.yaml", TestManual.NoRules)]);

        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Code == code && d.Location.File == "manual.yaml" && d.Location.Line > 0);
    }

    [Theory]
    [InlineData("EUR", 2, "12.35")]   // 12.345 rounds half away from zero to cents
    [InlineData("JPY", 0, "12")]
    [InlineData("KWD", 3, "12.345")]
    public void Decide_Currency_RoundsToItsMinorUnit(string currency, int decimals, string amount)
    {
        var header = TestManual.Header.Replace("currency: EUR", "currency: " + currency, StringComparison.Ordinal);
        var manual = CompensationManual.Parse([new ManualSource("manual.yaml", header), new ManualSource("test.yaml", TestManual.OneRule("store-credit: { amount: 12.345 }"))]);

        var credit = Assert.IsType<StoreCreditRemedy>(Assert.Single(manual.Decide(Make.Failure() with { Currency = currency }, Make.Customer()).Remedies));

        Assert.Equal(amount, credit.Amount.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(decimals, credit.Amount.Scale);
        Assert.Equal(currency, manual.Currency);
    }

    [Fact]
    public void Decide_CurrencyDecimals_OverridesTheDefault()
    {
        var header = TestManual.Header.Replace("currency: EUR", "currency: XTS\ncurrency-decimals: 1", StringComparison.Ordinal);
        var manual = CompensationManual.Parse([new ManualSource("manual.yaml", header), new ManualSource("test.yaml", TestManual.OneRule("store-credit: { amount: 12.25 }"))]);

        // One decimal: 12.25 rounds half away from zero to 12.3.
        Assert.Equal(12.3m, manual.Decide(Make.Failure(), Make.Customer()).TotalCost);
    }
}
