using Compensation.Decisions;

namespace Compensation.Compilation;

/// <summary>A remedy template of a rule: its kind, its compiled formulas and the parameters fixed in the rule file.</summary>
internal sealed class CompiledGrant
{
    public required RemedyDescriptor Descriptor { get; init; }

    public RemedyKind Kind => Descriptor.Kind;

    public required SourceLocation Location { get; init; }

    /// <summary>The formula parameters, by position in the kind's parameters (null where the grant writes none).</summary>
    public required CompiledFormula<decimal>?[] Formulas { get; init; }

    /// <summary>Every parameter as written, by position in the kind's parameters.</summary>
    public required RemedyArgument[] Arguments { get; init; }

    /// <summary>The position of the parameter written for the remedy's size (<c>percent</c>, <c>months</c>…), or -1.</summary>
    public int SizeAt { get; init; } = -1;

    /// <summary>The size formula, if the size is a formula (a total refund's is not).</summary>
    public CompiledFormula<decimal>? Quantity => SizeAt >= 0 ? Formulas[SizeAt] : null;

    public CompiledFormula<decimal>? Min { get; init; }

    public CompiledFormula<decimal>? Max { get; init; }

    /// <summary>The least amount worth granting: below it (after min and max) the remedy is not granted.</summary>
    public CompiledFormula<decimal>? Threshold { get; init; }

    /// <summary>The exclusive group; remedies of one group do not stack.</summary>
    public required string Group { get; init; }

    public bool Stack { get; init; }

    public ApprovalLevel? Approval { get; init; }
}
