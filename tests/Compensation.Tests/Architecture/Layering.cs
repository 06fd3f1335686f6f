using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Compensation.Tests.Architecture;

/// <summary>
/// Reads a project's sources with Roslyn and finds every reference from a file to a type or member declared in a
/// folder above the file's own folder. Symbols are resolved by the compiler (not by matching names), so a local
/// method named like a type of another folder is not mistaken for it.
/// </summary>
internal static class Layering
{
    /// <summary>A reference that goes up: <see cref="File"/> (in <see cref="From"/>) uses <see cref="Symbol"/> of <see cref="To"/>.</summary>
    internal sealed record Violation(string File, int Line, string From, string To, string Symbol)
    {
        public override string ToString() => $"{File}:{Line}: {From} uses {Symbol} of {To}, a layer above it";
    }

    /// <summary>The layer of a file: its top-level folder within the project, or "(root)" for files at the top.</summary>
    public static string LayerOf(string relativePath)
    {
        var parts = relativePath.Replace('\\', '/').Split('/');
        return parts.Length > 1 ? parts[0] : "(root)";
    }

    /// <summary>Loads the C# files of a project folder (without bin/ and obj/) as (relative path, text) pairs.</summary>
    public static List<(string Path, string Text)> Sources(string projectFolder)
        => [.. Directory.EnumerateFiles(projectFolder, "*.cs", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(projectFolder, f).Replace('\\', '/'))
            .Where(f => !f.StartsWith("bin/", StringComparison.Ordinal) && !f.StartsWith("obj/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(f => (f, File.ReadAllText(Path.Combine(projectFolder, f))))];

    /// <summary>
    /// Every upward reference among <paramref name="sources"/>, given the layers bottom first. References to
    /// other assemblies (lower packages, the framework) are not checked here: only the assembly's own folders.
    /// </summary>
    public static List<Violation> Check(string assemblyName, IReadOnlyList<(string Path, string Text)> sources, IReadOnlyList<string> layers, params string[] lowerAssemblies)
    {
        var trees = sources.Select(s => CSharpSyntaxTree.ParseText(s.Text, new CSharpParseOptions(LanguageVersion.Preview), path: s.Path)).ToList();
        var compilation = CSharpCompilation.Create(
            assemblyName,
            trees,
            [.. Dependencies.Value, .. lowerAssemblies.Select(a => MetadataReference.CreateFromFile(Path.Combine(AppContext.BaseDirectory, a + ".dll")))],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

        var unknown = sources.Select(s => LayerOf(s.Path)).Distinct().Where(l => !layers.Contains(l)).ToList();
        if (unknown.Count > 0)
        {
            throw new InvalidOperationException($"{assemblyName}: folders {string.Join(", ", unknown)} are not in the layer list; place them in the order of the data flow");
        }

        var violations = new List<Violation>();
        foreach (var tree in trees)
        {
            var from = LayerOf(tree.FilePath);
            var model = compilation.GetSemanticModel(tree);
            foreach (var name in tree.GetRoot().DescendantNodes().OfType<SimpleNameSyntax>())
            {
                var info = model.GetSymbolInfo(name);
                var symbols = info.Symbol is { } s ? [s] : info.CandidateSymbols;
                foreach (var symbol in symbols)
                {
                    var declared = Declaration(symbol);
                    if (declared is null || declared == tree.FilePath)
                    {
                        continue;
                    }

                    var to = LayerOf(declared);
                    if (layers.IndexOf(to) > layers.IndexOf(from))
                    {
                        violations.Add(new Violation(tree.FilePath, name.GetLocation().GetLineSpan().StartLinePosition.Line + 1, from, to, symbol.ToDisplayString()));
                    }
                }
            }
        }

        return [.. violations.DistinctBy(v => (v.File, v.Line, v.Symbol))];
    }

    private static string? Declaration(ISymbol symbol)
    {
        // A member belongs to the layer of its type (partial types stay within one folder); a type to its file.
        var type = symbol as INamedTypeSymbol ?? symbol.ContainingType;
        if (type is null || symbol is INamespaceSymbol)
        {
            return null;
        }

        var location = type.OriginalDefinition.Locations.FirstOrDefault(l => l.IsInSource);
        return location?.SourceTree?.FilePath;
    }

    /// <summary>The framework and the packages the test runs with, but none of the project's own assemblies (their sources are compiled instead).</summary>
    private static readonly Lazy<List<MetadataReference>> Dependencies = new(() =>
        [.. ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(p => !Path.GetFileName(p).StartsWith("Compensation", StringComparison.Ordinal))
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))]);

    private static int IndexOf(this IReadOnlyList<string> list, string item)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] == item)
            {
                return i;
            }
        }

        return -1;
    }
}
