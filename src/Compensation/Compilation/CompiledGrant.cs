namespace Compensation.Compilation;

/// <summary>A remedy template of a rule: its kind, its compiled formulas and fixed parameters.</summary>
internal sealed class CompiledGrant
{
    public required RemedyKind Kind { get; init; }

    public required SourceLocation Location { get; init; }

    /// <summary>The main quantity: percent, amount, cost, value or months, depending on the kind.</summary>
    public CompiledFormula<decimal>? Quantity { get; init; }

    /// <summary>How <see cref="Quantity"/> is read: "percent", "amount", "cost", "value", "months", or "total".</summary>
    public string QuantityName { get; init; } = "amount";

    /// <summary>The cost, for kinds whose cost is separate from their quantity (warranty, manager call).</summary>
    public CompiledFormula<decimal>? Cost { get; init; }

    public CompiledFormula<decimal>? Min { get; init; }

    public CompiledFormula<decimal>? Max { get; init; }

    public string? Description { get; init; }

    public TimeSpan Within { get; init; }

    public DiscountTarget On { get; init; }

    public int? ValidDays { get; init; }

    /// <summary>The exclusive group; remedies of one group do not stack.</summary>
    public required string Group { get; init; }

    public bool Stack { get; init; }

    public ApprovalLevel? Approval { get; init; }
}
