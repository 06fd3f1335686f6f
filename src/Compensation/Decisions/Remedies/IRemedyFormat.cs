namespace Compensation.Decisions;

/// <summary>How numbers and money are written where a remedy is told in words: a customer's locale, or the command line.</summary>
internal interface IRemedyFormat
{
    /// <summary>The two-letter language (es, en), which picks the phrases.</summary>
    string Language { get; }

    /// <summary>An amount with its currency.</summary>
    string FormatMoney(decimal amount);

    /// <summary>A number without trailing zeros.</summary>
    string FormatNumber(decimal value);
}
