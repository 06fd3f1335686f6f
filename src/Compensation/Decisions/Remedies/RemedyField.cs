namespace Compensation.Decisions;

/// <summary>A field of a granted remedy that a scenario file can compare, like <c>percent</c> of <c>discount</c>.</summary>
internal sealed class RemedyField
{
    /// <summary>The name written in scenario files.</summary>
    public required string Name { get; init; }

    /// <summary>How an expected value is written (numbers for formulas and days).</summary>
    public required ParameterShape Shape { get; init; }

    /// <summary>The remedy's value as a scenario would write it; null when the remedy has none.</summary>
    public required Func<Remedy, string?> Actual { get; init; }

    /// <summary>The words a <see cref="ParameterShape.Choice"/> accepts.</summary>
    public IReadOnlyList<string> Choices { get; init; } = [];

    /// <summary>Listed when a scenario shows a granted remedy (false for fields that repeat another).</summary>
    public bool Listed { get; init; } = true;
}
