using System.Diagnostics;
using System.Text.Json;
using Compensation.TestSupport;


namespace Compensation.Cli.Tests;

/// <summary>End-to-end: the built tool generates histories and simulates them, as a user would run it.</summary>
public sealed class SimulateCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("simulate-tests-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Simulate_GeneratedHistoryWithMalformedRows_ReportsThemAndDecidesTheRest()
    {
        var history = Path.Combine(_dir, "history.csv");
        Assert.Equal(0, Tool("generate-history", Sample, "--rows", "2000", "--malformed-rate", "0.02", "--output", history).ExitCode);

        var run = Tool("simulate", Sample, "--history", history, "--format", "json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        var report = json.RootElement.GetProperty("report");
        var (decided, rejected) = (report.GetProperty("decided").GetInt64(), report.GetProperty("rejected").GetInt64());
        Assert.Equal(2000, decided + rejected);
        Assert.InRange(rejected, 1, 200); // 2 % of 2000 rows are written malformed on purpose (about 40)
        // Every rejected row is listed on standard error with its row, column and value, then counted.
        var errorLines = run.Error.Split('\n').Where(l => l.StartsWith("history.csv: row ", StringComparison.Ordinal)).ToList();
        Assert.Equal(report.GetProperty("errorCount").GetInt64(), errorLines.Count);
        Assert.Contains($"history.csv: {rejected} rows rejected ({errorLines.Count} errors)", run.Error, StringComparison.Ordinal);
        Assert.All(errorLines, l => Assert.Matches("^history.csv: row [0-9]+, column '[a-z_]+', value '.*': .+$", l));
        Assert.True(report.GetProperty("totalCost").GetDecimal() > 0);
    }

    [Fact]
    public void Simulate_WithTheSameManualAsBaseline_ChangesNothing()
    {
        var history = Path.Combine(_dir, "history.jsonl");
        Assert.Equal(0, Tool("generate-history", Sample, "--rows", "500", "--format", "jsonl", "--output", history).ExitCode);

        var run = Tool("simulate", Sample, "--history", history, "--baseline", Sample, "--format", "markdown");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("- cost delta: +0.00 EUR", run.Out, StringComparison.Ordinal);
        Assert.Contains("- incidents whose remedy changed: 0 of 500", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Simulate_WithAChangedBaseline_ListsChangedIncidentsAndWritesHtml()
    {
        var history = Path.Combine(_dir, "history.csv");
        var baseline = Path.Combine(_dir, "baseline");
        var html = Path.Combine(_dir, "report.html");
        Assert.Equal(0, Tool("generate-history", Sample, "--rows", "1000", "--output", history).ExitCode);
        CopyWithCheaperOneDayCoupon(Path.Combine(RepoPaths.Root, Sample), baseline);

        var run = Tool("simulate", Sample, "--history", history, "--baseline", baseline, "--format", "csv", "--html", html);

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("section,name,count,cost,baseline_count,baseline_cost\n", run.Out, StringComparison.Ordinal);
        // The baseline's one-day coupon is 3 instead of 5, so every one-day delay (not force majeure) costs 2.00 more now.
        var retraso = run.Out.Split('\n').Single(l => l.StartsWith("failure,retraso,", StringComparison.Ordinal)).Split(',');
        Assert.True(decimal.Parse(retraso[3], System.Globalization.CultureInfo.InvariantCulture) > decimal.Parse(retraso[5], System.Globalization.CultureInfo.InvariantCulture));
        var page = File.ReadAllText(html);
        Assert.Contains("<svg", page, StringComparison.Ordinal);
        Assert.Contains("Incidents whose remedy changed", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Simulate_UnknownColumn_FailsNamingIt()
    {
        var history = Path.Combine(_dir, "bad.csv");
        File.WriteAllText(history, "id,failure,tier,colour\nA,retraso,oro,red\n");

        var run = Tool("simulate", Sample, "--history", history);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("line 1, column 4: 'colour' is neither an incident field", run.Error, StringComparison.Ordinal);
    }

    private const string Sample = "rules/tienda-ejemplo";

    private static void CopyWithCheaperOneDayCoupon(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from, "*.yaml"))
        {
            File.WriteAllText(Path.Combine(to, Path.GetFileName(file)), File.ReadAllText(file).Replace("discount: { amount: 5, on: next-purchase, valid-days: 60 }", "discount: { amount: 3, on: next-purchase, valid-days: 60 }", StringComparison.Ordinal));
        }
    }

    private static (int ExitCode, string Out, string Error) Tool(params string[] args)
    {
        // In this process, through the tool's entry point (see CliRunner).
        var result = CliRunner.Run(args);
        return (result.ExitCode, result.Out, result.Error.ReplaceLineEndings("\n"));
    }
}
