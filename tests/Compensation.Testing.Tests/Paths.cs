namespace Compensation.Testing.Tests;

internal static class Paths
{
    public static string Root { get; } = Find();

    public static string SampleManual => Path.Combine(Root, "rules", "tienda-ejemplo");

    private static string Find()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Compensation.sln")))
        {
            dir = dir.Parent;
        }

        return dir!.FullName;
    }
}
