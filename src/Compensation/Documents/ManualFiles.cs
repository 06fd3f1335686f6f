using Compensation.Diagnostics;

namespace Compensation.Documents;

/// <summary>Finds and reads a manual's rule files: one file, or a folder's <c>*.yaml</c>/<c>*.yml</c> files in name order (sub-folders excluded).</summary>
internal static class ManualFiles
{
    public static List<ManualSource> Read(string path, DiagnosticBag diagnostics, ManualLoadOptions options)
    {
        var files = new List<ManualSource>();
        try
        {
            if (Directory.Exists(path))
            {
                var names = Directory.EnumerateFiles(path)
                    .Where(f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal)
                    .ToList();
                if (names.Count == 0)
                {
                    diagnostics.Error(DiagnosticCodes.Io, new SourceLocation(path, 1, 1), "the folder holds no .yaml rule files", "point at the folder that holds the manual's .yaml files");
                }
                else if (names.Count > options.MaxFiles)
                {
                    diagnostics.Error(DiagnosticCodes.LimitExceeded, new SourceLocation(path, 1, 1), $"the folder holds {names.Count} rule files; the limit is {options.MaxFiles}", "raise ManualLoadOptions.MaxFiles");
                    return files;
                }

                foreach (var name in names)
                {
                    files.Add(ReadFile(name, options));
                }
            }
            else if (File.Exists(path))
            {
                files.Add(ReadFile(path, options));
            }
            else
            {
                diagnostics.Error(DiagnosticCodes.Io, new SourceLocation(path, 1, 1), "no such file or folder", "check the path");
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(DiagnosticCodes.Io, new SourceLocation(path, 1, 1), $"cannot read: {ex.Message}");
        }

        return files;
    }

    private static ManualSource ReadFile(string path, ManualLoadOptions options)
    {
        var info = new FileInfo(path);
        if (info.Length > options.MaxFileLength * 4L)
        {
            // Far beyond the limit: do not read it into memory; the reader reports the size.
            return new ManualSource(path, new string(' ', options.MaxFileLength + 1));
        }

        return new ManualSource(path, File.ReadAllText(path));
    }
}
