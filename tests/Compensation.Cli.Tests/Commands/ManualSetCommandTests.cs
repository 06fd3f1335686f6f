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

    [Fact]
    public void Test_ManualSet_DecidesEachScenarioWithTheVersionInForceOnItsDate()
    {
        using var temp = new TempManual();
        var may = temp.CopySample("2026-05", version: "2026.05", effective: "2026-05-01");
        temp.CopySample("2026-11");

        // In the May version the one-day coupon was 4 euros; from November it is 5.
        var retrasos = Path.Combine(may, "30-retrasos.yaml");
        File.WriteAllText(retrasos, File.ReadAllText(retrasos).Replace("discount: { amount: 5, on: next-purchase, valid-days: 60 }", "discount: { amount: 4, on: next-purchase, valid-days: 60 }", StringComparison.Ordinal));
        Directory.CreateDirectory(Path.Combine(temp.Root, "scenarios"));
        temp.Write(Path.Combine("scenarios", "versiones.yaml"), """
            scenarios:
              - name: junio-cupon-de-4
                incident: { failure: retraso, promised: 2026-06-10, delay: 1d, order: 100 }
                customer: { tier: estandar }
                expect: { remedies: [ discount: { rule: retraso-un-dia, amount: 4 } ] }
              - name: noviembre-cupon-de-5
                incident: { failure: retraso, promised: 2026-11-10, delay: 1d, order: 100 }
                customer: { tier: estandar }
                expect: { remedies: [ discount: { rule: retraso-un-dia, amount: 5 } ] }
            """);

        var result = CliRunner.Run(["test", temp.Root]);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("2 scenarios: 2 passed, 0 failed", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ManualSet_ChecksEveryVersionAndNamesItInEachFinding()
    {
        using var temp = new TempManual();
        var may = temp.CopySample("2026-05", version: "2026.05", effective: "2026-05-01");
        temp.CopySample("2026-11");

        // Only the May version asks for gravedad 4, which the 0..3 scale never reaches: 'llamada-gerente-oro' cannot fire there.
        var escalado = Path.Combine(may, "50-escalado.yaml");
        File.WriteAllText(escalado, File.ReadAllText(escalado).Replace("when: tier >= \"oro\" and gravedad >= 3", "when: tier >= \"oro\" and gravedad >= 4", StringComparison.Ordinal));

        var result = CliRunner.Run(["check", temp.Root]);

        Assert.True(result.ExitCode == 1, result.ToString());
        var never = Assert.Single(result.OutLines, l => l.Contains("CHECK004", StringComparison.Ordinal));
        Assert.StartsWith("2026.05: ", never, StringComparison.Ordinal);
        Assert.Contains("llamada-gerente-oro", never, StringComparison.Ordinal);

        // Each version is the sample's grid of 86,400 incidents (the single-manual check probes the same).
        Assert.Contains("2 versions, 172800 incidents probed in", result.Out, StringComparison.Ordinal);
    }
}
