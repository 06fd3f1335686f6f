using System.CommandLine;

namespace Compensation.Cli.Commands;

/// <summary>What <c>decide</c> and <c>explain</c> share: the manual argument, the incident options, <c>--json</c>, and running the decision.</summary>
internal sealed class DecisionRunner
{
    private DecisionRunner(bool explain) => Explain = explain;

    /// <summary>Whether the decision records its trace.</summary>
    public bool Explain { get; }

    /// <summary>The manual.</summary>
    public Argument<string> Manual { get; } = ManualArgument.Create();

    /// <summary>The incident.</summary>
    public IncidentOptions Incident { get; } = new();

    /// <summary>Print JSON instead of tables.</summary>
    public Option<bool> Json { get; } = new("--json") { Description = "Print the decision as JSON (camelCase) and nothing else." };

    /// <summary>Creates the command with its arguments, options and action.</summary>
    /// <param name="name">The command's name.</param>
    /// <param name="description">The help text, with an example.</param>
    /// <param name="explain">Whether to record and show the trace.</param>
    /// <param name="render">Writes the human-readable output.</param>
    public static Command Create(string name, string description, bool explain, Action<Decision> render)
    {
        var runner = new DecisionRunner(explain);
        var command = new Command(name, description) { runner.Manual };
        runner.Incident.AddTo(command);
        command.Options.Add(runner.Json);
        command.SetAction(parseResult => runner.Run(parseResult, render));
        return command;
    }

    private int Run(ParseResult parseResult, Action<Decision> render)
    {
        // With --json, standard output is JSON on every path: the decision, or { "errors": [...] }.
        var report = new ErrorReport(parseResult.GetValue(Json));
        var path = parseResult.GetRequiredValue(Manual);

        // A manual set (a folder of version sub-folders) decides with the version in force on the incident's date.
        ManualSet? set = null;
        CompensationManual? loaded;
        IReadOnlyList<Diagnostic> diagnostics;
        if (ManualArgument.IsSet(path))
        {
            set = ManualArgument.LoadSet(path, out diagnostics);
            loaded = set?.Latest;
        }
        else
        {
            loaded = ManualArgument.Load(path, out diagnostics);
        }

        if (loaded is not { } manual)
        {
            foreach (var diagnostic in diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error))
            {
                report.Add(diagnostic);
            }

            return report.Fail(CommandLine.Failure);
        }

        var input = Incident.Read(parseResult, manual, report, out var exitCode);
        if (input is null)
        {
            return report.Fail(exitCode);
        }

        Decision decision;
        try
        {
            var chosen = set is null ? manual : set.For(input.Incident, TimeProvider.System.GetUtcNow()); // INC013 before every version
            decision = Explain ? chosen.Explain(input.Incident, input.Customer) : chosen.Decide(input.Incident, input.Customer);
        }
        catch (InvalidIncidentException ex)
        {
            Console.Error.WriteLine("error: the incident cannot be decided:");
            foreach (var error in ex.Errors)
            {
                Console.Error.WriteLine("  " + error);
                report.Add(error);
            }

            if (parseResult.GetValue(Incident.File) is null && ex.Errors.Any(e => e.Code == "INC008"))
            {
                Console.Error.WriteLine("hint: a delay needs --delay, e.g. --delay 5d or --delay 36h");
            }

            return report.Fail(CommandLine.Failure);
        }
        catch (RuleEvaluationException ex)
        {
            Console.Error.WriteLine("error: " + ex.Message);
            report.Add(null, null, ex.Message);
            return report.Fail(CommandLine.Failure);
        }

        if (parseResult.GetValue(Json))
        {
            Console.Out.WriteLine(JsonOutput.Serialize(decision));
        }
        else
        {
            render(decision);
        }

        return CommandLine.Success;
    }
}
