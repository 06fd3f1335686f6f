using System.CommandLine;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;

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

    /// <summary>Parses <paramref name="args"/> (without the tool's name), runs the chosen command and returns its exit code (2 for usage errors).</summary>
    public static int Run(Command root, string[] args)
    {
        if (args.Length == 0)
        {
            // No command at all: show what there is.
            root.Parse(["--help"]).Invoke();
            return UsageError;
        }

        var result = root.Parse(args);
        if (result.Errors.Count == 0 && LoadLimits.Apply(result) is { } limitError)
        {
            Console.Error.WriteLine(limitError);
            return UsageError;
        }

        if (result.Errors.Count == 0)
        {
            return result.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = true });
        }

        // Usage errors: the errors (with typo corrections) on standard error, and where to find help, not the whole help.
        if (result.Action is ParseErrorAction action)
        {
            action.ShowHelp = false;
        }

        // With --json, standard output carries only JSON: the errors and typo corrections go to standard error, and
        // standard output gets { "errors": [...] }.
        var json = args.Contains("--json", StringComparer.Ordinal);
        result.Invoke(json ? new InvocationConfiguration { Output = Console.Error } : new InvocationConfiguration());
        Console.Error.WriteLine($"Run '{CommandPath(result.CommandResult)} --help' to see the usage.");
        if (json)
        {
            Console.Out.WriteLine(ErrorReport.Serialize(result.Errors.Select(e => ((string?)"usage", (string?)null, e.Message))));
        }

        return UsageError;
    }

    private static string CommandPath(CommandResult result)
    {
        var names = new List<string>();
        for (SymbolResult? current = result; current is not null; current = current.Parent)
        {
            if (current is CommandResult command)
            {
                names.Insert(0, command.Command.Name);
            }
        }

        return string.Join(' ', names);
    }
}
