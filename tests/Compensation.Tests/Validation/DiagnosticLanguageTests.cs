using Compensation.TestSupport;

namespace Compensation.Tests.Validation;

/// <summary>
/// No diagnostic speaks .NET: across the broken corpus (<c>Validation/Broken</c>) and the hostile corpus
/// (<c>Security/Corpus</c>), no message or hint names a type, method or parameter of the implementation
/// or quotes the expression parser. A word the author wrote in the file itself (a hostile file that
/// writes <c>System.IO.File</c>) may be quoted back.
/// </summary>
public sealed partial class DiagnosticLanguageTests
{
    /// <summary>Pieces of text that only the implementation would say.</summary>
    private static readonly string[] Internals =
    [
        "System.", "Method '", "Parameter '", "(Parameter", "`1", "Nullable", "Int32", "Int64", "Decimal", "Double", "String'", "Boolean",
        "DateTimeOffset", "TimeSpan", "DynamicClass", "AnonymousType", "Exception", "Linq", "not found on type", "exists in type",
        "operand type", "(at index", "Expression of type", "YamlDotNet", "Culture",
    ];

    public static TheoryData<string, string> Files()
    {
        var data = new TheoryData<string, string>();
        foreach (var name in BrokenManual.Names())
        {
            data.Add("broken", name);
        }

        foreach (var name in Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Security", "Corpus"), "*.yaml").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal))
        {
            data.Add("hostile", name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void TryParse_CorpusFile_NoDiagnosticNamesTheImplementation(string corpus, string name)
    {
        IReadOnlyList<ManualSource> sources;
        string text;
        if (corpus == "broken")
        {
            var broken = BrokenManual.Read(name);
            sources = broken.Sources();
            text = broken.Text;
        }
        else
        {
            text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Security", "Corpus", name));
            sources = [Hostile.Header, new ManualSource(name, text)];
        }

        var result = Hostile.Guarded(() => CompensationManual.TryParse(sources));

        Assert.NotEmpty(result.Diagnostics);
        foreach (var diagnostic in result.Diagnostics)
        {
            // The author's own words, quoted back ('ToString', 'System.IO.File…'), are theirs, not the implementation's.
            var said = Quoted().Replace(diagnostic.Message + " " + diagnostic.Hint, m => text.Contains(m.Groups[1].Value.TrimEnd('…'), StringComparison.Ordinal) ? "''" : m.Value);
            var leaked = Internals.Where(word => said.Contains(word, StringComparison.Ordinal)).ToList();
            Assert.True(leaked.Count == 0, $"{name}: '{string.Join("', '", leaked)}' in: {diagnostic}");
        }
    }

    [Fact]
    public void DiagnosticsDoc_EveryCode_HasARowWithAnExample()
    {
        // docs/diagnostics.md is where authors look a code up: every code the engine can emit has its row.
        var doc = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "diagnostics.md"));
        var codes = typeof(CompensationManual).Assembly.GetType("Compensation.DiagnosticCodes")!
            .GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
            .Select(f => (string)f.GetValue(null)!)
            .ToList();

        Assert.True(codes.Count >= 30, $"found {codes.Count} codes");
        Assert.All(codes, code => Assert.Contains(code, doc, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("tier > 3", "compares a tier ('tier') with a whole number ('3')", "tier > \"plata\"")]
    [InlineData("delay.days >= \"dos\"", "compares a whole number ('delay.days') with a text", "delay.days >= 2")]
    [InlineData("fecha_senalada > 2", "compares a yes/no value", "'not fecha_senalada'")]
    [InlineData("max(delay.days, 1, 2) > 3", "'max' takes 2 values, got 3", "max(max(a, b), c)")]
    [InlineData("sqrt(delay.days) > 3", "unknown function 'sqrt'; the functions are abs, add_working_days, ceil, date, days_between, floor", null)]
    [InlineData("floor(delay.days, 1, 2) > 3", "'floor' takes 1 or 2 values, got 3", null)]
    [InlineData("cause > \"interna\"", "compare", null)]
    public void TryParse_MistakeInCondition_SaysItInTheAuthorsTerms(string when, string message, string? hint)
    {
        var result = Hostile.LoadWithHeader("regla.yaml", Hostile.RuleWhen(when));

        var diagnostic = Assert.Single(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Contains(message, diagnostic.Message, StringComparison.Ordinal);
        if (hint is not null)
        {
            Assert.Contains(hint, diagnostic.Hint ?? string.Empty, StringComparison.Ordinal);
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex("'([^']+)'")]
    private static partial System.Text.RegularExpressions.Regex Quoted();
}
