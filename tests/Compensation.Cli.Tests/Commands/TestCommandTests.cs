namespace Compensation.Cli.Tests.Commands;

public class TestCommandTests
{
    [Fact]
    public void Test_SampleManual_PassesWithFullCoverage()
    {
        var (exit, output, _) = ToolRunner.Run("test", ToolRunner.SampleManual, "--min-coverage", "100");

        Assert.Equal(0, exit);
        Assert.Contains("PASS retraso-de-3-dias-cliente-oro", output, StringComparison.Ordinal);
        Assert.Contains("Rule coverage: 37/37 rules fired by some scenario (100 %)", output, StringComparison.Ordinal);
        Assert.Contains("22 scenarios: 22 passed, 0 failed", output, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[", output, StringComparison.Ordinal); // redirected: no colours
    }

    [Fact]
    public void Test_JsonAndJUnit_ReportEveryScenario()
    {
        var manual = ToolRunner.CopySample();
        ToolRunner.Replace(Path.Combine(manual, "scenarios", "retrasos.yaml"), "total: 32.95", "total: 30");
        var junit = Path.Combine(manual, "results.xml");

        var (exit, output, _) = ToolRunner.Run("test", manual, "--json", "--junit", junit);

        // One scenario's total was changed from its right value (32.95) to 30: 21 of the 22 pass.
        Assert.Equal(1, exit);
        using var json = System.Text.Json.JsonDocument.Parse(output);
        Assert.Equal((21, 1), (json.RootElement.GetProperty("passed").GetInt32(), json.RootElement.GetProperty("failed").GetInt32()));
        var failed = Assert.Single(json.RootElement.GetProperty("scenarios").EnumerateArray(), s => !s.GetProperty("passed").GetBoolean());
        Assert.Equal("retraso-de-3-dias-cliente-oro", failed.GetProperty("name").GetString());
        Assert.Contains("total: expected 30, was 32.95", failed.GetProperty("differences").EnumerateArray().Select(d => d.GetString()));

        var xml = System.Xml.Linq.XDocument.Load(junit);
        var suite = Assert.Single(xml.Root!.Elements("testsuite"));
        Assert.Equal(("22", "1"), (suite.Attribute("tests")!.Value, suite.Attribute("failures")!.Value));
        var failure = Assert.Single(suite.Elements("testcase"), c => c.Element("failure") is not null);
        Assert.Equal("retraso-de-3-dias-cliente-oro", failure.Attribute("name")!.Value);
    }

    [Fact]
    public void Test_WrongExpectedTotal_FailsWithDiffAndExit1()
    {
        var manual = ToolRunner.CopySample();
        ToolRunner.Replace(Path.Combine(manual, "scenarios", "retrasos.yaml"), "total: 32.95", "total: 30");

        var (exit, output, _) = ToolRunner.Run("test", manual);

        Assert.Equal(1, exit);
        Assert.Contains("FAIL retraso-de-3-dias-cliente-oro", output, StringComparison.Ordinal);
        Assert.Contains("total: expected 30, was 32.95", output, StringComparison.Ordinal);
        Assert.Contains("22 scenarios: 21 passed, 1 failed", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Test_RuleChangedUnderScenarios_ShowsExpectedAndGrantedRemedies()
    {
        // The 1-day coupon goes from 5 to 6 euros: the scenario still expects 5.
        var manual = ToolRunner.CopySample();
        ToolRunner.Replace(Path.Combine(manual, "30-retrasos.yaml"), "discount: { amount: 5, on: next-purchase, valid-days: 60 }", "discount: { amount: 6, on: next-purchase, valid-days: 60 }");

        var (exit, output, _) = ToolRunner.Run("test", manual, "--filter", "un-dia-estandar");

        Assert.Equal(1, exit);
        Assert.Contains("  - discount { rule: retraso-un-dia, amount: 5, on: next-purchase, valid-days: 60 }", output, StringComparison.Ordinal);
        Assert.Contains("closest: discount: { rule: retraso-un-dia, cost: 6, amount: 6, on: next-purchase, valid-days: 60 }: amount expected 5, was 6", output, StringComparison.Ordinal);
        Assert.Contains("  + discount: { rule: retraso-un-dia, cost: 6, amount: 6, on: next-purchase, valid-days: 60 }   (granted but not expected)", output, StringComparison.Ordinal);
        Assert.Contains("total: expected 5, was 6", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Test_MalformedScenarioFile_ReportsEveryErrorWithPositionAndExit1()
    {
        var manual = ToolRunner.CopySample(scenarios: false);
        Directory.CreateDirectory(Path.Combine(manual, "scenarios"));
        File.WriteAllText(Path.Combine(manual, "scenarios", "roto.yaml"), """
            scenarios:
              - name: uno
                incident: { failure: retraso, delay: 3 days, order: 120 }
                customer: { tier: oro }
                expected: { remedies: none }
              - name: uno
                incident: { failure: retraso, delay: 3d }
                customer: { tier: oro }
                expect: { remedies: [ voucher: { amount: 5 } ] }
            """);

        var (exit, output, error) = ToolRunner.Run("test", manual);

        Assert.Equal(1, exit);
        Assert.Contains("the scenario files have errors; nothing was tested:", error, StringComparison.Ordinal);
        var file = Path.Combine(manual, "scenarios", "roto.yaml");
        Assert.Contains($"{file}:2:5: error CMP003: a scenario has no 'expect' (hint: add 'expect:')", output, StringComparison.Ordinal);
        Assert.Contains($"{file}:3:42: error CMP004: '3 days' is not a delay (hint: write minutes, hours, days or weeks, e.g. 45m, 1h30m, 36h, 2d 6h or 2w)", output, StringComparison.Ordinal);
        Assert.Contains($"{file}:5:5: error CMP002: unknown key 'expected' in a scenario (hint: did you mean 'expect'?", output, StringComparison.Ordinal);
        Assert.Contains($"{file}:6:11: error CMP005: a second scenario named 'uno'", output, StringComparison.Ordinal);
        Assert.Contains($"{file}:9:27: error CMP014: unknown remedy 'voucher'", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Test_MissingScenarios_ListsUncoveredRulesAndFailsMinCoverage()
    {
        var manual = ToolRunner.CopySample();
        File.Delete(Path.Combine(manual, "scenarios", "fallos-servicio.yaml"));

        var (exit, output, _) = ToolRunner.Run("test", manual, "--min-coverage", "100");

        Assert.Equal(1, exit);
        Assert.Contains("not covered: danado-oro-platino (fallos-servicio) at ", output, StringComparison.Ordinal);
        // fallos-servicio.yaml alone covers the 10 rules of chapter 4 and 4 gestures of chapter 2: 23 of 37 rules remain (62 %).
        Assert.Contains("Rule coverage: 23/37 rules fired by some scenario (62 %)", output, StringComparison.Ordinal);
        Assert.Contains("coverage 62 % is below --min-coverage 100 %", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Test_ScenariosOption_RunsAnotherFolderOrFile()
    {
        var copy = ToolRunner.CopySample();
        var drafts = Path.Combine(copy, "borradores");
        Directory.Move(Path.Combine(copy, "scenarios"), drafts);

        var (folderExit, folderOutput, _) = ToolRunner.Run("test", copy, "--scenarios", drafts);
        var (fileExit, fileOutput, _) = ToolRunner.Run("test", copy, "--scenarios", Path.Combine(drafts, "fallos-servicio.yaml"));

        Assert.Equal(0, folderExit);
        Assert.Contains("22 scenarios: 22 passed, 0 failed", folderOutput, StringComparison.Ordinal);
        Assert.Equal(0, fileExit);
        Assert.Contains("10 scenarios: 10 passed, 0 failed", fileOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void Test_ManualWithoutScenarios_SaysWhereToPutThem()
    {
        var (exit, output, _) = ToolRunner.Run("test", ToolRunner.CopySample(scenarios: false));

        Assert.Equal(1, exit);
        Assert.Contains("error CMP024: no scenario files: expected '", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Test_BrokenManual_Exit1WithDiagnostics()
    {
        var manual = ToolRunner.CopySample();
        ToolRunner.Replace(Path.Combine(manual, "30-retrasos.yaml"), "hit-policy: best", "hit-policy: bestest");

        var (exit, _, error) = ToolRunner.Run("test", manual);

        Assert.Equal(1, exit);
        Assert.Contains("has errors; nothing was tested", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_Test_ShowsExamplesAndExitCodes()
    {
        var (exit, output, _) = ToolRunner.Run("test", "--help");

        Assert.Equal(0, exit);
        Assert.Contains("compensation test rules/tienda-ejemplo --filter retraso --min-coverage 100", output, StringComparison.Ordinal);
        Assert.Contains("Exit codes: 0 all scenarios passed", output, StringComparison.Ordinal);
    }
}
