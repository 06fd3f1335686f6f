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

    [Fact]
    public void Simulate_ManualSet_DecidesEachRowWithTheVersionInForceOnItsDate()
    {
        using var temp = new TempManual();
        var may = temp.CopySample("2026-05", version: "2026.05", effective: "2026-05-01");
        temp.CopySample("2026-11");

        // In the May version the one-day coupon was 4 euros; from November it is 5.
        var retrasos = Path.Combine(may, "30-retrasos.yaml");
        File.WriteAllText(retrasos, File.ReadAllText(retrasos).Replace("discount: { amount: 5, on: next-purchase, valid-days: 60 }", "discount: { amount: 4, on: next-purchase, valid-days: 60 }", StringComparison.Ordinal));
        var history = Path.Combine(temp.Root, "historia.jsonl");
        File.WriteAllText(history, string.Join('\n', [
            """{ "incident": { "id": "junio", "failure": "retraso", "promisedAt": "2026-06-10T10:00:00+02:00", "deliveredAt": "2026-06-11T10:00:00+02:00", "orderValue": 100 }, "customer": { "tier": "estandar" } }""",
            """{ "incident": { "id": "noviembre", "failure": "retraso", "promisedAt": "2026-11-10T10:00:00+01:00", "deliveredAt": "2026-11-11T10:00:00+01:00", "orderValue": 100 }, "customer": { "tier": "estandar" } }""",
            """{ "incident": { "id": "enero", "failure": "retraso", "promisedAt": "2026-01-10T10:00:00+01:00", "deliveredAt": "2026-01-11T10:00:00+01:00", "orderValue": 100 }, "customer": { "tier": "estandar" } }""",
        ]));

        var result = CliRunner.Run(["simulate", temp.Root, "--history", history, "--format", "json"]);

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = System.Text.Json.JsonDocument.Parse(result.Out);
        var versions = json.RootElement.GetProperty("versions").EnumerateArray().ToList();
        Assert.Equal(["2026.05", "2026.11"], versions.Select(v => v.GetProperty("manual").GetProperty("version").GetString()));

        // June is decided by 2026.05; January, before every version, is counted there too and rejected (INC013);
        // November is decided by 2026.11.
        Assert.Equal((2L, 1L, 1L), (versions[0].GetProperty("rows").GetInt64(), versions[0].GetProperty("decided").GetInt64(), versions[0].GetProperty("rejected").GetInt64()));
        Assert.Equal((1L, 1L, 0L), (versions[1].GetProperty("rows").GetInt64(), versions[1].GetProperty("decided").GetInt64(), versions[1].GetProperty("rejected").GetInt64()));
        Assert.Contains("INC013", result.Error, StringComparison.Ordinal);

        // The same one-day delay costs one euro more in November (the coupon, 4 then 5); the report adds both versions up.
        var (mayCost, novemberCost) = (versions[0].GetProperty("totalCost").GetDecimal(), versions[1].GetProperty("totalCost").GetDecimal());
        Assert.Equal(1.00m, novemberCost - mayCost);
        var report = json.RootElement.GetProperty("report");
        Assert.Equal(mayCost + novemberCost, report.GetProperty("totalCost").GetDecimal());
        Assert.Equal((3L, 2L, 1L), (report.GetProperty("rows").GetInt64(), report.GetProperty("decided").GetInt64(), report.GetProperty("rejected").GetInt64()));
    }
}
