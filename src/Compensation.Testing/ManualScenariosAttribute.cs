using System.Reflection;
using Xunit.Sdk;

namespace Compensation.Testing;

/// <summary>
/// Supplies a manual's scenarios (<c>&lt;manual&gt;/scenarios/*.yaml</c>) to an xunit theory: one test case per
/// scenario, named after it.
/// </summary>
/// <example>
/// <code>
/// [Theory]
/// [ManualScenarios("rules/tienda-ejemplo")]
/// public void Manual_Scenario_DecidesAsExpected(ScenarioCase scenario) => scenario.Verify();
/// </code>
/// </example>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class ManualScenariosAttribute : DataAttribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="manualPath">
    /// The manual's folder (or file). A relative path is looked up from the current directory and then from
    /// each folder above the test assembly, so <c>rules/tienda-ejemplo</c> finds the repository's manual.
    /// </param>
    public ManualScenariosAttribute(string manualPath)
    {
        ManualPath = manualPath;
    }

    /// <summary>The manual's path as given.</summary>
    public string ManualPath { get; }

    /// <inheritdoc />
    public override IEnumerable<object[]> GetData(MethodInfo testMethod)
        => ScenarioCase.All(ManualPath).Select(c => new object[] { c });
}
