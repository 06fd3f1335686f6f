namespace Compensation.Facts;

/// <summary>
/// Rounds money to a currency's minor unit (ISO 4217), half away from zero — the commercial rounding
/// customers expect. Currencies not listed use two decimals unless the manual says <c>currency-decimals</c>.
/// </summary>
internal sealed class CurrencyRounding(string currency, int decimals)
{
    private static readonly Dictionary<string, int> MinorUnits = new(StringComparer.Ordinal)
    {
        ["BHD"] = 3, ["CLP"] = 0, ["ISK"] = 0, ["JOD"] = 3, ["JPY"] = 0, ["KRW"] = 0, ["KWD"] = 3,
        ["LYD"] = 3, ["OMR"] = 3, ["PYG"] = 0, ["TND"] = 3, ["UGX"] = 0, ["VND"] = 0, ["XAF"] = 0, ["XOF"] = 0,
    };

    /// <summary>A frame's rounding before an incident is bound (never used to decide).</summary>
    public static CurrencyRounding Unset { get; } = new(string.Empty, 2);

    public string Currency { get; } = currency;

    public int Decimals { get; } = decimals;

    public static int DefaultDecimals(string currency) => MinorUnits.TryGetValue(currency, out var d) ? d : 2;

    private readonly decimal _zero = new(0, 0, 0, false, (byte)decimals);

    /// <summary>Rounds to the minor unit and writes exactly that many decimals (12 → 12.00 for EUR).</summary>
    /// <remarks>An amount already at the currency's scale (the usual case in a decision) is returned as is: same value, same scale.</remarks>
    public decimal Round(decimal amount) => amount.Scale == Decimals ? amount : Math.Round(amount, Decimals, MidpointRounding.AwayFromZero) + _zero;
}
