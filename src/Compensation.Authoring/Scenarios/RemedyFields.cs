using System.Globalization;


using Compensation.Decisions;

namespace Compensation.Scenarios;

/// <summary>The fields of a granted remedy a scenario can compare, by their manual-language names.</summary>
internal static class RemedyFields
{
    private static readonly string[] Common = ["rule", "cost", "approval", "original-cost"];

    public static string[] Names(RemedyKind kind) => kind switch
    {
        RemedyKind.Discount => [.. Common, "percent", "amount", "on", "valid-days"],
        RemedyKind.Refund => [.. Common, "amount", "total"],
        RemedyKind.Gift => [.. Common, "description"],
        RemedyKind.ManagerCall => [.. Common, "within"],
        RemedyKind.WarrantyExtension => [.. Common, "months"],
        RemedyKind.FreeService => [.. Common, "description", "value"],
        _ => [.. Common, "amount", "valid-days"],
    };

    /// <summary>A problem with an expected value's form, or null.</summary>
    public static string? Check(RemedyKind kind, string name, string text) => name switch
    {
        "cost" or "original-cost" or "percent" or "amount" or "value" or "valid-days" or "months" when !IsNumber(text)
            => $"'{name}' must be a number, not '{text}'",
        "within" when ParseSpan(text) is null => $"'within' must be a duration like 24h or 2d, not '{text}'",
        "on" when text is not ("next-purchase" or "this-order") => $"'on' must be next-purchase or this-order, not '{text}'",
        "total" when text is not ("true" or "false") => $"'total' must be true or false, not '{text}'",
        _ => null,
    };

    /// <summary>The remedy's value for the field, as text a scenario would write; null when the remedy has none.</summary>
    public static string? Actual(Remedy remedy, string name) => (name, remedy) switch
    {
        ("rule", _) => remedy.Rule,
        ("cost", _) or ("value", FreeServiceRemedy) => Number(remedy.Cost),
        ("approval", _) => remedy.RequiredApproval,
        ("original-cost", _) => remedy.OriginalCost is { } o ? Number(o) : null,
        ("percent", DiscountRemedy d) => d.Percent is { } p ? Number(p) : null,
        ("amount", DiscountRemedy d) => d.Amount is { } a ? Number(a) : null,
        ("on", DiscountRemedy d) => d.On == DiscountTarget.ThisOrder ? "this-order" : "next-purchase",
        ("valid-days", DiscountRemedy d) => d.ValidDays?.ToString(CultureInfo.InvariantCulture),
        ("amount", RefundRemedy r) => Number(r.Amount),
        ("total", RefundRemedy r) => r.IsTotal ? "true" : "false",
        ("description", GiftRemedy g) => g.Description,
        ("description", FreeServiceRemedy f) => f.Description,
        ("within", ManagerCallRemedy m) => Span(m.Within),
        ("months", WarrantyExtensionRemedy w) => w.Months.ToString(CultureInfo.InvariantCulture),
        ("amount", StoreCreditRemedy s) => Number(s.Amount),
        ("valid-days", StoreCreditRemedy s) => s.ValidDays?.ToString(CultureInfo.InvariantCulture),
        _ => null,
    };

    /// <summary>Whether an expected value equals an actual one (numbers by value, durations by length, text exactly).</summary>
    public static bool Same(string expected, string? actual)
    {
        if (actual is null)
        {
            return false;
        }

        if (IsNumber(expected) && IsNumber(actual))
        {
            return decimal.Parse(expected, CultureInfo.InvariantCulture) == decimal.Parse(actual, CultureInfo.InvariantCulture);
        }

        if (ParseSpan(expected) is { } e && ParseSpan(actual) is { } a)
        {
            return e == a;
        }

        return string.Equals(expected, actual, StringComparison.Ordinal);
    }

    /// <summary>The remedy as a scenario would list it, with every comparable field.</summary>
    public static string Describe(Remedy remedy)
    {
        var fields = Names(remedy.Kind)
            .Where(n => n is not ("original-cost" or "value"))
            .Select(n => (n, v: Actual(remedy, n)))
            .Where(x => x.v is not null)
            .Select(x => $"{x.n}: {Quote(x.v!)}");
        return $"{RemedyKinds.NameOf(remedy.Kind)}: {{ {string.Join(", ", fields)} }}";
    }

    public static string Number(decimal value) => value.ToString("0.##########", CultureInfo.InvariantCulture);

    private static string Quote(string value) => value.Contains(' ', StringComparison.Ordinal) || value.Contains(':', StringComparison.Ordinal) ? $"\"{value}\"" : value;

    private static bool IsNumber(string text) => decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out _);

    private static string Span(TimeSpan span) => span.TotalHours % 24 == 0 && span.TotalHours >= 24
        ? $"{span.TotalDays.ToString(CultureInfo.InvariantCulture)}d"
        : $"{span.TotalHours.ToString(CultureInfo.InvariantCulture)}h";

    private static TimeSpan? ParseSpan(string text)
    {
        var t = text.Trim();
        if (t.Length < 2 || !int.TryParse(t[..^1], NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            return null;
        }

        return t[^1] switch
        {
            'h' => TimeSpan.FromHours(n),
            'd' => TimeSpan.FromDays(n),
            'm' => TimeSpan.FromMinutes(n),
            _ => null,
        };
    }
}
