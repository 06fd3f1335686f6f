namespace Compensation.Benchmarks.Policy;

/// <summary>Finds the repository's sample manual from wherever BenchmarkDotNet runs the benchmarks.</summary>
internal static class RepoPaths
{
    public static string SampleManual { get; } = Find();

    private static string Find()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "rules", "tienda-ejemplo");
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        throw new DirectoryNotFoundException("rules/tienda-ejemplo not found above " + AppContext.BaseDirectory);
    }
}
