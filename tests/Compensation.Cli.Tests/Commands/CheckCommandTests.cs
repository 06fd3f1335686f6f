namespace Compensation.Cli.Tests.Commands;

public class CheckCommandTests
{
    [Fact]
    public void Check_SampleManual_ReportsNothingAndExit0()
    {
        var (exit, output, _) = ToolRunner.Run("check", ToolRunner.SampleManual);

        Assert.Equal(0, exit);
        Assert.Contains("0 error(s), 0 warning(s)", output, StringComparison.Ordinal);
        Assert.DoesNotContain("CHECK0", output, StringComparison.Ordinal);

        // The sample's only gap (a delay of hours) is documented by its 'remedies: none' scenarios.
        Assert.Contains("note: retraso × estandar with a delay from 1h to under 1d: no remedy (documented by scenario 'retraso-de-horas-estandar-sin-remedio')", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_PlantedGap_WarnsWithCounterexampleAndFailsOnlyWhenStrict()
    {
        // Without the general 'cita-incumplida' rule, estandar and plata customers get nothing for a missed
        // appointment unless it had an installation or a force-majeure cause.
        var manual = ToolRunner.CopySample();
        ToolRunner.Replace(Path.Combine(manual, "40-fallos-servicio.yaml"), """
                  - name: cita-incumplida
                    section: "4.4 Cita de instalación incumplida"
                    priority: 10
                    when: failure == "cita-incumplida"
                    grant:
                      - store-credit: { amount: 20, valid-days: 365 }

            """, string.Empty);

        // The sample's scenarios name the removed rule, which is now a load error of the scenario files (CMP030).
        Directory.Delete(Path.Combine(manual, "scenarios"), recursive: true);

        var (exit, output, _) = ToolRunner.Run("check", manual);
        var (strictExit, _, _) = ToolRunner.Run("check", manual, "--warnings-as-errors");

        Assert.Equal(0, exit);
        Assert.Equal(1, strictExit);
        Assert.Contains($"{Path.Combine(manual, "00-manual.yaml")}:13:58: warning CHECK001: gap: 624 of 2400 probed incidents get no remedy at all for 'cita-incumplida', tiers estandar, plata", output, StringComparison.Ordinal);
        Assert.Contains("    incident: { failure: cita-incumplida, order: 10 }, customer: { tier: estandar } → no remedy", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_PlantedShadowedRule_ErrorAtTheRuleAndExit1()
    {
        // A '>= 2 days' row before the 5-9 and 2-4 day rows of a 'first' table: they can never fire.
        // (The sample's table is 'unique', where such a row would be an overlap; make it 'first' again.)
        var manual = ToolRunner.CopySample();
        ToolRunner.Replace(Path.Combine(manual, "30-retrasos.yaml"), "hit-policy: unique", "hit-policy: first ");
        ToolRunner.Replace(Path.Combine(manual, "30-retrasos.yaml"), "        - name: retraso-cinco-a-nueve-dias", """
                    - name: retraso-dos-o-mas
                      when: [retraso, "-", ">= 2"]
                      grant:
                        - discount: { percent: 30, on: next-purchase, max: 100 }
                    - name: retraso-cinco-a-nueve-dias
            """);

        var (exit, output, _) = ToolRunner.Run("check", manual);

        // The general rows exclude force majeure ('!= fuerza-mayor'): 4 of the 5 cause values (none and three
        // causes), so the 5-9 day row matches 4/5 of the 24,000 probed 5-9 day incidents it matched before.
        Assert.Equal(1, exit);
        Assert.Contains($"{Path.Combine(manual, "30-retrasos.yaml")}:44:11: error CHECK003: rule 'retraso-cinco-a-nueve-dias' is shadowed: wherever it matches (19200 incidents), 'retraso-dos-o-mas' fires instead (hit policy 'first')", output, StringComparison.Ordinal);
        Assert.Contains("    incident: { failure: retraso, delay: 5d, order: 10 }, customer: { tier: estandar } → 'retraso-dos-o-mas' fires, 'retraso-cinco-a-nueve-dias' does not", output, StringComparison.Ordinal);
        Assert.Contains("error CHECK003: rule 'retraso-dos-a-cuatro-dias' is shadowed", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_PlantedProportionalityViolation_ShowsBothIncidentsAndTotals()
    {
        // 5-9 days become a flat 5 % capped at 10 €: for a 10 € order, 4 days earn the 5 € minimum
        // (5 % × 4 = 20 % = 2 €, raised to min 5) but 5 days earn 5 % of 10 = 0.50 €.
        var manual = ToolRunner.CopySample();
        ToolRunner.Replace(
            Path.Combine(manual, "30-retrasos.yaml"),
            """discount: { percent: "min(5 * delay.days, 30)", on: next-purchase, valid-days: 120, min: 10, max: 100 }""",
            """discount: { percent: 5, on: next-purchase, valid-days: 120, max: 10 }""");

        var (exit, output, _) = ToolRunner.Run("check", manual);

        Assert.Equal(1, exit);
        Assert.Contains($"{Path.Combine(manual, "30-retrasos.yaml")}:45:11: error CHECK005: not proportional: a longer delay earns less — 'retraso' with delay 4d → 5d lowers the total from 5 to 0.5; 'retraso-dos-a-cuatro-dias' grants 5 less", output, StringComparison.Ordinal);
        Assert.Contains("    incident: { failure: retraso, delay: 4d, order: 10 }, customer: { tier: estandar } → total 5 (retraso-dos-a-cuatro-dias 5)", output, StringComparison.Ordinal);
        Assert.Contains("    incident: { failure: retraso, delay: 5d, order: 10 }, customer: { tier: estandar } → total 0.5 (retraso-cinco-a-nueve-dias 0.5)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_LimitCapsRuleToZero_ReportsPointlessRule()
    {
        var manual = ToolRunner.CopySample();
        ToolRunner.Replace(Path.Combine(manual, "00-manual.yaml"), "store-credit: \"0.5 * order.value\"", "store-credit: \"0 * order.value\"");

        var (exit, output, _) = ToolRunner.Run("check", manual);

        Assert.Equal(1, exit);
        Assert.Contains("error CHECK006: rule 'saldo-por-responsabilidad-propia' is pointless: it fires on 11520 probed incidents but limits always cap its remedies to nothing", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ManualWithYamlError_Exit1()
    {
        var manual = ToolRunner.CopySample();
        ToolRunner.Replace(Path.Combine(manual, "20-gestos.yaml"), "rule-sets:", "rule-sets: [");

        var (exit, output, error) = ToolRunner.Run("check", manual);

        Assert.Equal(1, exit);
        Assert.Contains("has errors; run 'compensation validate", error, StringComparison.Ordinal);
        Assert.Contains("error CMP001: YAML syntax", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_Json_ListsFindingsWithLocationAndCounterexample()
    {
        var manual = ToolRunner.CopySample();
        ToolRunner.Replace(Path.Combine(manual, "50-escalado.yaml"), "when: tier >= \"oro\" and gravedad >= 3", "when: tier >= \"oro\" and gravedad >= 4");

        var (exit, output, _) = ToolRunner.Run("check", manual, "--json");

        // gravedad is 0..3, so 'llamada-gerente-oro' can never fire.
        Assert.Equal(1, exit);
        using var json = System.Text.Json.JsonDocument.Parse(output);
        var finding = Assert.Single(json.RootElement.GetProperty("findings").EnumerateArray());
        Assert.Equal("CHECK004", finding.GetProperty("code").GetString());
        Assert.Equal("error", finding.GetProperty("severity").GetString());
        Assert.Equal(15, finding.GetProperty("location").GetProperty("line").GetInt32());
        Assert.Equal(86400, json.RootElement.GetProperty("incidents").GetInt64());
    }

    [Fact]
    public void Check_UnknownOption_Exit2()
    {
        var (exit, _, error) = ToolRunner.Run("check", ToolRunner.SampleManual, "--strict");

        Assert.Equal(2, exit);
        Assert.Contains("Run 'compensation check --help' to see the usage.", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_Check_ListsCodesAndExamples()
    {
        var (exit, output, _) = ToolRunner.Run("check", "--help");

        Assert.Equal(0, exit);
        Assert.Contains("CHECK005 error    not proportional", output, StringComparison.Ordinal);
        Assert.Contains("compensation check rules/tienda-ejemplo --warnings-as-errors", output, StringComparison.Ordinal);
    }
}
