namespace Compensation.TestSupport;

/// <summary>Paths into the repository, found from the test assembly's folder.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string SampleManual => Path.Combine(Root, "rules", "tienda-ejemplo");

    public static string Schemas => Path.Combine(Root, "src", "Compensation", "Schemas");

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Compensation.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Compensation.sln not found above " + AppContext.BaseDirectory);
    }
}
