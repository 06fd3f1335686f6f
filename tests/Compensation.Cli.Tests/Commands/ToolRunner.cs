namespace Compensation.Cli.Tests.Commands;

/// <summary>Runs the 'compensation' tool (in this process, through its entry point) and copies manuals to break them.</summary>
internal static class ToolRunner
{
    public static string Root { get; } = FindRoot();

    // One folder per test process for the broken copies, deleted when the process exits.
    private static readonly Lazy<string> CopiesRoot = new(() =>
    {
        var root = Path.Combine(Path.GetTempPath(), "compensation-cli-tests", Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                Directory.Delete(root, recursive: true);
            }
            catch (IOException)
            {
                // Best effort: the temp folder is cleaned by the system eventually.
            }
        };
        return root;
    });

    public static string SampleManual => Path.Combine(Root, "rules", "tienda-ejemplo");

    /// <summary>Runs the tool in this process (see <see cref="CliRunner.Run"/>).</summary>
    public static (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        var result = CliRunner.Run(args);
        return (result.ExitCode, result.Out, result.Error);
    }

    /// <summary>Copies the sample manual (rule files and scenarios) to a new temporary folder.</summary>
    public static string CopySample(bool scenarios = true)
    {
        var target = Path.Combine(CopiesRoot.Value, Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(SampleManual, "*.yaml"))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }

        if (scenarios)
        {
            Directory.CreateDirectory(Path.Combine(target, "scenarios"));
            foreach (var file in Directory.GetFiles(Path.Combine(SampleManual, "scenarios"), "*.yaml"))
            {
                File.Copy(file, Path.Combine(target, "scenarios", Path.GetFileName(file)));
            }
        }

        return target;
    }

    /// <summary>Replaces text in a copied file, failing loudly when the text is not there (so a test cannot silently test nothing).</summary>
    public static void Replace(string file, string oldText, string newText)
    {
        var text = File.ReadAllText(file);
        Assert.Contains(oldText, text, StringComparison.Ordinal);
        File.WriteAllText(file, text.Replace(oldText, newText, StringComparison.Ordinal));
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Compensation.sln")))
        {
            dir = dir.Parent;
        }

        return dir!.FullName;
    }
}
