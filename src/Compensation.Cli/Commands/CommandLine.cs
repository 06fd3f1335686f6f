using System.CommandLine;

namespace Compensation.Cli.Commands;

/// <summary>Runs the parsed command line and maps outcomes to the tool's exit codes.</summary>
internal static class CommandLine
{
    /// <summary>The manual loaded (or the decision was made).</summary>
    public const int Success = 0;

    /// <summary>The manual or the incident has errors.</summary>
    public const int Failure = 1;

    /// <summary>The command line itself is wrong (unknown option, missing argument…).</summary>
    public const int UsageError = 2;

    /// <summary>Parses <paramref name="args"/>, runs the chosen command and returns its exit code (2 for usage errors).</summary>
    public static int Run(RootCommand root, string[] args)
    {
        var result = root.Parse(args);
        var exitCode = result.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = true });
        return result.Errors.Count > 0 ? UsageError : exitCode;
    }
}
