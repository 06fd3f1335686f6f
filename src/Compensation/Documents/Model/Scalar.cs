using Compensation.Validation;

namespace Compensation.Documents;

/// <summary>A scalar value as written in a rule file, with its position.</summary>
internal sealed record Scalar(string Text, SourceLocation Location, bool Quoted = false)
{
    /// <summary>True when the text was generated (from a decision-table cell) rather than written as is.</summary>
    public bool Synthetic { get; init; }

    /// <summary>For a value written per currency (<c>{ EUR: 250, GBP: 220 }</c>): the currencies written, checked against the manual's.</summary>
    public IReadOnlyList<Scalar>? CurrencyKeys { get; init; }

    /// <summary>The location of character <paramref name="offset"/> of the text (single-line values).</summary>
    public SourceLocation At(int offset)
        => Synthetic ? Location : Location with { Column = Location.Column + (Quoted ? 1 : 0) + Math.Max(0, offset) };

    public override string ToString() => Text;
}
