using System.Globalization;
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
                    diagnostics.Error(DiagnosticCodes.LimitExceeded, new SourceLocation(path, 1, 1), $"the folder holds {names.Count} rule files; the limit is {options.MaxFiles}", LimitHints.Files);
                    return files;
                }

                foreach (var name in names)
                {
                    if (ReadFile(name, options, diagnostics) is { } file)
                    {
                        files.Add(file);
                    }
                }
            }
            else if (File.Exists(path))
            {
                if (ReadFile(path, options, diagnostics) is { } file)
                {
                    files.Add(file);
                }
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

    private static ManualSource? ReadFile(string path, ManualLoadOptions options, DiagnosticBag diagnostics)
    {
        var info = new FileInfo(path);
        if (info.Length > options.MaxFileLength * 4L)
        {
            // Far beyond the limit (a character takes at most 4 bytes): not read into memory at all.
            diagnostics.Error(DiagnosticCodes.LimitExceeded, new SourceLocation(path, 1, 1), $"the file is {Size(info.Length)}; the limit is {options.MaxFileLength.ToString("N0", CultureInfo.InvariantCulture)} characters", LimitHints.FileLength);
            return null;
        }

        var text = File.ReadAllText(path);
        if (text.Length > options.MaxFileLength)
        {
            diagnostics.Error(DiagnosticCodes.LimitExceeded, new SourceLocation(path, 1, 1), string.Create(CultureInfo.InvariantCulture, $"the file has {text.Length:N0} characters; the limit is {options.MaxFileLength:N0}"), LimitHints.FileLength);
            return null;
        }

        return new ManualSource(path, text);
    }

    /// <summary>A size for people: bytes, with KB or MB when large.</summary>
    public static string Size(long bytes) => bytes switch
    {
        >= 1_000_000 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1_000_000.0:0.#} MB ({bytes:N0} bytes)"),
        >= 10_000 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1_000.0:0.#} KB ({bytes:N0} bytes)"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes:N0} bytes"),
    };
}
