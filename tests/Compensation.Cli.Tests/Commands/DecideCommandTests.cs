using System.Text.Json;
using Compensation.TestSupport;


namespace Compensation.Cli.Tests.Commands;

public class DecideCommandTests
{
    private const string RetrasoOro = "rules/tienda-ejemplo/incidents/retraso-oro.json";

    [Fact]
    public void Decide_IncidentFile_PrintsReadableDecision()
    {
        var result = CliRunner.Run(["decide", CliRunner.SampleManual, "--incident", RetrasoOro]);

        // retraso-oro.json: promised 10 Nov 18:00, delivered 15 Nov 12:00 -> 4 days 18 h late -> delay.days = 4;
        // order 120, tier oro, carrier's fault. Rules that grant:
        //   envio-gratis-proximo-pedido (days >= 2, order >= 20): free shipping worth 5.95
        //   retraso-dos-a-cuatro-dias: 5 % x 4 days = 20 % of 120 = 24.00 (within min 5 / max 50), valid 90 days
        //   saldo-retraso-oro (best of its set, beats plata's 8): min(3 x 4, 40) = 12.00 store credit
        // Total 41.95 > agente's 30 and <= supervisor's 150 -> supervisor.
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("Decision for incident INC-1001", result.OutLines[0]);
        Assert.Matches(@"│ free-service\s+│ Envío gratuito en el próximo pedido\s+│\s+5\.95 EUR │ envio-gratis-proximo-pedido\s+│ 2\.1 Gestos por retraso", result.Out);
        Assert.Matches(@"│ discount\s+│ 20 % next purchase, 90 days\s+│\s+24\.00 EUR │ retraso-dos-a-cuatro-dias\s+│ 3\.2 Retrasos de dos a cuatro días", result.Out);
        Assert.Matches(@"│ store-credit\s+│ 12\.00 EUR store credit, 365 days\s+│\s+12\.00 EUR │ saldo-retraso-oro\s+│ 3\.6 Retrasos: clientes oro y platino", result.Out);
        Assert.Contains("Total:    41.95 EUR", result.OutLines);
        Assert.Contains("Approval: supervisor (grants up to 150.00 EUR at once)", result.OutLines);
        Assert.Matches(@"(?m)^Manual:   Manual de resarcimiento — Tienda Ejemplo version 2026\.11 hash [0-9a-f]{12}$", result.Out);
        Assert.Equal(string.Empty, result.Error);
    }

