namespace Compensation.Decisions;

/// <summary>One parameter of a remedy kind in the manual language, like <c>percent</c> of <c>discount</c>.</summary>
internal sealed class RemedyParameter
{
    /// <summary>The name written in rule files (<c>valid-days</c>).</summary>
    public required string Name { get; init; }

    public required ParameterShape Shape { get; init; }

    /// <summary>The grant must write it.</summary>
    public bool Required { get; init; }

    /// <summary>
    /// The grant must write exactly one of the kind's <see cref="OneOf"/> parameters; the one written is the remedy's
    /// size. A <see cref="ParameterShape.Flag"/> in the group can only be written <c>true</c>.
    /// </summary>
    public bool OneOf { get; init; }

    /// <summary>The words a <see cref="ParameterShape.Choice"/> accepts; the first is the default.</summary>
    public IReadOnlyList<string> Choices { get; init; } = [];

    /// <summary>What the parameter is for, said when a required duration is missing (<c>how soon the call must happen</c>).</summary>
    public string? Purpose { get; init; }

    /// <summary>An example value for hints (<c>24h</c>); formulas use 10.</summary>
    public string Example { get; init; } = "10";

    /// <summary>The error for a value that is not allowed (choices, flags), when the default wording does not fit.</summary>
    public string? Invalid { get; init; }

    /// <summary>The hint given with <see cref="Invalid"/>.</summary>
    public string? Hint { get; init; }

    /// <summary>For a formula: what is wrong with an evaluated value (null when it is fine), checked for each incident.</summary>
    public Func<decimal, string?>? Check { get; init; }

    /// <summary>
    /// The parameter makes the remedy a share of the order (<c>percent</c>, <c>total</c>): granting it reads
    /// <c>order.value</c>, so an incident without one is rejected (INC014) rather than given a share of 0.
    /// </summary>
    public bool OfOrder { get; init; }

    /// <summary>Whether the parameter holds the remedy's size (required formula or one-of member) rather than a detail.</summary>
    public bool IsSize => OneOf || (Required && Shape == ParameterShape.Formula);
}
