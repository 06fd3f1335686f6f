namespace Compensation.Scenarios;

/// <summary>One remedy a scenario expects: its kind and the parameters it lists (the others are not compared).</summary>
internal sealed class ExpectedRemedy
{
    public required RemedyKind Kind { get; init; }

    public required string KindName { get; init; }

    public required SourceLocation Location { get; init; }

    /// <summary>Parameter name (as written) → expected value (as written).</summary>
    public required IReadOnlyList<(string Name, string Value)> Parameters { get; init; }

    public override string ToString()
        => Parameters.Count == 0 ? KindName : $"{KindName} {{ {string.Join(", ", Parameters.Select(p => $"{p.Name}: {p.Value}"))} }}";
}
