using System.CommandLine;
using System.Text;
using Spectre.Console;

namespace Compensation.Cli.Commands;

/// <summary><c>compensation simulate &lt;manual&gt; --history file</c>: what a manual would have cost over a history of incidents.</summary>
internal static class SimulateCommand
{
    public static Command Create()
    {
        var manual = new Argument<string>("manual") { Description = "The manual: a folder of .yaml rule files, or one .yaml file." };
        var history = new Option<FileInfo>("--history") { Description = "The incidents: CSV with a header (id, failure, cause, promised_at, delivered_at, order_value, tier, prior_incidents, … and the manual's facts), or JSON lines (.jsonl).", Required = true };
        var baseline = new Option<string?>("--baseline") { Description = "Another manual (an earlier version) to compare with: cost delta, incidents whose remedy changed, approval load shift." };
        var format = new Option<string>("--format") { Description = "table (default), json, csv or markdown.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json", "csv", "markdown");
        var inputFormat = new Option<string?>("--input-format") { Description = "csv or jsonl (default: from the file's extension)." };
        inputFormat.AcceptOnlyFromAmong("csv", "jsonl");
        var output = new Option<FileInfo?>("--output", "-o") { Description = "Write the report to this file instead of standard output." };
        var html = new Option<FileInfo?>("--html") { Description = "Also write a self-contained HTML report with charts." };
        var threads = new Option<int?>("--threads") { Description = "Threads deciding at once (default: every core)." };
        var command = new Command("simulate", """
            Decide every incident of a history with the manual and total the cost: by failure kind, tier and cause,
            remedies by kind, approvals by level, the rules that fired most and never. With --baseline, compare two
            versions of a manual on the same history. Rows that cannot be read are reported (row, column, value) and counted.

            Examples:
              compensation generate-history rules/tienda-ejemplo --rows 1000000 --output history.csv
              compensation simulate rules/tienda-ejemplo --history history.csv
              compensation simulate rules/tienda-ejemplo --history history.csv --baseline old-rules/ --format markdown --html report.html
            """)
        {
            manual, history, baseline, format, inputFormat, output, html, threads,
        };

        command.SetAction(parseResult => Run(
            parseResult.GetRequiredValue(manual),
            parseResult.GetRequiredValue(history),
            parseResult.GetValue(baseline),
            parseResult.GetRequiredValue(format),
            parseResult.GetValue(inputFormat),
            parseResult.GetValue(output),
            parseResult.GetValue(html),
            parseResult.GetValue(threads)));
        return command;
    }

    private static int Run(string manualPath, FileInfo history, string? baselinePath, string format, string? inputFormat, FileInfo? output, FileInfo? html, int? threads)
    {
        // A folder of version sub-folders (a manual set): each row is decided by the version in force on its date.
        var set = ManualArgument.IsSet(manualPath) ? ManualArgument.LoadSet(manualPath) : null;
        var manual = set?.Latest ?? (ManualArgument.IsSet(manualPath) ? null : LoadManual(manualPath));
        var baseline = baselinePath is null ? null : LoadManual(baselinePath);
        if (manual is null || (baselinePath is not null && baseline is null))
        {
            return 1;
        }

        if (!history.Exists)
        {
            Console.Error.WriteLine($"{history.FullName}: the history file does not exist");
            return 1;
        }

        var jsonLines = inputFormat is null ? history.Extension.ToUpperInvariant() is ".JSONL" or ".NDJSON" : inputFormat == "jsonl";
        var options = new SimulationOptions { Format = jsonLines ? HistoryFormat.JsonLines : HistoryFormat.Csv, MaxDegreeOfParallelism = threads ?? Environment.ProcessorCount };
        SimulationResult result;
        try
        {
            result = Simulate(set is null ? new HistorySimulator(manual, baseline) : HistorySimulator.ForVersions(set, baseline), history, options);
        }
        catch (InvalidHistoryException ex)
        {
            Console.Error.WriteLine($"{history.FullName}: {ex.Message}");
            return 1;
        }

        foreach (var error in result.Report.Errors)
        {
            Console.Error.WriteLine($"{history.Name}: {error}");
        }

        if (result.Report.Rejected > 0)
        {
            Console.Error.WriteLine($"{history.Name}: {result.Report.Rejected} rows rejected ({result.Report.ErrorCount} errors{(result.Report.ErrorCount > result.Report.Errors.Count ? $", the first {result.Report.Errors.Count} listed" : string.Empty)})");
        }

        if (html is not null)
        {
            File.WriteAllText(html.FullName, SimulationHtml.Render(result), Encoding.UTF8);
        }

        if (format == "table")
        {
            var console = output is null ? AnsiConsole.Console : AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(new StreamWriter(output.FullName)), Ansi = AnsiSupport.No });
            SimulationTerminal.Render(console, result);
            (console.Profile.Out.Writer as StreamWriter)?.Dispose();
            return 0;
        }

        var text = format switch { "json" => SimulationText.ToJson(result) + "\n", "csv" => SimulationText.ToCsv(result), _ => SimulationText.ToMarkdown(result) };
        if (output is null)
        {
            Console.Out.Write(text);
        }
        else
        {
            File.WriteAllText(output.FullName, text, Encoding.UTF8);
        }

        return 0;
    }

    private static SimulationResult Simulate(HistorySimulator simulator, FileInfo history, SimulationOptions options)
    {
        using var stream = new CountingStream(history.OpenRead());
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
        if (Console.IsErrorRedirected)
        {
            return simulator.Run(reader, options);
        }

        // A progress bar on standard error, fed by the bytes read so far, while the simulation runs on its own threads.
        var run = Task.Run(() => simulator.Run(reader, options));
        var terminal = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        terminal.Progress().Start(context =>
        {
            var task = context.AddTask("simulating", maxValue: Math.Max(1, history.Length));
            while (!run.Wait(100))
            {
                task.Value = stream.BytesRead;
            }

            task.Value = task.MaxValue;
        });
        return run.GetAwaiter().GetResult();
    }

    private static CompensationManual? LoadManual(string path)
    {
        var result = CompensationManual.TryLoad(path, LoadLimits.Options);
        foreach (var diagnostic in result.Diagnostics)
        {
            Console.Error.WriteLine(diagnostic.ToString());
        }

        return result.Manual;
    }
}
