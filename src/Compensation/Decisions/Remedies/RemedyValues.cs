using Compensation.Facts;

namespace Compensation.Decisions;

/// <summary>
/// What a descriptor builds a remedy from for one incident: the grant's parameters (formulas evaluated), the rule
/// that grants it, the order value and the currency's rounding. Indexes are positions in the kind's
/// <see cref="RemedyDescriptor.Parameters"/>.
/// </summary>
internal readonly ref struct RemedyValues
{
    private readonly ReadOnlySpan<decimal> _numbers;
    private readonly RemedyArgument[] _arguments;

    public RemedyValues(ReadOnlySpan<decimal> numbers, RemedyArgument[] arguments, decimal order, CurrencyRounding rounding)
    {
        _numbers = numbers;
        _arguments = arguments;
        Order = order;
        Rounding = rounding;
    }

    /// <summary>The rule that grants the remedy.</summary>
    public required string Rule { get; init; }

    /// <summary>The rule set of the rule.</summary>
    public required string RuleSet { get; init; }

    /// <summary>The manual section the rule quotes.</summary>
    public string? Section { get; init; }

    /// <summary>The role the grant says must approve it.</summary>
    public string? Approval { get; init; }

    /// <summary>The order's value.</summary>
    public decimal Order { get; }

    public CurrencyRounding Rounding { get; }

    public bool Has(int parameter) => _arguments[parameter].Present;

    /// <summary>A formula's value for this incident (0 when the grant does not write it).</summary>
    public decimal Number(int parameter) => _numbers[parameter];

    public string Text(int parameter) => _arguments[parameter].Text ?? string.Empty;

    public TimeSpan Duration(int parameter) => _arguments[parameter].Duration;

    public int Choice(int parameter) => _arguments[parameter].Choice;

    public int? Days(int parameter) => _arguments[parameter].Days;

    /// <summary>Rounds money to the currency's minor unit.</summary>
    public decimal Round(decimal amount) => Rounding.Round(amount);
}
