using System.Globalization;
using CsCheck;

namespace Compensation.Tests.Security;

/// <summary>
/// Generates small random manuals from the language's grammar: random catalogues, empowerment, limits,
/// rule sets under every hit policy, conditions and formulas over every fact kind, every remedy kind,
/// derived facts. Many are valid; the rest must fail with diagnostics.
/// </summary>
internal static class ManualGrammar
{
    public static readonly string[] Currencies = ["EUR", "JPY", "KWD", "USD"];

    /// <summary>No time header, a zone with clock changes, a calendar with business hours and holidays, public holidays, an odd working week.</summary>
    private static readonly string[] TimeHeaders =
    [
        "",
        "time-zone: Europe/Madrid\n",
        "time-zone: America/New_York\ncalendar:\n  business-hours: 09:00-18:00\n  holidays: [2026-11-09, 2026-12-25, 2028-02-29]\n",
        "time-zone: Europe/London\ncalendar:\n  working-days: [monday, tuesday, saturday]\n  public-holidays: GB\n",
        "calendar:\n  business-hours: 00:00-24:00\n",
    ];

    private static readonly string[] Policies = ["collect", "first", "priority", "best"];

    /// <summary>A generated manual's text and what the properties need to know about it.</summary>
    public sealed record Generated(string Text, string Currency, string TotalLimit, bool CreditLimit)
    {
        public override string ToString() => Text;
    }

    public static Gen<Generated> Manual { get; } =
        from currency in Gen.OneOfConst(Currencies)
        from tiers in Gen.Int[1, 4]
        from failures in Gen.Int[1, 4]
        from causes in Gen.Int[1, 3]
        from roles in Gen.Int[1, 3]
        from upTo in Gen.Int[1, 500].Array[3]
        from total in Gen.OneOfConst("", "order.value", "100", "0.5 * order.value", "customer.prior_incidents * 10")
        from creditLimit in Gen.Bool
        from ruleSets in RuleSet(tiers, failures, causes).Array[1, 3]
        from time in Gen.OneOfConst(TimeHeaders)
        select new Generated(Text(currency, tiers, failures, causes, roles, upTo, total, creditLimit, ruleSets, time), currency, total, creditLimit);

    private static string Text(string currency, int tiers, int failures, int causes, int roles, int[] upTo, string total, bool creditLimit, string[] ruleSets, string time)
    {
        var limits = (total.Length > 0 ? $"  total: \"{total}\"\n" : string.Empty) + (creditLimit ? "  store-credit: \"0.25 * order.value\"\n" : string.Empty);
        var ascending = upTo.Order().ToArray();
        var empowerment = string.Concat(Enumerable.Range(0, roles).Select(r => r == roles - 1 ? $"  - {{ role: r{r} }}\n" : $"  - {{ role: r{r}, up-to: {ascending[r]} }}\n"));
        var sets = string.Concat(ruleSets.Select((s, i) => s.Replace("{SET}", "s" + i.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal).Replace("{D}", "d" + i.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal).Replace("{P}", i == 0 ? "n" : "d" + (i - 1).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)));
        return $"""
            manual: Generado
            version: "1"
            effective: 2026-01-01
            currency: {currency}
            {time}catalog:
              tiers: [{List("t", tiers)}]
              failures: [{List("f", failures)}]
              delay-failures: [f0]
              causes: [{List("c", causes)}]
              facts:
                n: {"{"} type: integer, min: 0, max: 1000, default: 0 {"}"}
                x: {"{"} type: decimal, default: 0 {"}"}
                b: {"{"} type: boolean, default: false {"}"}
                canal: {"{"} type: [web, tienda], default: web {"}"}
            empowerment:
            {empowerment}{(limits.Length > 0 ? "limits:\n" + limits : string.Empty)}rule-sets:
            {sets}
            """;
    }

    private static string List(string prefix, int count) => string.Join(", ", Enumerable.Range(0, count).Select(i => prefix + i.ToString(CultureInfo.InvariantCulture)));

    private static Gen<string> RuleSet(int tiers, int failures, int causes)
        => from policy in Gen.OneOfConst(Policies)
           from rules in Rule(tiers, failures, causes).Array[1, 5]
           select $"  - name: {{SET}}\n    hit-policy: {policy}\n    rules:\n"
                  + string.Concat(rules.Select((r, i) => r.Replace("{NAME}", "{SET}-r" + i.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)));

