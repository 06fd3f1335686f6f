using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Severity = Microsoft.CodeAnalysis.DiagnosticSeverity;

namespace Compensation.Docs.Tests;

/// <summary>
/// Compiles one C# snippet of the documentation in memory, as its reader would compile it: a file of a .NET 10
/// project with nullable reference types on, the SDK's implicit usings, and references to the Compensation
/// packages, xunit, Snapshooter.Xunit and ASP.NET Core. The conventions are written down in CONTRIBUTING.md:
/// <list type="bullet">
/// <item>```csharp — a whole file: top-level statements (a program) or type declarations (a library), with their usings;</item>
/// <item>```csharp web — the same, with the implicit usings of an ASP.NET Core project (Microsoft.NET.Sdk.Web);</item>
/// <item>```csharp fragment — statements only, compiled as the body of a method that has a loaded <c>manual</c>,
/// an <c>incident</c> and a <c>customer</c> in scope (its <c>using</c> lines are moved to the top of the file).</item>
/// </list>
/// </summary>
internal static class SnippetCompiler
{
    private static readonly string[] ConsoleUsings =
        ["System", "System.Collections.Generic", "System.IO", "System.Linq", "System.Net.Http", "System.Threading", "System.Threading.Tasks"];

    private static readonly string[] WebUsings =
    [
        .. ConsoleUsings, "System.Net.Http.Json", "Microsoft.AspNetCore.Builder", "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Http",
        "Microsoft.AspNetCore.Routing", "Microsoft.Extensions.Configuration", "Microsoft.Extensions.DependencyInjection",
        "Microsoft.Extensions.Hosting", "Microsoft.Extensions.Logging",
    ];

    private static readonly Lazy<IReadOnlyList<MetadataReference>> References = new(LoadReferences);

    /// <summary>The errors and warnings of compiling <paramref name="block"/>, each as "line N: CSxxxx message" with N counted in the block.</summary>
    public static IReadOnlyList<string> Compile(CodeBlock block)
    {
        var (source, firstLine) = Wrap(block);
        var tree = CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest));
        var kind = tree.GetCompilationUnitRoot().Members.OfType<GlobalStatementSyntax>().Any()
            ? OutputKind.ConsoleApplication
            : OutputKind.DynamicallyLinkedLibrary;
        var usings = block.Has("web") ? WebUsings : ConsoleUsings;
        var globalUsings = CSharpSyntaxTree.ParseText(
            string.Concat(usings.Select(u => $"global using global::{u};\n")),
            new CSharpParseOptions(LanguageVersion.Latest));

        var compilation = CSharpCompilation.Create(
            "Snippet",
            [globalUsings, tree],
            References.Value,
            new CSharpCompilationOptions(kind, nullableContextOptions: NullableContextOptions.Enable));

        using var output = new MemoryStream();
        var result = compilation.Emit(output);
        return result.Diagnostics
            .Where(d => d.Severity is Severity.Error || (d.Severity is Severity.Warning && d.WarningLevel <= 4))
            .Where(d => d.Location.SourceTree != globalUsings || d.Severity is Severity.Error)
            .Where(d => d.Id != "CS8019" && d.Id != "CS0105") // an explicit using that repeats an implicit one is harmless
            .Select(d => d.Location.SourceTree == tree
                ? $"line {d.Location.GetLineSpan().StartLinePosition.Line + 1 - firstLine}: {d.Id} {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}"
                : $"{d.Id} {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}")
            .ToList();
    }

    /// <summary>The file to compile, and how many lines were put before the block's first line.</summary>
    private static (string Source, int FirstLine) Wrap(CodeBlock block)
    {
        if (!block.Has("fragment"))
        {
            return (block.Code, 0);
        }

        var lines = block.Code.Split('\n');
        var usings = lines.Where(IsUsingDirective).ToList();
        var body = lines.Select(l => IsUsingDirective(l) ? string.Empty : l);
        var source = new StringBuilder();
        source.Append(string.Join('\n', usings)).Append('\n');
        source.Append("internal static class Fragment\n{\n");
        source.Append("    internal static void Run(Compensation.CompensationManual manual, Compensation.Incident incident, Compensation.Customer customer)\n    {\n");
        var prefix = Math.Max(usings.Count, 1) + 4;
        source.Append(string.Join('\n', body)).Append("\n    }\n}\n");

        // The usings moved up (or one blank line) and the four lines of the wrapper come first; the moved lines stay blank in the body.
        return (source.ToString(), prefix);
    }

    private static bool IsUsingDirective(string line)
    {
        var t = line.Trim();
        return t.StartsWith("using ", StringComparison.Ordinal) && t.EndsWith(';') && !t.Contains('(', StringComparison.Ordinal) && !t.Contains('=', StringComparison.Ordinal) && !t.StartsWith("using var ", StringComparison.Ordinal);
    }

    /// <summary>Every assembly the test host runs with: the .NET and ASP.NET Core frameworks and this project's packages and projects.</summary>
    private static IReadOnlyList<MetadataReference> LoadReferences()
    {
        var paths = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        return paths
            .Where(p => p.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
            .Where(p => !Path.GetFileName(p).StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal))
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToList();
    }
}
