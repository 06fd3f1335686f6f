using System.Globalization;

namespace Compensation.Cli.Commands;

/// <summary>Short, readable descriptions of remedies and amounts for tables and trees.</summary>
internal static class RemedyText
{
    /// <summary>The remedy's kind as the manual language writes it (<c>discount</c>, <c>store-credit</c>…).</summary>
    public static string Kind(Remedy remedy) => remedy.Kind switch
    {
        RemedyKind.Discount => "discount",
        RemedyKind.Refund => "refund",
        RemedyKind.Gift => "gift",
        RemedyKind.ManagerCall => "manager-call",
        RemedyKind.WarrantyExtension => "warranty-extension",
        RemedyKind.FreeService => "free-service",
        RemedyKind.StoreCredit => "store-credit",
        _ => remedy.Kind.ToString(),
    };

    /// <summary>What is granted: <c>20 % next purchase, 90 days</c>, <c>refund 24.00 EUR</c>, <c>manager call within 24h</c>…</summary>
    public static string Detail(Remedy remedy, string currency) => remedy switch
    {
        DiscountRemedy d => Discount(d, currency),
        RefundRemedy r => (r.IsTotal ? "total refund " : "refund ") + Money(r.Amount, currency),
        GiftRemedy g => g.Description,
        ManagerCallRemedy m => "manager call within " + DelayText.Format(m.Within),
        WarrantyExtensionRemedy w => string.Create(CultureInfo.InvariantCulture, $"+{w.Months} months of warranty"),
        FreeServiceRemedy f => f.Description,
        StoreCreditRemedy s => Money(s.Amount, currency) + " store credit" + Days(s.ValidDays),
        _ => Kind(remedy),
    };

    /// <summary>The cost, and what it was before a limit reduced it.</summary>
    public static string Cost(Remedy remedy, string currency) => remedy.OriginalCost is { } original
        ? $"{Money(remedy.Cost, currency)} (was {Money(original, currency)})"
        : Money(remedy.Cost, currency);

    /// <summary>An amount with two decimals and the currency: <c>24.00 EUR</c>.</summary>
    public static string Money(decimal amount, string currency) =>
        amount.ToString("0.00", CultureInfo.InvariantCulture) + " " + currency;

    private static string Discount(DiscountRemedy discount, string currency)
    {
        var target = discount.On == DiscountTarget.ThisOrder ? "this order" : "next purchase";
        var size = discount.Percent is { } percent
            ? percent.ToString("0.##", CultureInfo.InvariantCulture) + " %"
            : Money(discount.Amount ?? discount.Cost, currency);
        return $"{size} {target}{Days(discount.ValidDays)}";
    }

    private static string Days(int? validDays) =>
        validDays is { } days ? string.Create(CultureInfo.InvariantCulture, $", {days} days") : string.Empty;
}
