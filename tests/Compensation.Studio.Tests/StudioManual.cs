namespace Compensation.Studio.Tests;

/// <summary>A copy of the sample manual (rules and scenarios) in a temporary folder; <c>rules/</c> is never touched.</summary>
public sealed class StudioManual : IDisposable
{
    public StudioManual(bool withScenarios = true)
    {
        Root = Path.Combine(Path.GetTempPath(), "compensation-studio-" + Guid.NewGuid().ToString("N"));
        Folder = Path.Combine(Root, "manual");
        Directory.CreateDirectory(Folder);
        var sample = Path.Combine(Repository.Root, "rules", "tienda-ejemplo");
        foreach (var file in Directory.EnumerateFiles(sample, "*.yaml"))
        {
            File.Copy(file, Path.Combine(Folder, Path.GetFileName(file)));
        }

        if (withScenarios)
        {
            Directory.CreateDirectory(Path.Combine(Folder, "scenarios"));
            foreach (var file in Directory.EnumerateFiles(Path.Combine(sample, "scenarios"), "*.yaml"))
            {
                File.Copy(file, Path.Combine(Folder, "scenarios", Path.GetFileName(file)));
            }
        }
    }

    /// <summary>The temporary folder holding the manual (and anything a test puts beside it).</summary>
    public string Root { get; }

    /// <summary>The manual's folder.</summary>
    public string Folder { get; }

    public string PathOf(string relative) => Path.Combine(Folder, relative);

    public string Read(string relative) => File.ReadAllText(PathOf(relative));

    /// <summary>Replaces <paramref name="find"/>, which must occur exactly once, in a file of the copy.</summary>
    public void Edit(string relative, string find, string replace)
    {
        var text = Read(relative);
        var at = text.IndexOf(find, StringComparison.Ordinal);
        Assert.True(at >= 0 && text.IndexOf(find, at + 1, StringComparison.Ordinal) < 0, $"'{find}' must occur exactly once in {relative}");
        File.WriteAllText(PathOf(relative), text[..at] + replace + text[(at + find.Length)..]);
    }

    /// <summary>The manual as the library loads it from the copy.</summary>
    public CompensationManual Load() => CompensationManual.Load(Folder);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A temporary folder left behind is harmless.
        }
    }
}

/// <summary>Where the repository is (found from the test's folder) and where test artifacts go.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    /// <summary><c>TestResults/studio/</c> under the repository: screenshots of the browser tests.</summary>
    public static string Artifacts
    {
        get
        {
            var folder = Path.Combine(Root, "TestResults", "studio");
            Directory.CreateDirectory(folder);
            return folder;
        }
    }

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Compensation.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("the repository (Compensation.sln) was not found above the test folder");
    }
}
