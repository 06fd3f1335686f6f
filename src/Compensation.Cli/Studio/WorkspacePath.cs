namespace Compensation.Cli.Studio;

/// <summary>
/// Turns a path the browser sends (relative to the manual's folder, with '/' separators) into a full path,
/// refusing anything that could reach outside the folder: absolute paths, '..', '.', empty or hidden segments,
/// backslashes and drive letters, other extensions, and symbolic links that lead out of the folder.
/// </summary>
internal static class WorkspacePath
{
    private const int MaxLength = 400;

    public static readonly string[] RuleExtensions = [".yaml", ".yml"];

    public static readonly string[] HistoryExtensions = [".csv", ".jsonl", ".ndjson"];

    /// <summary>The canonical form of a folder: full, without a trailing separator, with symbolic links resolved.</summary>
    public static string Canonical(string folder)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
        var parts = full.Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
        var current = Path.GetPathRoot(full) ?? "/";
        foreach (var part in parts)
        {
            current = Path.Combine(current, part);
            var info = new DirectoryInfo(current);
            if (info.Exists && info.LinkTarget is not null && info.ResolveLinkTarget(returnFinalTarget: true) is { } target)
            {
                current = Path.TrimEndingDirectorySeparator(target.FullName);
            }
        }

        return current;
    }

    /// <summary>Resolves <paramref name="relative"/> under <paramref name="root"/> (a canonical folder), or throws a 4xx <see cref="StudioException"/>.</summary>
    public static string Resolve(string root, string? relative, IReadOnlyCollection<string> extensions)
    {
        if (string.IsNullOrWhiteSpace(relative))
        {
            throw StudioException.BadRequest("no file given: name a file of the manual, like '30-retrasos.yaml'");
        }

        if (relative.Length > MaxLength || relative.Contains('\0', StringComparison.Ordinal))
        {
            throw StudioException.PathRefused("that file name is not accepted");
        }

        if (relative.StartsWith('/') || relative.Contains('\\', StringComparison.Ordinal) || relative.Contains(':', StringComparison.Ordinal) || Path.IsPathRooted(relative))
        {
            throw StudioException.PathRefused($"'{relative}' is not a path inside the manual's folder: write it relative to the folder, with '/' between folders");
        }

        var segments = relative.Split('/');
        if (segments.Any(s => s.Length == 0 || s == "." || s == ".." || s.StartsWith('.')))
        {
            throw StudioException.PathRefused($"'{relative}' is not a path inside the manual's folder: '..', '.', hidden and empty parts are not accepted");
        }

        if (!extensions.Any(e => relative.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
        {
            throw StudioException.PathRefused($"'{relative}' is not one of the files the studio opens here ({string.Join(", ", extensions)})");
        }

        var full = Path.GetFullPath(Path.Combine(root, Path.Combine(segments)));
        if (!IsInside(root, full))
        {
            throw StudioException.PathRefused($"'{relative}' is outside the manual's folder");
        }

        // Every part that exists and is a symbolic link must lead to a place inside the folder.
        var current = root;
        foreach (var segment in segments)
        {
            current = Path.Combine(current, segment);
            FileSystemInfo info = Directory.Exists(current) ? new DirectoryInfo(current) : new FileInfo(current);
            if (info.LinkTarget is null)
            {
                continue;
            }

            var target = info.ResolveLinkTarget(returnFinalTarget: true);
            if (target is null || !IsInside(root, Canonical(target.FullName)))
            {
                throw StudioException.PathRefused($"'{relative}' is a link that leads outside the manual's folder");
            }
        }

        return full;
    }

    /// <summary>Whether <paramref name="path"/> is <paramref name="root"/> itself or lies under it.</summary>
    public static bool IsInside(string root, string path)
    {
        var comparison = OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        return path.Equals(root, comparison) || path.StartsWith(root + Path.DirectorySeparatorChar, comparison);
    }

    /// <summary>The path relative to the root, with '/' separators.</summary>
    public static string Relative(string root, string full) => Path.GetRelativePath(root, full).Replace(Path.DirectorySeparatorChar, '/');
}
