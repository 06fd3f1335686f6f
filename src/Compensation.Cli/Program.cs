using System.CommandLine;
using Compensation.Cli.Commands;

// The 'compensation' tool. Each command lives in Commands/<Name>Command.cs; register new ones in this list.
var root = new RootCommand("Validate a compensation manual, decide remedies, and simulate what a manual would cost.");
Command[] commands =
[
    SimulateCommand.Create(),
    GenerateHistoryCommand.Create(),
];

foreach (var command in commands)
{
    root.Subcommands.Add(command);
}

return root.Parse(args).Invoke();