    private static Gen<string> Rule(int tiers, int failures, int causes)
        => from when in Gen.Frequency((4, Condition(tiers, failures, causes, 2).Select(c => $"        when: '{c.Replace("'", "''", StringComparison.Ordinal)}'\n")), (1, Gen.Const(string.Empty)))
           from priority in Gen.Int[0, 9]
           from grants in Grant().Array[0, 2]
           from set in Gen.Frequency((1, Number(1).Select(n => $"        set: {{ {{D}}: \"{n}\" }}\n")), (3, Gen.Const(string.Empty)))
           select $"      - name: {{NAME}}\n{when}        priority: {priority}\n"
                  + (grants.Length > 0 ? "        grant:\n" + string.Concat(grants.Select(g => "          - " + g + "\n")) : set.Length == 0 ? "        grant: [ manager-call: { within: 24h } ]\n" : string.Empty)
                  + set;

    private static Gen<string> Grant()
        => from kind in Gen.Int[0, 10]
           from amount in Number(2)
           from percent in Gen.OneOf(Gen.Int[0, 100].Select(p => p.ToString(CultureInfo.InvariantCulture)), Number(1))
           from bounds in Gen.OneOfConst("", ", min: 1", ", max: 20", ", min: 2, max: 50", ", threshold: 5", ", max: 40, threshold: 3")
           from extra in Gen.OneOfConst("", ", approval: r0", ", group: g", ", stack: true")
           select kind switch
           {
               0 => $"discount: {{ percent: \"{percent}\", on: next-purchase{bounds}{extra} }}",
               1 => $"discount: {{ amount: \"{amount}\", on: this-order, valid-days: 30{bounds}{extra} }}",
               2 => $"refund: {{ percent: \"{percent}\"{bounds}{extra} }}",
               3 => $"refund: {{ amount: \"{amount}\"{extra} }}",
               4 => $"refund: {{ total: true{extra} }}",
               5 => $"gift: {{ description: taza, cost: \"{amount}\"{extra} }}",
               6 => $"store-credit: {{ amount: \"{amount}\", valid-days: 90{bounds}{extra} }}",
               7 => $"warranty-extension: {{ months: 12, cost: \"{amount}\"{extra} }}",
               8 => $"compensation: {{ amount: \"{amount}\", description: indemnización{bounds}{extra} }}",
               9 => $"store-credit: {{ percent: \"{percent}\", valid-days: 30{bounds}{extra} }}",
               _ => $"free-service: {{ description: montaje, value: \"{amount}\"{extra} }}",
           };

    private static Gen<string> Condition(int tiers, int failures, int causes, int depth)
    {
        var atom = Gen.OneOf(
            Gen.Int[0, failures].Select(f => $"failure == \"f{f}\""), // f{failures} is undeclared: CMP007 sometimes
            Gen.Int[0, tiers - 1].Select(t => $"tier >= \"t{t}\""),
            Gen.Int[0, causes - 1].Select(c => $"cause != \"c{c}\""),
            Gen.Int[0, 30].Select(d => $"delay.days > {d}"),
            Gen.Int[0, 2000].Select(v => $"order.value >= {v}"),
            Gen.Int[0, 5].Select(p => $"customer.prior_incidents >= {p}"),
            Gen.Int[0, 50].Select(p => $"n < {p}"),
            Gen.OneOfConst("b", "not b", "canal == \"tienda\"", "true", "x > 0.5", "{P} > 1", "tier in (\"t0\", \"t1\")"),
            Gen.OneOfConst(
                "delay.minutes >= 1h30m",
                "delay.minutes < 2d 6h",
                "delivered > promised",
                "occurred < date(\"2027-01-01\")",
                "weekday(delivered) in (6, 7)",
                "hour_of_day(promised) >= 9",
                "add_working_days(promised, 2) < delivered",
                "working_days_between(promised, delivered) > 3",
                "7 / 2 > 3"),
            Number(1).Select(n => $"{n} > 3"));
        if (depth == 0)
        {
            return atom;
        }

        var inner = Condition(tiers, failures, causes, depth - 1);
        return Gen.Frequency(
            (3, atom),
            (2, Gen.Select(inner, inner, (a, b) => $"{a} and {b}")),
            (1, Gen.Select(inner, inner, (a, b) => $"({a} or {b})")),
            (1, inner.Select(a => $"not ({a})")));
    }

    private static Gen<string> Number(int depth)
    {
        var atom = Gen.OneOf(
            Gen.Int[0, 200].Select(i => i.ToString(CultureInfo.InvariantCulture)),
            Gen.Int[0, 9999].Select(i => (i / 100m).ToString(CultureInfo.InvariantCulture)),
            Gen.OneOfConst("order.value", "delay.days", "delay.hours", "customer.tenure_months", "customer.prior_incidents", "customer.recent_compensation", "n", "x", "{P}"),
            Gen.OneOfConst(
                "delay.minutes",
                "45m",
                "1h30m",
                "days_between(promised, delivered)",
                "hours_between(promised, delivered)",
                "minutes_between(promised, delivered)",
                "weekday(promised)",
                "hour_of_day(delivered)",
                "working_days_between(promised, delivered)",
                "working_hours_between(promised, delivered)"));
        if (depth == 0)
        {
            return atom;
        }

        var inner = Number(depth - 1);
        return Gen.Frequency(
            (4, atom),
            (2, Gen.Select(inner, inner, Gen.OneOfConst("+", "*", "-", "/", "%"), (a, b, op) => $"{a} {op} {b}")),
            (2, Gen.Select(inner, inner, Gen.OneOfConst("min", "max"), (a, b, f) => $"{f}({a}, {b})")),
            (1, inner.Select(a => $"round({a}, 2)")),
            (1, Gen.Select(inner, Gen.OneOfConst("floor", "ceil"), Gen.OneOfConst("", ", 1"), (a, f, digits) => $"{f}({a}{digits})")),
            (1, inner.Select(a => $"abs({a})")),
            (1, Gen.Select(inner, inner, (a, b) => $"iif(b, {a}, {b})")));
    }
}
