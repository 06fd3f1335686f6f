namespace Compensation.Docs.Tests;

/// <summary>The repository's documents that these tests keep true, found from the test's output folder.</summary>
internal static class DocFiles
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    /// <summary>The repository root (the folder holding Compensation.sln).</summary>
    public static string Root => RootPath.Value;

    /// <summary>
    /// Every checked document, as a path relative to the root with '/' separators: the README front page,
    /// the guides in docs/, the top-level project files and the package READMEs packed into each package.
    /// </summary>
    public static IReadOnlyList<string> All()
    {
        var files = new List<string>();
        foreach (var name in new[] { "README.md", "CONTRIBUTING.md", "CHANGELOG.md", "SECURITY.md" })
        {
            if (File.Exists(Path.Combine(Root, name)))
            {
                files.Add(name);
            }
        }

        files.AddRange(Directory.EnumerateFiles(Path.Combine(Root, "docs"), "*.md").Select(Relative));
        files.AddRange(Directory.EnumerateFiles(Path.Combine(Root, "src"), "README.md", SearchOption.AllDirectories).Select(Relative));
        files.AddRange(Directory.EnumerateFiles(Path.Combine(Root, "samples"), "README.md", SearchOption.AllDirectories).Select(Relative));
        return files.Where(f => !f.Contains("/bin/", StringComparison.Ordinal) && !f.Contains("/obj/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The documents as theory data.</summary>
    public static TheoryData<string> Data()
    {
        var data = new TheoryData<string>();
        foreach (var file in All())
        {
            data.Add(file);
        }

        return data;
    }

    /// <summary>The text of a document named relative to the root.</summary>
    public static string Read(string relative) => File.ReadAllText(Path.Combine(Root, relative));

    private static string Relative(string path) => Path.GetRelativePath(Root, path).Replace('\\', '/');

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Compensation.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"Compensation.sln not found above {AppContext.BaseDirectory}");
    }
}
