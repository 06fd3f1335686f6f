using System.CommandLine;
using System.Text;

namespace Compensation.Cli.Commands;

/// <summary><c>compensation generate-history &lt;manual&gt;</c>: a realistic synthetic history of incidents, to simulate and reproduce figures.</summary>
internal static class GenerateHistoryCommand
{
    public static Command Create()
    {
        var manual = new Argument<string>("manual") { Description = "The manual whose catalogue (failures, tiers, causes, facts) the incidents use." };
        var rows = new Option<long>("--rows", "-n") { Description = "How many incidents.", DefaultValueFactory = _ => 10_000 };
        var seed = new Option<int>("--seed") { Description = "The random seed: the same manual, seed and rows give the same file.", DefaultValueFactory = _ => 2026 };
        var malformed = new Option<double>("--malformed-rate") { Description = "Share of rows written malformed on purpose (0 to 1), to see how they are reported.", DefaultValueFactory = _ => 0 };
        var format = new Option<string>("--format") { Description = "csv (default) or jsonl.", DefaultValueFactory = _ => "csv" };
        format.AcceptOnlyFromAmong("csv", "jsonl");
        var output = new Option<FileInfo?>("--output", "-o") { Description = "The file to write (default: standard output)." };
        var command = new Command("generate-history", """
            Write a synthetic history of incidents for a manual: delays most common, most customers in the lowest tiers,
            log-normal order values, long-tailed delays. Deterministic for a given seed.

            Example:
              compensation generate-history rules/tienda-ejemplo --rows 1000000 --output history.csv
            """)
        {
            manual, rows, seed, malformed, format, output,
        };

        command.SetAction(parseResult =>
        {
            var result = CompensationManual.TryLoad(parseResult.GetRequiredValue(manual), LoadLimits.Options);
            foreach (var diagnostic in result.Diagnostics)
            {
                Console.Error.WriteLine(diagnostic.ToString());
            }

            if (result.Manual is null)
            {
                return 1;
            }

            var (count, rate) = (parseResult.GetValue(rows), parseResult.GetValue(malformed));
            if (count < 0 || rate is < 0 or > 1)
            {
                Console.Error.WriteLine(count < 0 ? $"--rows must be 0 or more, not {count}" : $"--malformed-rate must be between 0 and 1, not {rate}");
                return 2;
            }

            var generator = new HistoryGenerator(result.Manual) { Seed = parseResult.GetValue(seed), MalformedRate = rate };
            var jsonLines = parseResult.GetRequiredValue(format) == "jsonl";
            var file = parseResult.GetValue(output);
            if (file is null)
            {
                generator.Write(Console.Out, count, jsonLines ? HistoryFormat.JsonLines : HistoryFormat.Csv);
                return 0;
            }

            using var writer = new StreamWriter(file.FullName, append: false, new UTF8Encoding(false), bufferSize: 1 << 16);
            generator.Write(writer, count, jsonLines ? HistoryFormat.JsonLines : HistoryFormat.Csv);
            return 0;
        });
        return command;
    }
}
