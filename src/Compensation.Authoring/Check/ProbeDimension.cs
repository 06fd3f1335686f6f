namespace Compensation.Check;

/// <summary>One axis of the probe grid: a fact and the values tried for it, lowest (least harm) first.</summary>
internal sealed class ProbeDimension
{
    public required string Name { get; init; }

    /// <summary>The values tried, in ascending order of harm when <see cref="Harm"/> is set.</summary>
    public required IReadOnlyList<object?> Values { get; init; }

    /// <summary>For dimensions along which more must never earn less: how to say "more" ("a longer delay").</summary>
    public string? Harm { get; init; }

    public string Describe(int index) => ProbeGrid.Text(Name, Values[index]);
}
