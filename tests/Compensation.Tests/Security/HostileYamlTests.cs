using System.Globalization;
using System.Text;
using Compensation.TestSupport;


namespace Compensation.Tests.Security;

/// <summary>
/// Generated hostile YAML too large to keep as corpus files: each is rejected at load with a
/// diagnostic, on a thread-pool thread (a server's stack), without crashing the process.
/// </summary>
public sealed class HostileYamlTests
{
    [Fact]
    public void TryParse_FlowSequencesNested100000Deep_RejectedWithoutStackOverflow()
    {
        // YamlDotNet's node loader recurses once per level: without the event pre-scan this ends the
        // test process with a StackOverflowException, which no catch can stop.
        const int depth = 100_000;
        var text = "x: " + new string('[', depth) + new string(']', depth) + "\n";

        var result = Hostile.LoadWithHeader("profundo.yaml", text);

        Hostile.AssertRejected(result, "CMP021");
        Assert.Contains(result.Diagnostics, d => d.Message == "the file nests deeper than 32 levels");
    }

    [Fact]
    public void TryParse_FlowMappingsNested100000Deep_RejectedWithoutStackOverflow()
    {
        const int depth = 100_000;
        var text = "x: " + new StringBuilder().Insert(0, "{a: ", depth) + "1" + new string('}', depth) + "\n";

        Hostile.AssertRejected(Hostile.LoadWithHeader("profundo.yaml", text), "CMP021");
    }

    [Fact]
    public void TryParse_BillionLaughsWithTwentyLevels_OneDiagnosticAndNoExpansion()
    {
        // 20 levels of 10 aliases name 10^20 nodes. The pre-scan stops at the first alias: one
        // diagnostic, not one per node reached through the aliases (the tree walk alone reported thousands).
        var text = new StringBuilder("l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (var i = 1; i < 20; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"l{i}: &l{i} [{string.Join(", ", Enumerable.Repeat($"*l{i - 1}", 10))}]\n");
        }

        var (result, allocated) = Hostile.GuardedMeasured(() => CompensationManual.TryParse([Hostile.Header, new ManualSource("risas.yaml", text.ToString())]));

        Hostile.AssertRejected(result, "CMP020");
        Assert.InRange(result.Diagnostics.Count, 1, 3);
        Assert.True(allocated < 16_000_000, $"allocated {allocated:N0} bytes for a 2 KB file");
    }

    [Fact]
    public void TryParse_HundredThousandAliasesOfOneAnchor_RejectedAtTheFirstAlias()
    {
        var text = "a: &a x\nb: [" + string.Join(", ", Enumerable.Repeat("*a", 100_000)) + "]\n";

        var result = Hostile.LoadWithHeader("alias.yaml", text);

        Hostile.AssertRejected(result, "CMP020");
        Assert.InRange(result.Diagnostics.Count, 1, 3);
    }

    [Fact]
    public void TryParse_MoreNodesThanMaxNodes_RejectedWithLimit()
    {
        // 250,000 one-digit items (500,000 characters, under MaxFileLength) exceed the default 200,000 nodes.
        var text = "x: [" + string.Join(',', Enumerable.Repeat('1', 250_000)) + "]\n";

        var result = Hostile.LoadWithHeader("nodos.yaml", text);

        Hostile.AssertRejected(result, "CMP021");
        Assert.Contains(result.Diagnostics, d => d.Message == "the file has more than 200000 YAML nodes");
    }

    [Fact]
    public void TryParse_FileLongerThanMaxFileLength_RejectedBeforeParsing()
    {
        var text = "# " + new string('x', 1_000_000) + "\n";

        var result = Hostile.LoadWithHeader("grande.yaml", text);

        Hostile.AssertRejected(result, "CMP021");
        // "# " + 1,000,000 × 'x' + "\n" is 1,000,003 characters.
        Assert.Contains(result.Diagnostics, d => d.Message == "the file has 1,000,003 characters; the limit is 1,000,000" && d.Hint!.Contains("--max-file-size", StringComparison.Ordinal));
    }

