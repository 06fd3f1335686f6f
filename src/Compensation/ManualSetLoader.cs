
namespace Compensation;

/// <summary>Loads every version of a manual set, reporting all diagnostics of all versions at once.</summary>
internal static class ManualSetLoader
{
    public static (ManualSet? Set, IReadOnlyList<Diagnostic> Diagnostics) TryLoad(string path, ManualLoadOptions options)
    {
        var roots = VersionFolders(path);
        var manuals = new List<CompensationManual>();
        var diagnostics = new List<Diagnostic>();
        foreach (var root in roots)
        {
            var result = CompensationManual.TryLoad(root, options);
            diagnostics.AddRange(result.Diagnostics);
            if (result.Manual is { } manual)
            {
                if (manuals.Find(m => m.Stamp.Effective == manual.Stamp.Effective) is { } twin)
                {
                    diagnostics.Add(new Diagnostic(
                        DiagnosticCodes.DuplicateName,
                        DiagnosticSeverity.Error,
                        $"versions '{twin.Stamp.Version}' and '{manual.Stamp.Version}' are both effective from {manual.Stamp.Effective:yyyy-MM-dd}",
                        new SourceLocation(root, 1, 1),
                        "give each version its own 'effective:' date"));
                }

                manuals.Add(manual);
            }
        }

        var failed = diagnostics.Exists(d => d.Severity == DiagnosticSeverity.Error) || manuals.Count == 0;
        return (failed ? null : ManualSet.Create(manuals), diagnostics);
    }

    /// <summary>The manual itself when the path is a file or a folder of rule files; else its sub-folders that hold rule files.</summary>
    public static IReadOnlyList<string> VersionFolders(string path)
    {
        try
        {
            if (!Directory.Exists(path) || Directory.EnumerateFiles(path).Any(IsRuleFile))
            {
                return [path];
            }

            // A set's own scenarios/ folder holds scenario files, not a version.
            var versions = Directory.EnumerateDirectories(path)
                .Where(d => !string.Equals(Path.GetFileName(d), "scenarios", StringComparison.Ordinal) && Directory.EnumerateFiles(d).Any(IsRuleFile))
                .Order(StringComparer.Ordinal)
                .ToList();
            return versions.Count == 0 ? [path] : versions;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return [path]; // the manual loader reports it
        }
    }

    private static bool IsRuleFile(string file)
        => file.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || file.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);
}
