namespace Compensation.Messages;

/// <summary>Remedies in plain words, per language (Spanish and English; other languages use English).</summary>
internal static class RemedyPhrases
{
    public static string Describe(Remedy remedy, LocaleFormat format)
        => format.Language == "es" ? Spanish(remedy, format) : English(remedy, format);

    /// <summary>
    /// The phrases for a decision's remedies, in order, with store credits of the same validity told as one sum
    /// (a customer reads "un saldo de 60,00 €", not three credits from three rules).
    /// </summary>
    public static List<string> DescribeAll(IReadOnlyList<Remedy> remedies, LocaleFormat format)
    {
        var phrases = new List<string>(remedies.Count);
        var told = new HashSet<int?>();
        foreach (var remedy in remedies)
        {
            if (remedy is StoreCreditRemedy credit)
            {
                if (told.Add(credit.ValidDays))
                {
                    var sum = remedies.OfType<StoreCreditRemedy>().Where(c => c.ValidDays == credit.ValidDays).Sum(c => c.Amount);
                    phrases.Add(Describe(credit with { Amount = sum }, format));
                }

                continue;
            }

            phrases.Add(Describe(remedy, format));
        }

        return phrases;
    }

    /// <summary>Joins phrases as a person would: "a, b y c" / "a, b and c".</summary>
    public static string Join(IReadOnlyList<string> phrases, LocaleFormat format)
    {
        var and = format.Language == "es" ? " y " : " and ";
        return phrases.Count switch
        {
            0 => string.Empty,
            1 => phrases[0],
            _ => string.Join(", ", phrases.Take(phrases.Count - 1)) + and + phrases[^1],
        };
    }

    private static string Spanish(Remedy remedy, LocaleFormat f) => remedy switch
    {
        DiscountRemedy { Percent: { } p } d => $"un descuento del {f.FormatNumber(p)} % {(d.On == DiscountTarget.ThisOrder ? $"en este pedido ({f.FormatMoney(d.Cost)})" : "en su próxima compra")}{Valid(d.ValidDays, "válido {0} días")}",
        DiscountRemedy d => $"un descuento de {f.FormatMoney(d.Amount ?? d.Cost)} {(d.On == DiscountTarget.ThisOrder ? "en este pedido" : "en su próxima compra")}{Valid(d.ValidDays, "válido {0} días")}",
        RefundRemedy { IsTotal: true } r => $"el reembolso íntegro de su pedido ({f.FormatMoney(r.Amount)})",
        RefundRemedy r => $"un reembolso de {f.FormatMoney(r.Amount)}",
        GiftRemedy g => $"un obsequio: {Lower(g.Description)}",
        ManagerCallRemedy m => m.Within.TotalHours is > 0 and <= 48 && m.Within.TotalHours % 1 == 0
            ? $"una llamada de un responsable en las próximas {Whole(m.Within.TotalHours)} horas"
            : $"una llamada de un responsable en los próximos {Whole(Math.Ceiling(m.Within.TotalDays))} días",
        WarrantyExtensionRemedy w => $"una ampliación de la garantía de {w.Months} {(w.Months == 1 ? "mes" : "meses")}",
        FreeServiceRemedy s => Lower(s.Description),
        StoreCreditRemedy c => $"un saldo de {f.FormatMoney(c.Amount)} para sus compras en la tienda{Valid(c.ValidDays, "válido {0} días")}",
        _ => remedy.Kind.ToString(),
    };

    private static string English(Remedy remedy, LocaleFormat f) => remedy switch
    {
        DiscountRemedy { Percent: { } p } d => $"a {f.FormatNumber(p)}% discount {(d.On == DiscountTarget.ThisOrder ? $"on this order ({f.FormatMoney(d.Cost)})" : "on your next purchase")}{Valid(d.ValidDays, "valid for {0} days")}",
        DiscountRemedy d => $"a discount of {f.FormatMoney(d.Amount ?? d.Cost)} {(d.On == DiscountTarget.ThisOrder ? "on this order" : "on your next purchase")}{Valid(d.ValidDays, "valid for {0} days")}",
        RefundRemedy { IsTotal: true } r => $"a full refund of your order ({f.FormatMoney(r.Amount)})",
        RefundRemedy r => $"a refund of {f.FormatMoney(r.Amount)}",
        GiftRemedy g => $"a gift: {Lower(g.Description)}",
        ManagerCallRemedy m => m.Within.TotalHours is > 0 and <= 48 && m.Within.TotalHours % 1 == 0
            ? $"a call from a manager within {Whole(m.Within.TotalHours)} hours"
            : $"a call from a manager within {Whole(Math.Ceiling(m.Within.TotalDays))} days",
        WarrantyExtensionRemedy w => $"a {w.Months}-month extension of your warranty",
        FreeServiceRemedy s => Lower(s.Description),
        StoreCreditRemedy c => $"{f.FormatMoney(c.Amount)} of store credit{Valid(c.ValidDays, "valid for {0} days")}",
        _ => remedy.Kind.ToString(),
    };

    /// <summary>A description from the manual in the middle of a sentence: "Envío gratuito…" → "envío gratuito…" (not "IVA…").</summary>
    private static string Lower(string text)
        => text.Length > 1 && char.IsUpper(text[0]) && char.IsLower(text[1]) ? char.ToLowerInvariant(text[0]) + text[1..] : text;

    private static string Whole(double value) => value.ToString("0", System.Globalization.CultureInfo.InvariantCulture);

    private static string Valid(int? days, string pattern)
        => days is { } d ? ", " + string.Format(System.Globalization.CultureInfo.InvariantCulture, pattern, d) : string.Empty;
}
