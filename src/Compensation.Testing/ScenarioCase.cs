using System.Collections.Concurrent;
using Xunit.Abstractions;

namespace Compensation.Testing;

/// <summary>
/// One scenario of a manual as an xunit theory case: its <see cref="ToString"/> is the scenario's name, and it
/// survives xunit's serialization (so each scenario is its own test in test explorers).
/// </summary>
public sealed class ScenarioCase : IXunitSerializable
{
    private static readonly ConcurrentDictionary<string, (CompensationManual Manual, ScenarioSuite Suite)> Loaded = new(StringComparer.Ordinal);

    private string _manualPath = string.Empty;
    private string _name = string.Empty;

    /// <summary>For xunit's deserialization only.</summary>
    [Obsolete("For xunit's deserialization only.")]
    public ScenarioCase()
    {
    }

    private ScenarioCase(string manualPath, string name)
    {
        _manualPath = manualPath;
        _name = name;
    }

    /// <summary>The scenario's name.</summary>
    public string Name => _name;

    /// <summary>The manual the scenario runs on.</summary>
    public CompensationManual Manual => Load(_manualPath).Manual;

    /// <summary>The scenario.</summary>
    public Scenario Scenario => Load(_manualPath).Suite.Scenarios.First(s => s.Name == _name);

    /// <summary>Every scenario of a manual, as theory cases.</summary>
    /// <param name="manualPath">The manual's folder or file (relative paths are looked up as <see cref="ManualScenariosAttribute"/> says).</param>
    /// <exception cref="CompensationAssertionException">The manual or its scenario files have errors; they are all listed.</exception>
    public static IEnumerable<ScenarioCase> All(string manualPath)
    {
        ArgumentException.ThrowIfNullOrEmpty(manualPath);
        var (_, suite) = Load(manualPath);
        return suite.Scenarios.Select(s => new ScenarioCase(manualPath, s.Name));
    }

    /// <summary>Decides the scenario.</summary>
    public ScenarioResult Run() => ScenarioSuite.RunScenario(Manual, Scenario);

    /// <summary>Decides the scenario and fails the test, listing every difference, when the decision is not the one expected.</summary>
    /// <exception cref="CompensationAssertionException">The decision differs from the expectation.</exception>
    public void Verify()
    {
        var result = Run();
        if (!result.Passed)
        {
            throw new CompensationAssertionException(result.ToString());
        }
    }

    /// <inheritdoc />
    public void Deserialize(IXunitSerializationInfo info)
    {
        ArgumentNullException.ThrowIfNull(info);
        _manualPath = info.GetValue<string>("manual");
        _name = info.GetValue<string>("name");
    }

    /// <inheritdoc />
    public void Serialize(IXunitSerializationInfo info)
    {
        ArgumentNullException.ThrowIfNull(info);
        info.AddValue("manual", _manualPath);
        info.AddValue("name", _name);
    }

    /// <summary>Returns the scenario's name.</summary>
    public override string ToString() => _name;

    private static (CompensationManual Manual, ScenarioSuite Suite) Load(string manualPath) => Loaded.GetOrAdd(manualPath, path =>
    {
        var resolved = Resolve(path);
        var result = CompensationManual.TryLoad(resolved);
        if (result.Manual is not { } manual)
        {
            throw new CompensationAssertionException($"the manual '{resolved}' has errors:{Environment.NewLine}{string.Join(Environment.NewLine, result.Diagnostics)}");
        }

        var suite = ScenarioSuite.Load(manual, File.Exists(resolved) ? Path.GetDirectoryName(resolved)! : resolved);
        if (suite.HasErrors)
        {
            throw new CompensationAssertionException($"the scenario files of '{resolved}' have errors:{Environment.NewLine}{string.Join(Environment.NewLine, suite.Diagnostics)}");
        }

        return (manual, suite);
    });

    private static string Resolve(string path)
    {
        if (Path.IsPathRooted(path) || Directory.Exists(path) || File.Exists(path))
        {
            return Path.GetFullPath(path);
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, path);
            if (Directory.Exists(candidate) || File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new CompensationAssertionException($"no manual at '{path}' (looked in {Directory.GetCurrentDirectory()} and every folder above {AppContext.BaseDirectory})");
    }
}
