using Compensation.TestSupport;

namespace Compensation.Tests.Architecture;

/// <summary>
/// The folders of each package are layers in the order data flows (rule files → document → validated → compiled →
/// decided): a folder uses only the folders below it. These tests read the sources with the compiler and fail on
/// any reference that goes up, naming the file and line.
/// </summary>
public sealed class LayeringTests
{
    /// <summary>The engine's folders, bottom first; the root folder composes them.</summary>
    public static readonly string[] EngineLayers =
        ["Diagnostics", "Facts", "Decisions", "Documents", "Validation", "Compilation", "Messages", "Evaluation", "(root)"];

    /// <summary>The authoring package's folders, bottom first (all above the engine).</summary>
    public static readonly string[] AuthoringLayers = ["Scenarios", "Simulation", "Check"];

    public static TheoryData<string, string[], string[]> Packages => new()
    {
        { "Compensation", EngineLayers, [] },
        { "Compensation.Authoring", AuthoringLayers, ["Compensation"] },
        { "Compensation.Extensions", ["Hosting"], ["Compensation"] },
        { "Compensation.NRules", ["Mapping", "(root)", "Hosting"], ["Compensation"] },
    };

    [Theory]
    [MemberData(nameof(Packages))]
    public void Sources_EveryReference_PointsToTheSameOrALowerLayer(string package, string[] layers, string[] lower)
    {
        var violations = Layering.Check(package, Layering.Sources(RepoPaths.Combine("src", package)), layers, lower);

        Assert.True(violations.Count == 0, $"{package}: references that go up a layer:{Environment.NewLine}{string.Join(Environment.NewLine, violations)}");
    }

    [Fact]
    public void Check_FactsUsingTheEvaluator_ReportsTheUpwardReference()
    {
        // The engine's own sources plus one file in Facts/ that calls into Evaluation/: the check must name it.
        var sources = Layering.Sources(RepoPaths.Combine("src", "Compensation"));
        sources.Add(("Facts/Shortcut.cs", """
            namespace Compensation.Facts;

            internal static class Shortcut
            {
                public static object Decide(Compensation.Compilation.CompiledManual manual, Incident incident, Customer customer)
                    => Compensation.Evaluation.DecisionEvaluator.Decide(manual, incident, customer, explain: false, System.TimeProvider.System);
            }
            """));

        var violations = Layering.Check("Compensation", sources, EngineLayers);

        Assert.Contains(violations, v => v.File == "Facts/Shortcut.cs" && v.To == "Evaluation" && v.Symbol.Contains("DecisionEvaluator", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.File == "Facts/Shortcut.cs" && v.To == "Compilation" && v.Symbol.Contains("CompiledManual", StringComparison.Ordinal));
        Assert.All(violations, v => Assert.Equal("Facts/Shortcut.cs", v.File));
    }

    [Fact]
    public void Check_LocalMethodNamedLikeAnUpperType_IsNotAReference()
    {
        // Names are resolved by the compiler: a private method called 'Limits' in Documents/ is not Evaluation's Limits type.
        var sources = Layering.Sources(RepoPaths.Combine("src", "Compensation"));
        sources.Add(("Documents/Lookalike.cs", """
            namespace Compensation.Documents;

            internal static class Lookalike
            {
                public static int Use() => Limits() + 1;

                private static int Limits() => 1;
            }
            """));

        Assert.Empty(Layering.Check("Compensation", sources, EngineLayers));
    }

    [Theory]
    [MemberData(nameof(Packages))]
    public void Sources_InternalTypes_LiveInTheNamespaceOfTheirLayer(string package, string[] layers, string[] lower)
    {
        _ = lower;
        var wrong = Layering.Sources(RepoPaths.Combine("src", package))
            .Select(s => (s.Path, Namespace: NamespaceOf(s.Text), Layer: Layering.LayerOf(s.Path)))
            .Where(s => s.Layer != "(root)" && layers.Contains(s.Layer))
            .Where(s => s.Namespace is not ("Compensation" or "Microsoft.Extensions.DependencyInjection") && s.Namespace != InternalNamespace(package, s.Layer))
            .Select(s => $"{s.Path}: namespace {s.Namespace}, expected Compensation.{s.Layer} (internal) or Compensation (public)")
            .ToList();

        Assert.True(wrong.Count == 0, string.Join(Environment.NewLine, wrong));
    }

    /// <summary>
    /// Internal types live in <c>Compensation.&lt;Layer&gt;</c>; the NRules package keeps its internals in
    /// <c>Compensation.NRules</c>, because a namespace <c>Compensation.NRules.Mapping</c> would make <c>NRules</c>
    /// inside it name that namespace instead of the NRules library.
    /// </summary>
    private static string InternalNamespace(string package, string layer)
        => package == "Compensation.NRules" ? "Compensation.NRules" : $"Compensation.{layer}";

    private static string? NamespaceOf(string text)
    {
        var line = text.Split('\n').FirstOrDefault(l => l.StartsWith("namespace ", StringComparison.Ordinal));
        return line?["namespace ".Length..].TrimEnd('\r', ';', ' ');
    }
}
