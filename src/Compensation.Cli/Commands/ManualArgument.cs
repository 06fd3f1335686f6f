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
        var result = CompensationManual.TryLoad(path, LoadLimits.Options);
        diagnostics = result.Diagnostics;
        WriteDiagnostics(Console.Error, result.Diagnostics);
        if (result.Manual is null)
        {
            Console.Error.WriteLine(Summary(path, result));
        }

        return result.Manual;
    }

    /// <summary>Whether the path is a manual set: a folder of version sub-folders (each a manual with its own 'effective:' date).</summary>
    public static bool IsSet(string path) => ManualSetLoader.VersionFolders(path).Count > 1;

    /// <summary>Loads a manual set like <see cref="Load(string)"/>: diagnostics of every version on standard error, null when any has errors.</summary>
    public static ManualSet? LoadSet(string path) => LoadSet(path, out _);

    /// <summary>Like <see cref="LoadSet(string)"/>, also giving the diagnostics it wrote.</summary>
    public static ManualSet? LoadSet(string path, out IReadOnlyList<Diagnostic> diagnostics)
    {
        (var set, diagnostics) = ManualSetLoader.TryLoad(path, LoadLimits.Options);
        WriteDiagnostics(Console.Error, diagnostics);
        if (set is null)
        {
            Console.Error.WriteLine($"{DisplayName(path)}: {Count(diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error), "error")}");
        }

        return set;
    }

    /// <summary>The summary line of a manual set: its versions with their effective dates, or its errors.</summary>
    public static string SetSummary(string path, ManualSet? set, IReadOnlyList<Diagnostic> diagnostics)
    {
        var errors = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
        var warnings = diagnostics.Count - errors;
        var text = set is null
            ? $"{DisplayName(path)}: {Count(errors, "error")}"
            : $"{DisplayName(path)}: {Count(set.Versions.Count, "version")} ({string.Join(", ", set.Versions.Select(v => string.Create(CultureInfo.InvariantCulture, $"{v.Stamp.Version} from {v.Stamp.Effective:yyyy-MM-dd}")))}), {Count(set.Versions.Sum(v => v.Rules.Count), "rule")}, {Count(errors, "error")}";
        return warnings > 0 ? $"{text}, {Count(warnings, "warning")}" : text;
    }

    private static string Count(int count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? string.Empty : "s")}");
}
