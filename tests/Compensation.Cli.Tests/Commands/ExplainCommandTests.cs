using System.Text.Json;

namespace Compensation.Cli.Tests.Commands;

public class ExplainCommandTests
{
    private const string RetrasoOro = "rules/tienda-ejemplo/incidents/retraso-oro.json";

    [Fact]
    public void Explain_IncidentFile_ShowsEveryOutcomeWithConditionValuesAndLocation()
    {
        var result = CliRunner.Run(["explain", CliRunner.SampleManual, "--incident", RetrasoOro]);

        Assert.True(result.ExitCode == 0, result.ToString());
        var text = result.Out;

        // The decision comes first, then the tree.
        Assert.Contains("Total:    41.95 EUR", result.OutLines);

        // delay.days = 4 (4 days 18 h): gravedad-muy-alta (written at line 12 of 10-gravedad.yaml) needs 10 days.
        Assert.Contains("✗ gravedad-muy-alta not matched § 1.1 Gravedad del incidente (rules/tienda-ejemplo/10-gravedad.yaml:12)", text, StringComparison.Ordinal);
        Assert.Contains("""failed: (failure == "retraso" and delay.days >= 10) or failure == "danado" """.TrimEnd(), text, StringComparison.Ordinal);
        Assert.Contains("saw: failure = retraso, delay.days = 4", text, StringComparison.Ordinal);

        // gravedad-leve sets gravedad 1, so llamada-gerente-oro (gravedad >= 3) does not match.
        Assert.Contains("failed: gravedad >= 3", text, StringComparison.Ordinal);
        Assert.Contains("saw: gravedad = 1", text, StringComparison.Ordinal);

        // The 2-4 days rule fired and granted 20 % of 120.
        Assert.Contains("✓ retraso-dos-a-cuatro-dias fired § 3.2 Retrasos de dos a cuatro días", text, StringComparison.Ordinal);
        Assert.Contains("→ discount: 20 % next purchase, 90 days — 24.00 EUR", text, StringComparison.Ordinal);

        // Hit policy 'best': the oro credit (12) beats the plata credit (min(2 x 4, 20) = 8), which is suppressed.
        Assert.Contains("– saldo-retraso-plata suppressed", text, StringComparison.Ordinal);
        Assert.Contains("reason: hit policy 'best'", text, StringComparison.Ordinal);

        // Rule sets group the rules, in the order they run; the final facts are listed.
        Assert.True(text.IndexOf("├── gravedad", StringComparison.Ordinal) < text.IndexOf("└── escalado", StringComparison.Ordinal));
        Assert.Matches(@"│ delay\.days\s+│ 4\s+│", text);
        Assert.Matches(@"│ gravedad\s+│ 1\s+│", text);
    }

    [Fact]
    public void Explain_ExclusiveGroup_ShowsTheDroppedRemedy()
    {
        var result = CliRunner.Run(["explain", CliRunner.SampleManual, "--incident", "rules/tienda-ejemplo/incidents/retraso-largo-platino.json"]);

        // retraso-largo-platino.json: 12 days late, platino, two earlier incidents: gravedad 3, so three rules grant a
        // manager call; manager calls share one exclusive group, so only the first (llamada-gerente-platino) is kept.
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("→ manager-call: manager call within 24h — 0.00 EUR", result.Out, StringComparison.Ordinal);
        Assert.Contains("→ dropped by its group: manager-call from llamada-gerente-oro", result.Out, StringComparison.Ordinal);
        Assert.Contains("→ dropped by its group: manager-call from llamada-gerente-reincidente", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_Json_HasTheTraceAndFacts()
    {
        var result = CliRunner.Run(["explain", CliRunner.SampleManual, "--incident", RetrasoOro, "--json"]);

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Out);
        var trace = json.RootElement.GetProperty("trace").EnumerateArray().ToList();

        // One entry per rule of the manual (37), each with an outcome.
        Assert.Equal(37, trace.Count);
        var call = trace.Single(t => t.GetProperty("rule").GetString() == "llamada-gerente-oro");
        Assert.Equal("not-matched", call.GetProperty("outcome").GetString());
        Assert.Equal("gravedad >= 3", call.GetProperty("failedCondition").GetString());
        var seen = call.GetProperty("values").EnumerateArray().Select(v => (v.GetProperty("name").GetString(), v.GetProperty("value").GetString()));
        Assert.Contains(("gravedad", "1"), seen);
        var facts = json.RootElement.GetProperty("facts").EnumerateArray().ToDictionary(f => f.GetProperty("name").GetString()!, f => f.GetProperty("value").GetString());
        Assert.Equal("4", facts["delay.days"]);
        Assert.Equal("114", facts["delay.hours"]);
    }
}
