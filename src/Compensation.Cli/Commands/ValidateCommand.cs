using System.CommandLine;

namespace Compensation.Cli.Commands;

/// <summary><c>compensation validate &lt;manual&gt;</c>: loads a manual and lists every problem in it.</summary>
internal static class ValidateCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var manual = ManualArgument.Create();
        var command = new Command("validate", """
            Check a manual and list every problem, one per line, as file:line:col: error CODE: message (hint: ...).
            Exit code 0 when the manual loads, 1 when it has errors, 2 for a wrong command line.

            Example:
              compensation validate rules/tienda-ejemplo
            """)
        {
            manual,
        };

        command.SetAction(parseResult => Run(parseResult.GetRequiredValue(manual)));
        return command;
    }

    private static int Run(string path)
    {
        if (ManualArgument.IsSet(path))
        {
            // A folder of version sub-folders: every version is validated, and their effective dates must differ.
            var (set, diagnostics) = ManualSetLoader.TryLoad(path, LoadLimits.Options);
            ManualArgument.WriteDiagnostics(Console.Out, diagnostics);
            Console.Out.WriteLine(ManualArgument.SetSummary(path, set, diagnostics));
            return set is null ? CommandLine.Failure : CommandLine.Success;
        }

        var result = CompensationManual.TryLoad(path, LoadLimits.Options);
        ManualArgument.WriteDiagnostics(Console.Out, result.Diagnostics);
        Console.Out.WriteLine(ManualArgument.Summary(path, result));
        return result.Succeeded ? CommandLine.Success : CommandLine.Failure;
    }
}
