using Compensation.TestSupport;

namespace Compensation.Cli.Tests.Commands;

/// <summary>A folder of version sub-folders (a manual set) on the command line: validate and decide.</summary>
public sealed class ManualSetCommandTests
{
    [Fact]
    public void Validate_ManualSet_ValidatesEveryVersion()
    {
        using var temp = new TempManual();
        temp.CopySample("2026-05", version: "2026.05", effective: "2026-05-01");
        temp.CopySample("2026-11");

        var result = CliRunner.Run(["validate", temp.Root]);

        // Two copies of the sample (37 rules each) with different effective dates.
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.EndsWith(": 2 versions (2026.05 from 2026-05-01, 2026.11 from 2026-11-01), 74 rules, 0 errors", result.OutLines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ManualSetWithTwoVersionsOnOneDate_Fails()
    {
        using var temp = new TempManual();
        temp.CopySample("a", version: "2026.11a");
        temp.CopySample("b");

        var result = CliRunner.Run(["validate", temp.Root]);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains(result.OutLines, l => l.Contains("error CMP005: versions '2026.11a' and '2026.11' are both effective from 2026-11-01", StringComparison.Ordinal));
    }

    [Fact]
    public void Decide_ManualSet_UsesTheVersionInForceOnTheIncidentsDate()
    {
        using var temp = new TempManual();
        temp.CopySample("2026-05", version: "2026.05", effective: "2026-05-01");
        temp.CopySample("2026-11");
        var incident = Path.Combine(temp.Root, "incidente.json");
        File.WriteAllText(incident, """
            { "incident": { "failure": "retraso", "promisedAt": "2026-06-10T18:00:00+02:00", "deliveredAt": "2026-06-13T18:00:00+02:00", "orderValue": 100 },
              "customer": { "tier": "oro" } }
            """);
        var early = Path.Combine(temp.Root, "temprano.json");
        File.WriteAllText(early, """
            { "incident": { "failure": "retraso", "promisedAt": "2026-01-10T18:00:00+01:00", "deliveredAt": "2026-01-13T18:00:00+01:00", "orderValue": 100 },
              "customer": { "tier": "oro" } }
            """);

        var june = CliRunner.Run(["decide", temp.Root, "--incident", incident, "--json"]);
        var january = CliRunner.Run(["decide", temp.Root, "--incident", early]);

        // Promised in June 2026: version 2026.05 (from 2026-05-01) is in force, not 2026.11.
        Assert.True(june.ExitCode == 0, june.ToString());
        using var json = System.Text.Json.JsonDocument.Parse(june.Out);
        Assert.Equal("2026.05", json.RootElement.GetProperty("manual").GetProperty("version").GetString());

        // January 2026 is before every version.
        Assert.True(january.ExitCode == 1, january.ToString());
        Assert.Contains("INC013", january.Error, StringComparison.Ordinal);
    }
}
