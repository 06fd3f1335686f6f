namespace Compensation.Docs.Tests;

/// <summary>Every C# snippet of the documentation compiles against the libraries as they are.</summary>
public sealed class SnippetTests
{
    public static TheoryData<string> Documents() => DocFiles.Data();

    [Theory]
    [MemberData(nameof(Documents))]
    public void CSharpSnippets_InDocument_Compile(string document)
    {
        var failures = new List<string>();
        foreach (var block in Markdown.CodeBlocks(DocFiles.Read(document)).Where(b => b.Language is "csharp" or "cs" or "c#"))
        {
            foreach (var error in SnippetCompiler.Compile(block))
            {
                // The block's "line N" is its N-th code line, which is line block.Line + N - 1 of the document.
                var at = error.StartsWith("line ", StringComparison.Ordinal) && int.TryParse(error[5..error.IndexOf(':', StringComparison.Ordinal)], out var n)
                    ? $"{document}:{block.Line + n - 1}: {error[(error.IndexOf(':', StringComparison.Ordinal) + 2)..]}"
                    : $"{document}:{block.Line}: {error}";
                failures.Add(at);
            }
        }

        Assert.True(failures.Count == 0, "C# snippets that do not compile:\n" + string.Join('\n', failures));
    }

    [Fact]
    public void Compile_SnippetUsingAnUnknownMember_ReportsItsLine()
    {
        // Line 3 of the block calls a method CompensationManual does not have: the error must name that line.
        var block = new CodeBlock("csharp", "using Compensation;\nvar manual = CompensationManual.Load(\"rules/tienda-ejemplo\");\nmanual.DecideEverything();", 10);

        var errors = SnippetCompiler.Compile(block);

        Assert.Contains(errors, e => e.StartsWith("line 3: CS1061", StringComparison.Ordinal));
    }

    [Fact]
    public void Compile_FragmentUsingTheAmbientManual_CompilesAndReportsLinesInTheBlock()
    {
        var good = new CodeBlock("csharp fragment", "using Compensation.Testing;\nvar decision = manual.Explain(incident, customer);\ndecision.Should().GrantNothing();", 1);
        var bad = new CodeBlock("csharp fragment", "var decision = manual.Explain(incident, customer);\nvar total = decision.Total;", 1);

        Assert.Empty(SnippetCompiler.Compile(good));
        Assert.Contains(SnippetCompiler.Compile(bad), e => e.StartsWith("line 2: CS1061", StringComparison.Ordinal));
    }

    [Fact]
    public void Compile_WebSnippet_HasTheWebSdkImplicitUsings()
    {
        var block = new CodeBlock("csharp web", "var builder = WebApplication.CreateBuilder(args);\nbuilder.Services.AddCompensation(o => o.ManualPath = \"rules\");\nbuilder.Build().Run();", 1);
        var console = block with { Info = "csharp" };

        Assert.Empty(SnippetCompiler.Compile(block));
        Assert.Contains(SnippetCompiler.Compile(console), e => e.Contains("CS0103", StringComparison.Ordinal));
    }

    [Fact]
    public void CodeBlocks_FencedBlocks_KeepInfoAndFirstCodeLine()
    {
        var blocks = Markdown.CodeBlocks("# Title\n\n```csharp fragment\nvar x = 1;\n```\n\n```sh\nls\n```\n");

        Assert.Equal(2, blocks.Count);
        Assert.Equal(("csharp", true, 4, "var x = 1;"), (blocks[0].Language, blocks[0].Has("fragment"), blocks[0].Line, blocks[0].Code));
        Assert.Equal(("sh", 8), (blocks[1].Language, blocks[1].Line));
    }
}
