using System.Reflection;
using Xunit.Abstractions;

namespace Compensation.Testing.Tests;

public class ManualScenariosAttributeTests
{
    // The package's main use: every scenario of the sample manual is its own test, named after the scenario.
    [Theory]
    [ManualScenarios("rules/tienda-ejemplo")]
    public void SampleManual_Scenario_DecidesAsExpected(ScenarioCase scenario) => scenario.Verify();

    [Fact]
    public void GetData_SampleManual_OneCasePerScenarioNamedAfterIt()
    {
        var cases = new ManualScenariosAttribute("rules/tienda-ejemplo").GetData(typeof(ManualScenariosAttributeTests).GetMethod(nameof(GetData_SampleManual_OneCasePerScenarioNamedAfterIt))!)
            .Select(row => Assert.IsType<ScenarioCase>(Assert.Single(row)))
            .ToList();

        // 10 scenarios in fallos-servicio.yaml (read first, by file name) + 12 in retrasos.yaml.
        Assert.Equal(22, cases.Count);
        Assert.Equal("danado-cliente-oro", cases[0].ToString());
        Assert.Equal(cases.Count, cases.Select(c => c.Name).Distinct().Count());
    }

    [Fact]
    public void Serialize_ThenDeserialize_FindsTheSameScenario()
    {
        var original = ScenarioCase.All("rules/tienda-ejemplo").First(c => c.Name == "retraso-de-3-dias-cliente-oro");
        var info = new DictionaryInfo();
        original.Serialize(info);
#pragma warning disable CS0618 // the constructor xunit uses
        var copy = new ScenarioCase();
#pragma warning restore CS0618
        copy.Deserialize(info);

        Assert.Equal("retraso-de-3-dias-cliente-oro", copy.Scenario.Name);
        Assert.True(copy.Run().Passed);
    }

    [Fact]
    public void All_MissingManual_ThrowsNamingThePath()
    {
        var ex = Assert.Throws<CompensationAssertionException>(() => ScenarioCase.All("rules/no-such-manual"));

        Assert.StartsWith("no manual at 'rules/no-such-manual'", ex.Message, StringComparison.Ordinal);
    }

    private sealed class DictionaryInfo : IXunitSerializationInfo
    {
        private readonly Dictionary<string, object?> _values = [];

        public void AddValue(string key, object value, Type? type = null) => _values[key] = value;

        public T GetValue<T>(string key) => (T)_values[key]!;

        public object GetValue(string key, Type type) => _values[key]!;
    }
}
