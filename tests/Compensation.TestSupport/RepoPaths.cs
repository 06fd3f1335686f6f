namespace Compensation.TestSupport;

/// <summary>
/// Paths into the repository: its root is the folder holding Compensation.sln above the test's output folder
/// (or, for BenchmarkDotNet's generated runners, above the current folder).
/// </summary>
internal static class RepoPaths
{
    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    public static string Root => LazyRoot.Value;

    public static string SampleManual => Path.Combine(Root, "rules", "tienda-ejemplo");

    public static string Schemas => Path.Combine(Root, "src", "Compensation", "Schemas");

    /// <summary>A path under the repository root.</summary>
    public static string Combine(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Compensation.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException("Compensation.sln not found above " + AppContext.BaseDirectory);
    }
}
