using Compensation.Scenarios;

namespace Compensation;

/// <summary>
/// One scenario from a manual's <c>scenarios/*.yaml</c> files: an incident and customer, and the decision
/// the policy author expects for them.
/// </summary>
public sealed class Scenario
{
    internal Scenario(string name, string? description, SourceLocation location, Incident incident, Customer customer, ScenarioExpectation expected)
    {
        Name = name;
        Description = description;
        Location = location;
        Incident = incident;
        Customer = customer;
        Expected = expected;
    }

    /// <summary>The scenario's name (unique among the manual's scenarios).</summary>
    public string Name { get; }

    /// <summary>The author's description, if any.</summary>
    public string? Description { get; }

    /// <summary>Where the scenario is written.</summary>
    public SourceLocation Location { get; }

    /// <summary>The incident to decide.</summary>
    public Incident Incident { get; }

    /// <summary>The customer it happened to.</summary>
    public Customer Customer { get; }

    internal ScenarioExpectation Expected { get; }

    /// <summary>Returns the scenario's name (used as the test case name).</summary>
    public override string ToString() => Name;
}
