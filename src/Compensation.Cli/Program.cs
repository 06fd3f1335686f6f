using System.CommandLine;
using System.CommandLine.Help;
using Compensation.Cli.Commands;
using Compensation.Cli.Studio;

// The 'compensation' tool. Each command lives in Commands/<Name>Command.cs; register new ones in this list.
// The root is a plain Command named "compensation" (a RootCommand would take the assembly's name, Compensation.Cli).
var root = new Command("compensation", """
    Validate a compensation manual, decide the remedies for an incident, and explain why;
    run its scenarios (test), look for gaps, shadowed rules and disproportions (check),
    and simulate what a manual would cost over a history of incidents (simulate);
    or do all of it in the browser (studio).

    Example:
      compensation decide rules/tienda-ejemplo --incident rules/tienda-ejemplo/incidents/retraso-oro.json
    """)
{
    new HelpOption(),
    new VersionOption(),
};

Command[] commands =
[
    ValidateCommand.Create(),
    DecideCommand.Create(),
    ExplainCommand.Create(),
    TestCommand.Create(),
    CheckCommand.Create(),
    SimulateCommand.Create(),
    GenerateHistoryCommand.Create(),
    StudioCommand.Create(),
];

LoadLimits.AddTo(root);
foreach (var command in commands)
{
    root.Subcommands.Add(command);
}

return CommandLine.Run(root, args);
