namespace Compensation.Documents;

/// <summary>A rule set as written: a name, a hit policy and its rules (a decision table is expanded into rules).</summary>
internal sealed class RuleSetDocument
{
    public SourceLocation Location { get; init; }

    public Scalar? Name { get; set; }

    public Scalar? HitPolicy { get; set; }

    public List<RuleDocument> Rules { get; } = [];
}

internal sealed class RuleDocument
{
    public SourceLocation Location { get; init; }

    public Scalar? Name { get; set; }

    public Scalar? Section { get; set; }

    public Scalar? Priority { get; set; }

    /// <summary>The conditions, all of which must hold: a rule's <c>when</c>, or a table row's cells.</summary>
    public List<Scalar> Conditions { get; } = [];

    public List<(Scalar Fact, Scalar Formula)> Sets { get; } = [];

    public List<GrantDocument> Grants { get; } = [];
}

internal sealed class GrantDocument
{
    public required Scalar Kind { get; init; }

    public Dictionary<string, Scalar> Parameters { get; } = new(StringComparer.Ordinal);
}
