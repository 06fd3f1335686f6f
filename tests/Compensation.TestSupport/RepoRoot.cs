namespace Compensation.TestSupport;

/// <summary>Finds the repository root (the folder holding Compensation.sln) from the test's output folder.</summary>
internal static class RepoRoot
{
    private static readonly Lazy<string> Root = new(Find);

    public static string Path => Root.Value;

    /// <summary>A path under the repository root.</summary>
    public static string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Compensation.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"Compensation.sln not found above {AppContext.BaseDirectory}");
    }
}
