using System.CommandLine;
using Compensation.Cli.Commands;

// The 'compensation' tool. Each command lives in Commands/<Name>Command.cs; register new ones in this list.
var root = new RootCommand("""
    Validate a compensation manual, decide remedies for incidents and explain why.

    Example:
      compensation decide rules/tienda-ejemplo --incident rules/tienda-ejemplo/incidents/retraso-oro.json
    """);

Command[] commands =
[
    ValidateCommand.Create(),
    DecideCommand.Create(),
    ExplainCommand.Create(),
];

foreach (var command in commands)
{
    root.Subcommands.Add(command);
}

return CommandLine.Run(root, args);
