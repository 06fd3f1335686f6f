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
/// Runs the built tool as a real process: <c>dotnet Compensation.Cli.dll args</c>. The test project references the
/// CLI project, so the tool and its runtimeconfig are copied next to the tests. Output is redirected, so the
/// tool writes plain text (no colours, no ANSI codes).
/// </summary>
internal static class CliRunner
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    /// <summary>The repository root (where <c>rules/tienda-ejemplo</c> is).</summary>
    public static string RepoRoot { get; } = FindRepoRoot();

    /// <summary>The sample manual, relative to <see cref="RepoRoot"/>.</summary>
    public const string SampleManual = "rules/tienda-ejemplo";

    /// <summary>Runs the tool in <paramref name="workingDirectory"/> (the repository root by default), with <c>NO_COLOR</c> set unless <paramref name="noColor"/> is false, and any extra <paramref name="environment"/> variables (e.g. <c>TZ</c>).</summary>
    public static CliResult Run(string[] args, string? workingDirectory = null, string? stdin = null, bool noColor = true, IReadOnlyDictionary<string, string>? environment = null)
    {
        var tool = Path.Combine(AppContext.BaseDirectory, "Compensation.Cli.dll");
        Assert.True(File.Exists(tool), $"the tool is not next to the tests: {tool}");
        Assert.True(File.Exists(Path.ChangeExtension(tool, ".runtimeconfig.json")), "the tool's runtimeconfig.json was not copied");

        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
        {
            WorkingDirectory = workingDirectory ?? RepoRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(tool);
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