    [Fact]
    public void Decide_IncidentFileJson_PrintsOnlyTheDecisionAsJson()
    {
        var result = CliRunner.Run(["decide", CliRunner.SampleManual, "--incident", RetrasoOro, "--json"]);

        // Same incident as above: 5.95 + 24.00 + 12.00 = 41.95, approved by a supervisor.
        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Out);
        var root = json.RootElement;
        Assert.Equal(
            [("free-service", "envio-gratis-proximo-pedido", 5.95m), ("discount", "retraso-dos-a-cuatro-dias", 24.00m), ("store-credit", "saldo-retraso-oro", 12.00m)],
            Remedies(root));
        Assert.Equal(20m, root.GetProperty("remedies")[1].GetProperty("percent").GetDecimal());
        Assert.Equal(41.95m, root.GetProperty("totalCost").GetDecimal());
        Assert.Equal("supervisor", root.GetProperty("approval").GetProperty("role").GetString());
        Assert.Equal("INC-1001", root.GetProperty("incidentId").GetString());
        Assert.Equal(64, root.GetProperty("manual").GetProperty("contentHash").GetString()!.Length);
    }

    [Fact]
    public void Decide_IncidentFromStandardInput_DecidesIt()
    {
        var json = File.ReadAllText(Path.Combine(CliRunner.RepoRoot, "rules/tienda-ejemplo/incidents/danado-estandar.json"));

        var result = CliRunner.RunProcess(["decide", CliRunner.SampleManual, "--incident", "-", "--json"], stdin: json);

        // danado-estandar.json: damaged item, order 349.90, tier estandar.
        //   reposicion-urgente-danado (order >= 30): free replacement service worth iif(tier >= oro, 15, 10) = 10.00
        //   ampliacion-garantia: iif(tier >= oro, 24, 12) = 12 months of warranty, no cost
        //   danado (priority 10; the oro/platino rule does not apply): refund 10 % of 349.90 = 34.99 (max 150)
        // Total 44.99.
        Assert.True(result.ExitCode == 0, result.ToString());
        using var decision = JsonDocument.Parse(result.Out);
        Assert.Equal(
            [("free-service", "reposicion-urgente-danado", 10.00m), ("warranty-extension", "ampliacion-garantia", 0m), ("refund", "danado", 34.99m)],
            Remedies(decision.RootElement));
        Assert.Equal(12, decision.RootElement.GetProperty("remedies")[1].GetProperty("months").GetInt32());
        Assert.Equal(44.99m, decision.RootElement.GetProperty("totalCost").GetDecimal());
    }

    [Fact]
    public void Decide_InlineOptionsFiveDays_DecidesLikeTheManualSays()
    {
        var result = CliRunner.Run(["decide", CliRunner.SampleManual, "--failure", "retraso", "--cause", "transportista", "--delay", "5d", "--tier", "oro", "--order", "120", "--id", "X-1", "--json"]);

        // 5 days late (delay.days = 5), order 120, tier oro, no earlier incidents:
        //   envio-gratis-proximo-pedido: 5.95
        //   retraso-cinco-a-nueve-dias: min(5 x 5, 30) = 25 % of 120 = 30.00 (min 10, max 100), valid 120 days
        //   saldo-retraso-oro: min(3 x 5, 40) = 15.00
        // Total 50.95 -> supervisor.
        Assert.True(result.ExitCode == 0, result.ToString());
        using var decision = JsonDocument.Parse(result.Out);
        Assert.Equal(
            [("free-service", "envio-gratis-proximo-pedido", 5.95m), ("discount", "retraso-cinco-a-nueve-dias", 30.00m), ("store-credit", "saldo-retraso-oro", 15.00m)],
            Remedies(decision.RootElement));
        Assert.Equal(25m, decision.RootElement.GetProperty("remedies")[1].GetProperty("percent").GetDecimal());
        Assert.Equal(120, decision.RootElement.GetProperty("remedies")[1].GetProperty("validDays").GetInt32());
        Assert.Equal(50.95m, decision.RootElement.GetProperty("totalCost").GetDecimal());
        Assert.Equal("X-1", decision.RootElement.GetProperty("incidentId").GetString());
    }

    [Fact]
    public void Decide_InlineDelayInHours_CountsFullDays()
    {
        var result = CliRunner.Run(["decide", CliRunner.SampleManual, "--failure", "retraso", "--delay", "36h", "--tier", "oro", "--order", "120", "--json"]);

        // 36 h = 1 full day: only retraso-un-dia applies (5.00 off the next purchase); free shipping and the oro
        // store credit need 2 days. Total 5.00 is within the agente's 30.
        Assert.True(result.ExitCode == 0, result.ToString());
        using var decision = JsonDocument.Parse(result.Out);
        Assert.Equal([("discount", "retraso-un-dia", 5.00m)], Remedies(decision.RootElement));
        Assert.Equal("agente", decision.RootElement.GetProperty("approval").GetProperty("role").GetString());
    }

    [Fact]
    public void Decide_InlineFact_IsPassedToTheRules()
    {
        var result = CliRunner.Run(["decide", CliRunner.SampleManual, "--failure", "retraso", "--delay", "1d", "--tier", "estandar", "--order", "40", "--fact", "fecha_senalada=true", "--json"]);

        // fecha_senalada with 1 day late and order >= 20: the apology gift (cost 8) plus retraso-un-dia (5.00).
        Assert.True(result.ExitCode == 0, result.ToString());
        using var decision = JsonDocument.Parse(result.Out);
        Assert.Equal([("gift", "obsequio-fecha-senalada", 8m), ("discount", "retraso-un-dia", 5.00m)], Remedies(decision.RootElement));
        Assert.Equal(13m, decision.RootElement.GetProperty("totalCost").GetDecimal());
    }

    [Fact]
    public void Decide_InvalidIncident_PrintsEveryIncidentErrorAndExitsOne()
    {
        var result = CliRunner.Run(["decide", CliRunner.SampleManual, "--failure", "retrasso", "--tier", "gold", "--delay", "2d", "--fact", "canal=web"]);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Equal(string.Empty, result.Out);
        Assert.Equal(
            [
                "error: the incident cannot be decided:",
                "  Incident.Failure: INC001 unknown failure kind 'retrasso'; declared failure kinds are: retraso, defecto, articulo-erroneo, danado, cita-incumplida, error-facturacion; did you mean 'retraso'?",
                "  Customer.Tier: INC002 unknown tier 'gold'; declared tiers are: estandar, plata, oro, platino",
                "  Incident.Facts.canal: INC004 the manual declares no fact 'canal'; declared facts are: instalacion_incluida, fecha_senalada, entrega_estimada",
            ],
            result.ErrorLines);
    }

    [Fact]
    public void Decide_DelayWithoutDelayOption_HintsAtDelay()
    {
        var result = CliRunner.Run(["decide", CliRunner.SampleManual, "--failure", "retraso", "--tier", "oro"]);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains(result.ErrorLines, line => line.Contains("INC008", StringComparison.Ordinal));
        Assert.Contains("hint: a delay needs --delay, e.g. --delay 5d or --delay 36h", result.ErrorLines);
    }

    [Fact]
    public void Decide_UnknownPropertyInIncidentFile_NamesItAndExitsOne()
    {
        const string json = """{ "incident": { "failure": "defecto" }, "customer": { "tier": "oro", "tenure": 3 } }""";

        var result = CliRunner.RunProcess(["decide", CliRunner.SampleManual, "--incident", "-"], stdin: json);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("'tenure'", result.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Out);
    }

    [Theory]
    [InlineData("--failure retraso --tier oro --delay 5x", "--delay '5x' is not a delay")]
    [InlineData("--failure retraso --tier oro --delay 1d --order 12,5", "--order '12,5' is not an amount")]
    [InlineData("--failure retraso --tier oro --delay 1d --fact fecha_senalada", "--fact 'fecha_senalada' must be name=value")]
    [InlineData("--incident rules/tienda-ejemplo/incidents/retraso-oro.json --tier plata", "--incident cannot be combined with --tier")]
    [InlineData("--delay 5d --order 120", "missing --failure)")]
    public void Decide_WrongOptions_IsAUsageErrorExitingTwo(string options, string expected)
    {
        var result = CliRunner.Run(["decide", CliRunner.SampleManual, .. options.Split(' ')]);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
        Assert.Contains("Run 'compensation decide --help' to see the usage.", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_BrokenManual_PrintsDiagnosticsAndExitsOne()
    {
        using var copy = ManualCopy.WithEdit("30-retrasos.yaml", """tier >= "oro" and delay.days >= 2""", """tier >= "ora" and delay.days >= 2""");

        var result = copy.Run("decide", "m", "--failure", "retraso", "--delay", "2d", "--tier", "oro", "--json");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.StartsWith("m/30-retrasos.yaml:68:69: error CMP007: unknown tier 'ora'", result.ErrorLines[0], StringComparison.Ordinal);
        Assert.Equal("m: 1 error", result.ErrorLines[^1]);

        // With --json, standard output is JSON even now: the same diagnostic, with its location.
        using var json = JsonDocument.Parse(result.Out);
        var error = Assert.Single(json.RootElement.GetProperty("errors").EnumerateArray());
        Assert.Equal("CMP007", error.GetProperty("code").GetString());
        Assert.Equal("m/30-retrasos.yaml:68:69", error.GetProperty("where").GetString());
    }

    [Fact]
    public void Decide_FormulaDividesByZero_PrintsTheRuleAndExitsOne()
    {
        using var copy = ManualCopy.WithEdit("30-retrasos.yaml", "percent: \"5 * delay.days\",", "percent: \"5 * delay.days / (order.value - 120)\",");

        // 3 days late selects retraso-dos-a-cuatro-dias, whose formula divides by order.value - 120 = 0.
        var result = copy.Run("decide", "m", "--failure", "retraso", "--delay", "3d", "--tier", "oro", "--order", "120");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Equal(string.Empty, result.Out);
        // Formula analysis warns at load that the divisor can be zero; deciding then fails on it.
        Assert.Contains("warning CMP027: '5 * delay.days / (order.value - 120)' can divide by zero (e.g. order.value = 120)", result.Error, StringComparison.Ordinal);
        Assert.Contains("error: m/30-retrasos.yaml:49:", result.Error, StringComparison.Ordinal);
        Assert.Contains("rule 'retraso-dos-a-cuatro-dias' failed evaluating '5 * delay.days / (order.value - 120)'", result.Error, StringComparison.Ordinal);
    }

    private static (string Kind, string Rule, decimal Cost)[] Remedies(JsonElement decision) =>
        [.. decision.GetProperty("remedies").EnumerateArray().Select(r => (r.GetProperty("kind").GetString()!, r.GetProperty("rule").GetString()!, r.GetProperty("cost").GetDecimal()))];
}
