using System.CommandLine;
using Compensation.Cli.Commands;

var root = new RootCommand("compensation: validate, decide, explain, test and check compensation manuals.");
foreach (var command in new[]
{
    TestCommand.Create(),
    CheckCommand.Create(),
})
{
    root.Subcommands.Add(command);
}

return root.Parse(args).Invoke();