    [Fact]
    public void TryLoad_FileFarBeyondMaxFileLength_RejectedWithoutReadingIt()
    {
        var folder = Directory.CreateTempSubdirectory("compensation-security-");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "00-manual.yaml"), Hostile.Header.Text);
            using (var big = File.Create(Path.Combine(folder.FullName, "10-enorme.yaml")))
            {
                big.SetLength(50_000_000); // 50 MB of zero bytes: far above 4 × MaxFileLength.
            }

            var result = Hostile.Guarded(() => CompensationManual.TryLoad(folder.FullName));

            Hostile.AssertRejected(result, "CMP021");

            // The real size, not the limit plus one: 50,000,000 bytes is 50 MB.
            Assert.Contains(result.Diagnostics, d => d.Message == "the file is 50 MB (50,000,000 bytes); the limit is 1,000,000 characters");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void TryLoad_FolderWithMoreFilesThanMaxFiles_RejectedBeforeReadingThem()
    {
        // MaxFiles 3 and four rule files: refused with a limit diagnostic, none of them parsed.
        var folder = Directory.CreateTempSubdirectory("compensation-security-");
        try
        {
            for (var i = 0; i < 4; i++)
            {
                File.WriteAllText(Path.Combine(folder.FullName, $"{i:00}.yaml"), "x: [");
            }

            var result = Hostile.Guarded(() => CompensationManual.TryLoad(folder.FullName, new ManualLoadOptions { MaxFiles = 3 }));

            Hostile.AssertRejected(result, "CMP021");
            Assert.DoesNotContain(result.Diagnostics, d => d.Code == "CMP001");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void TryParse_MoreRulesThanMaxRules_RejectedBeforeCompiling()
    {
        // MaxRules 40: the sample's 37 rules plus 5 more are 42; the 41st rule is the first beyond the limit.
        var extra = "rule-sets:\n  - name: extra\n    hit-policy: collect\n    rules:\n"
            + string.Concat(Enumerable.Range(0, 5).Select(i => $"      - {{ name: extra-{i}, grant: [ gift: {{ description: taza, cost: 1 }} ] }}\n"));
        Assert.Equal(37, CompensationManual.Parse(Hostile.SampleSources).Rules.Count);

        var result = Hostile.Guarded(() => CompensationManual.TryParse([.. Hostile.SampleSources, new ManualSource("90-extra.yaml", extra)], new ManualLoadOptions { MaxRules = 40 }));

        Hostile.AssertRejected(result, "CMP021");
        var diagnostic = Assert.Single(result.Diagnostics, d => d.Code == "CMP021");
        Assert.Equal("the manual has more than 40 rules", diagnostic.Message);
        Assert.Equal(("90-extra.yaml", 8), (diagnostic.Location.File, diagnostic.Location.Line)); // extra-3, the 41st rule
    }

    [Theory]
    [InlineData("x: \"unterminated\n")]
    [InlineData("x: [1, 2\n")]
    [InlineData("\tx: 1\n")]
    [InlineData("x: 1\n  y: 2\n")]
    [InlineData("\0\0\0")]
    [InlineData("x: \uD800\n")]
    [InlineData("? [a, b]\n: c\n")]
    [InlineData("%YAML 9.9\n---\nx: 1\n")]
    [InlineData("x: { ---\ntype: a }\n")] // found by fuzzing: YamlDotNet throws InvalidOperationException here
    [InlineData("%TAG !e! tag:example.com,2000:app/\n---\nx: !e!foo 1\n")]
    public void TryParse_MalformedYaml_DiagnosticNotException(string text)
    {
        var result = Hostile.LoadWithHeader("roto.yaml", text);

        Assert.Null(result.Manual);
        Assert.Contains(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error && d.Location.File == "roto.yaml");
    }

    [Fact]
    public void TryParse_NestingAtTheDepthCeiling_LoadsThenFailsOnShapeNotOnStack()
    {
        // MaxDepth may be raised up to its ceiling (1,000): the loader's recursion must still fit a
        // thread-pool stack, so such a file gets a diagnostic (an unknown key), not a crash.
        var options = new ManualLoadOptions { MaxDepth = ManualLoadOptions.MaxDepthCeiling };
        const int depth = ManualLoadOptions.MaxDepthCeiling - 2;
        var text = "x: " + new string('[', depth) + new string(']', depth) + "\n";

        var result = Hostile.Guarded(() => CompensationManual.TryParse([Hostile.Header, new ManualSource("techo.yaml", text)], options));

        Assert.Null(result.Manual);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "CMP021");
    }

    [Fact]
    public void TryParse_DepthAboveRaisedLimit_StillRejected()
    {
        // The limit is configurable: with MaxDepth 8, nine nested lists are too deep.
        var options = new ManualLoadOptions { MaxDepth = 8 };
        var text = "x: [[[[[[[[[1]]]]]]]]]\n";

        var result = Hostile.Guarded(() => CompensationManual.TryParse([Hostile.Header, new ManualSource("ocho.yaml", text)], options));

        Hostile.AssertRejected(result, "CMP021");
    }

    [Theory]
    [InlineData(nameof(ManualLoadOptions.MaxDepth), 0)]
    [InlineData(nameof(ManualLoadOptions.MaxDepth), 1_001)]
    [InlineData(nameof(ManualLoadOptions.MaxExpressionLength), 10_001)]
    [InlineData(nameof(ManualLoadOptions.MaxExpressionLength), -1)]
    [InlineData(nameof(ManualLoadOptions.MaxNodes), 0)]
    [InlineData(nameof(ManualLoadOptions.MaxFileLength), 0)]
    [InlineData(nameof(ManualLoadOptions.MaxFiles), 0)]
    public void ManualLoadOptions_OutsideAllowedRange_Throws(string property, int value)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => property switch
        {
            nameof(ManualLoadOptions.MaxDepth) => new ManualLoadOptions { MaxDepth = value },
            nameof(ManualLoadOptions.MaxExpressionLength) => new ManualLoadOptions { MaxExpressionLength = value },
            nameof(ManualLoadOptions.MaxNodes) => new ManualLoadOptions { MaxNodes = value },
            nameof(ManualLoadOptions.MaxFileLength) => new ManualLoadOptions { MaxFileLength = value },
            _ => new ManualLoadOptions { MaxFiles = value },
        });

        Assert.Equal(property, ex.ParamName);
    }
}
