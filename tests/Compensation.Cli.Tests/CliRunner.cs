using System.Diagnostics;
using Compensation.TestSupport;


namespace Compensation.Cli.Tests;

/// <summary>The outcome of one run of the tool.</summary>
/// <param name="ExitCode">The process exit code.</param>
/// <param name="Out">Everything written to standard output.</param>
/// <param name="Error">Everything written to standard error.</param>
public sealed record CliResult(int ExitCode, string Out, string Error)
{
    /// <summary>Standard output split into lines (no trailing empty line).</summary>
    public string[] OutLines => Out.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');

    /// <summary>Standard error split into lines (no trailing empty line).</summary>
    public string[] ErrorLines => Error.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');

    /// <summary>For assertion messages.</summary>
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Out}\n--- stderr\n{Error}";
}

/// <summary>
/// Runs the tool. <see cref="Run"/> runs it in this process through its own entry point (the same command tree,
/// parsing and exit codes) with standard output, error and input captured, which takes milliseconds;
/// <see cref="RunProcess"/> starts it as a real process (<c>dotnet Compensation.Cli.dll args</c>) for the few tests
/// about what only a process has: a redirected terminal, piped standard input, the exit code seen by a shell.
/// </summary>
internal static class CliRunner
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    /// <summary>The console, the environment and the working directory are the process's: one in-process run at a time.</summary>
    private static readonly object InProcess = new();

    /// <summary>The repository root (where <c>rules/tienda-ejemplo</c> is).</summary>
    public static string RepoRoot { get; } = FindRepoRoot();

    /// <summary>The sample manual, relative to <see cref="RepoRoot"/>.</summary>
    public const string SampleManual = "rules/tienda-ejemplo";

    /// <summary>The tool next to the tests (the test project references the CLI project).</summary>
    private static string Tool => Path.Combine(AppContext.BaseDirectory, "Compensation.Cli.dll");

    /// <summary>
    /// Runs the tool in this process, in <paramref name="workingDirectory"/> (the repository root by default), as if its
    /// output were redirected: <c>NO_COLOR</c> set and 160 columns. Standard input is the text <paramref name="stdin"/>
    /// (empty when null).
    /// </summary>
    public static CliResult Run(string[] args, string? workingDirectory = null, string? stdin = null)
    {
        var entry = typeof(global::Compensation.Cli.Commands.CommandLine).Assembly.EntryPoint ?? throw new InvalidOperationException("the tool has no entry point");
        lock (InProcess)
        {
            var (oldOut, oldError, oldIn, oldDirectory) = (Console.Out, Console.Error, Console.In, Environment.CurrentDirectory);
            var (oldNoColor, oldColumns) = (Environment.GetEnvironmentVariable("NO_COLOR"), Environment.GetEnvironmentVariable("COLUMNS"));
            using var output = new StringWriter(System.Globalization.CultureInfo.InvariantCulture) { NewLine = "\n" };
            using var error = new StringWriter(System.Globalization.CultureInfo.InvariantCulture) { NewLine = "\n" };
            try
            {
                Console.SetOut(output);
                Console.SetError(error);
                Console.SetIn(new StringReader(stdin ?? string.Empty));
                Environment.SetEnvironmentVariable("NO_COLOR", "1");
                Environment.SetEnvironmentVariable("COLUMNS", "160");
                Environment.CurrentDirectory = workingDirectory ?? RepoRoot;
                var exit = (int)entry.Invoke(null, [args])!;
                return new CliResult(exit, output.ToString(), error.ToString());
            }
            finally
            {
                Console.SetOut(oldOut);
                Console.SetError(oldError);
                Console.SetIn(oldIn);
                Environment.SetEnvironmentVariable("NO_COLOR", oldNoColor);
                Environment.SetEnvironmentVariable("COLUMNS", oldColumns);
                Environment.CurrentDirectory = oldDirectory;
            }
        }
    }

    /// <summary>
    /// Runs the built tool as a real process in <paramref name="workingDirectory"/> (the repository root by default),
    /// with <c>NO_COLOR</c> set unless <paramref name="noColor"/> is false and extra <paramref name="environment"/> variables.
    /// </summary>
    public static CliResult RunProcess(string[] args, string? workingDirectory = null, string? stdin = null, bool noColor = true, IReadOnlyDictionary<string, string>? environment = null)
    {
        Assert.True(File.Exists(Tool), $"the tool is not next to the tests: {Tool}");
        Assert.True(File.Exists(Path.ChangeExtension(Tool, ".runtimeconfig.json")), "the tool's runtimeconfig.json was not copied");

        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
        {
            WorkingDirectory = workingDirectory ?? RepoRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Tool);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment.Remove("NO_COLOR");
        if (noColor)
        {
            start.Environment["NO_COLOR"] = "1";
        }

        start.Environment.Remove("COLUMNS");
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("the tool did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (stdin is not null)
        {
            process.StandardInput.Write(stdin);
        }

        process.StandardInput.Close();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"'compensation {string.Join(' ', args)}' did not finish within {Timeout.TotalSeconds} s and was killed");
        }

        process.WaitForExit();
        return new CliResult(process.ExitCode, output.GetAwaiter().GetResult(), error.GetAwaiter().GetResult());
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Compensation.sln")) && Directory.Exists(Path.Combine(dir.FullName, SampleManual)))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"no repository root above {AppContext.BaseDirectory}");
    }
}
