using System.Text.Json;
using System.Text.Json.Nodes;
using Compensation.Documents;
using Compensation.TestSupport;
using Json.Schema;

namespace Compensation.Authoring.Tests.Schemas;

public class SchemaGeneratorTests
{
    private static readonly Dictionary<string, JsonSchema> Loaded = [];

    public static TheoryData<string> ManualFiles => [.. Directory.GetFiles(RepoPaths.SampleManual, "*.yaml").Select(f => Path.GetFileName(f)!)];

    public static TheoryData<string> ScenarioFiles => [.. Directory.GetFiles(Path.Combine(RepoPaths.SampleManual, "scenarios"), "*.yaml").Select(f => Path.GetFileName(f)!)];

    [Theory]
    [InlineData("manual.schema.json")]
    [InlineData("scenarios.schema.json")]
    public void Generate_CommittedSchema_IsUpToDate(string file)
    {
        var generated = file == "manual.schema.json" ? SchemaGenerator.Manual() : SchemaGenerator.Scenarios();
        var path = Path.Combine(RepoPaths.Schemas, file);
        if (Environment.GetEnvironmentVariable("UPDATE_SCHEMAS") == "1")
        {
            File.WriteAllText(path, generated);
        }

        var committed = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : "(missing)";
        Assert.True(
            committed == generated,
            $"{path} is out of date with the engine's tables (remedy kinds, parameters, hit policies). Regenerate it: UPDATE_SCHEMAS=1 dotnet test tests/Compensation.Tests --filter SchemaGeneratorTests, then review and commit the diff.");
    }

    [Theory]
    [MemberData(nameof(ManualFiles))]
    public void ManualSchema_SampleManualFile_IsValid(string file)
    {
        var result = Evaluate("manual.schema.json", File.ReadAllText(Path.Combine(RepoPaths.SampleManual, file)));

        Assert.True(result.IsValid, Errors(result));
    }

    [Theory]
    [MemberData(nameof(ScenarioFiles))]
    public void ScenarioSchema_SampleScenarioFile_IsValid(string file)
    {
        var result = Evaluate("scenarios.schema.json", File.ReadAllText(Path.Combine(RepoPaths.SampleManual, "scenarios", file)));

        Assert.True(result.IsValid, Errors(result));
    }

    [Theory]
    [InlineData("rule-sets:\n  - name: a\n    hit-policy: first\n    rules:\n      - name: r\n        when: tier >= \"oro\"\n        grant: [ discount: { percentage: 10 } ]\n")]
    [InlineData("rule-sets:\n  - name: a\n    hit-policy: sometimes\n    rules: []\n")]
    [InlineData("rule-sets:\n  - name: a\n    hit-policy: first\n    rules:\n      - name: r\n        grant: [ voucher: { amount: 10 } ]\n")]
    [InlineData("manual: x\ncatalogue: {}\n")]
    public void ManualSchema_MisspelledKeyOrValue_IsInvalid(string yaml)
    {
        var result = Evaluate("manual.schema.json", yaml);

        Assert.False(result.IsValid);
    }

    [Fact]
    public void ScenarioSchema_UnknownExpectKey_IsInvalid()
    {
        var result = Evaluate("scenarios.schema.json", "scenarios:\n  - name: a\n    incident: { failure: retraso }\n    customer: { tier: oro }\n    expect: { remedy: none }\n");

        Assert.False(result.IsValid);
    }

    [Fact]
    public void SampleManual_EveryFile_ReferencesTheSchema()
    {
        var files = Directory.GetFiles(RepoPaths.SampleManual, "*.yaml").Concat(Directory.GetFiles(Path.Combine(RepoPaths.SampleManual, "scenarios"), "*.yaml"));

        Assert.All(files, f => Assert.StartsWith("# yaml-language-server: $schema=", File.ReadLines(f).First(), StringComparison.Ordinal));
    }

    private static EvaluationResults Evaluate(string schemaFile, string yaml)
    {
        JsonSchema schema;
        lock (Loaded)
        {
            // A schema's $id is registered once per process: parse each file once.
            if (!Loaded.TryGetValue(schemaFile, out schema!))
            {
                Loaded[schemaFile] = schema = JsonSchema.FromText(File.ReadAllText(Path.Combine(RepoPaths.Schemas, schemaFile)));
            }
        }

        var json = YamlToJson.Convert(yaml);
        using var document = JsonDocument.Parse(json?.ToJsonString() ?? "null");
        return schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
    }

    private static string Errors(EvaluationResults result)
        => string.Join(Environment.NewLine, (result.Details ?? []).Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")));
}
