using System.Collections.Concurrent;
using System.Globalization;
using Compensation.Decisions;

namespace Compensation.Messages;

/// <summary>How one locale writes money, numbers and dates for one currency; built once per locale and cached.</summary>
internal sealed class LocaleFormat : IRemedyFormat
{
    private static readonly ConcurrentDictionary<(string Locale, string Currency, int Decimals), LocaleFormat> Cache = new();

    private static readonly Dictionary<string, string> Symbols = new(StringComparer.Ordinal)
    {
        ["EUR"] = "€", ["USD"] = "$", ["GBP"] = "£", ["JPY"] = "¥", ["MXN"] = "$", ["ARS"] = "$", ["COP"] = "$",
        ["CLP"] = "$", ["BRL"] = "R$", ["CHF"] = "CHF", ["CAD"] = "$", ["AUD"] = "$", ["INR"] = "₹", ["PEN"] = "S/",
    };

    private LocaleFormat(CultureInfo culture, NumberFormatInfo money)
    {
        Culture = culture;
        Money = money;
        Language = culture.TwoLetterISOLanguageName;
    }

    public CultureInfo Culture { get; }

    public NumberFormatInfo Money { get; }

    /// <summary>The two-letter language (es, en), which picks the remedy phrases.</summary>
    public string Language { get; }

    public static bool IsKnown(string locale)
    {
        try
        {
            _ = CultureInfo.GetCultureInfo(locale, predefinedOnly: true);
            return !string.IsNullOrEmpty(locale);
        }
        catch (CultureNotFoundException)
        {
            return false;
        }
    }

    public static LocaleFormat For(string locale, string currency, int decimals)
        => Cache.GetOrAdd((locale, currency, decimals), static key =>
        {
            var culture = CultureInfo.GetCultureInfo(key.Locale, predefinedOnly: true);
            var money = (NumberFormatInfo)culture.NumberFormat.Clone();
            money.CurrencySymbol = Symbols.TryGetValue(key.Currency, out var symbol) ? symbol : key.Currency;
            money.CurrencyDecimalDigits = key.Decimals;
            return new LocaleFormat(culture, NumberFormatInfo.ReadOnly(money));
        });

    /// <summary>An amount with the currency symbol where the locale puts it: "20,00 €" (es), "€20.00" (en).</summary>
    public string FormatMoney(decimal amount) => Plain(amount.ToString("C", Money));

    /// <summary>A number without trailing zeros: 12,5 (es), 12.5 (en).</summary>
    public string FormatNumber(decimal value) => Plain(value.ToString("0.##", Culture));

    /// <summary>A long date in the locale, in the date's own offset.</summary>
    public string FormatDate(DateTimeOffset date) => Plain(date.ToString("D", Culture));

    // Non-breaking spaces are correct typography but surprise plain-text channels (SMS, chat) and encoders.
    private static string Plain(string text) => text.Replace('\u00A0', ' ').Replace('\u202F', ' ');
}
