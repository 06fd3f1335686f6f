using System.Globalization;
using Compensation.Decisions;

namespace Compensation.Cli.Commands;

/// <summary>Short, readable descriptions of remedies and amounts for tables and trees.</summary>
internal static class RemedyText
{
    /// <summary>The remedy's kind as the manual language writes it (<c>discount</c>, <c>store-credit</c>…).</summary>
    public static string Kind(Remedy remedy) => RemedyKinds.Of(remedy).Name;

    /// <summary>What is granted: <c>20 % next purchase, 90 days</c>, <c>refund 24.00 EUR</c>, <c>manager call within 24h</c>…</summary>
    public static string Detail(Remedy remedy, string currency) => RemedyKinds.Of(remedy).Detail(remedy, new PlainFormat(currency));

    /// <summary>The cost, and what it was before a limit reduced it.</summary>
    public static string Cost(Remedy remedy, string currency) => remedy.OriginalCost is { } original
        ? $"{Money(remedy.Cost, currency)} (was {Money(original, currency)})"
        : Money(remedy.Cost, currency);

    /// <summary>An amount with two decimals and the currency: <c>24.00 EUR</c>.</summary>
    public static string Money(decimal amount, string currency) =>
        amount.ToString("0.00", CultureInfo.InvariantCulture) + " " + currency;

    /// <summary>The command line's way with numbers: invariant, money as <c>24.00 EUR</c>, in English.</summary>
    private sealed class PlainFormat(string currency) : IRemedyFormat
    {
        public string Language => "en";

        public string FormatMoney(decimal amount) => Money(amount, currency);

        public string FormatNumber(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);
    }
}
