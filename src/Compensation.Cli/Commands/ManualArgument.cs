using System.CommandLine;
using System.Globalization;

namespace Compensation.Cli.Commands;

/// <summary>The <c>&lt;manual&gt;</c> argument every command takes, and loading it with its diagnostics printed.</summary>
internal static class ManualArgument
{
    /// <summary>Creates the argument.</summary>
    public static Argument<string> Create() => new("manual")
    {
        Description = "The manual: a folder of .yaml rule files, or one .yaml file.",
    };

    /// <summary>A short name for the manual in summaries: the folder's name, or the file's name without extension.</summary>
    public static string DisplayName(string path)
    {
        var trimmed = Path.TrimEndingDirectorySeparator(path);
        if (Directory.Exists(trimmed))
        {
            return Path.GetFileName(Path.GetFullPath(trimmed));
        }

        return Path.GetFileNameWithoutExtension(trimmed);
    }

    /// <summary>Writes every diagnostic, one per line, exactly as <see cref="Diagnostic.ToString"/> formats it.</summary>
    public static void WriteDiagnostics(TextWriter writer, IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            writer.WriteLine(diagnostic.ToString());
        }
    }

    /// <summary>The summary line: <c>name: 37 rules, 0 errors</c>, or <c>name: 3 errors</c> when the manual did not load.</summary>
    public static string Summary(string path, ManualLoadResult result)
    {
        var errors = result.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
        var warnings = result.Diagnostics.Count - errors;
        var text = result.Manual is { } manual
            ? $"{DisplayName(path)}: {Count(manual.Rules.Count, "rule")}, {Count(errors, "error")}"
            : $"{DisplayName(path)}: {Count(errors, "error")}";
        return warnings > 0 ? $"{text}, {Count(warnings, "warning")}" : text;
    }

    /// <summary>
    /// Loads the manual for a command that uses it (decide, explain…). Warnings go to standard error;
    /// when the manual has errors, every diagnostic and the summary go to standard error and null is returned.
    /// </summary>
    public static CompensationManual? Load(string path) => Load(path, out _);

    /// <summary>Like <see cref="Load(string)"/>, also giving the diagnostics it wrote.</summary>
    public static CompensationManual? Load(string path, out IReadOnlyList<Diagnostic> diagnostics)
    {
        var result = CompensationManual.TryLoad(path);
        diagnostics = result.Diagnostics;
        WriteDiagnostics(Console.Error, result.Diagnostics);
        if (result.Manual is null)
        {
            Console.Error.WriteLine(Summary(path, result));
        }

        return result.Manual;
    }

    private static string Count(int count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? string.Empty : "s")}");
}
