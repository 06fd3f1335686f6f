using System.Text.RegularExpressions;
using Compensation.TestSupport;


namespace Compensation.Tests.Security;

/// <summary>
/// The hostile corpus (<c>Security/Corpus/*.yaml</c>): rule files that try to escape the sandbox or
/// exhaust the loader. Each file's first line says the diagnostic it must be rejected with
/// (<c># expect: CMP0xx</c>); each is loaded next to the sample manual's header.
/// </summary>
public sealed partial class HostileCorpusTests
{
    public static TheoryData<string> CorpusFiles() => [.. Names()];

    private static List<string> Names()
        => [.. Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Security", "Corpus"), "*.yaml").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(CorpusFiles))]
    public void TryParse_HostileFile_RejectedWithExpectedDiagnostic(string name)
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Security", "Corpus", name));
        var expect = Expect().Match(text);
        Assert.True(expect.Success, $"{name} must start with '# expect: CMP0xx'");

        var (result, allocated) = Hostile.GuardedMeasured(() => CompensationManual.TryParse([Hostile.Header, new ManualSource(name, text)]));

        Hostile.AssertRejected(result, expect.Groups[1].Value);

        // Every corpus file is under 5 KB and most loads allocate under 1 MB; the deepest expression trees
        // (expr-long-sum, expr-unary-chain) about 16 MB before the depth guard stops them.
        // A hostile file must not cost much more than that: no expansion, no runaway allocation.
        Assert.True(allocated < 32_000_000, $"loading {name} allocated {allocated:N0} bytes");
        Assert.All(result.Diagnostics.Where(d => d.Code == expect.Groups[1].Value), d => Assert.Equal(name, d.Location.File));
    }

    [Fact]
    public void CorpusFiles_Always_CoverEveryKindOfAttack()
    {
        // The corpus must keep at least one file per family named in SECURITY.md; an emptied or
        // renamed corpus would otherwise pass vacuously.
        var names = Names();
        string[] families = ["yaml-billion-laughs", "yaml-tag-", "yaml-deep-", "expr-type-", "expr-reflection-", "expr-new-", "expr-tostring", "expr-string-", "expr-np", "expr-parameter-", "expr-as-", "expr-is-", "expr-indexer", "expr-enumerable-", "expr-too-long", "expr-paren-nesting", "expr-long-sum"];
        Assert.All(families, family => Assert.Contains(names, n => n.StartsWith(family, StringComparison.Ordinal)));
    }

    [Fact]
    public void TryParse_SampleManual_LoadsUnderTheSameHarness()
    {
        // The control case: the harness itself does not reject good manuals.
        var result = Hostile.Guarded(() => CompensationManual.TryParse(Hostile.SampleSources));

        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Diagnostics));
    }

    [GeneratedRegex(@"\A# expect: (CMP[0-9]{3})")]
    private static partial Regex Expect();
}
