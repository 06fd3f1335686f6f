using System.Globalization;
using System.Text;

namespace Compensation.Benchmarks.Policy;

/// <summary>What a generated rule grants.</summary>
internal enum GrantKind
{
    /// <summary>A percentage discount on the next purchase (percent formula, max 150).</summary>
    Discount,

    /// <summary>Store credit (amount formula), exclusive with other store credit.</summary>
    StoreCredit,
}

/// <summary>
/// One main rule of a generated manual. Delay failures band on delay.days, service failures on order.value;
/// cause rules add a store credit for one cause in a band of their own (the bands of one cause do not overlap,
/// as in a well-written manual: at most one discount and one store credit per bucket fire).
/// </summary>
internal sealed record BandRule(string Name, int Failure, int Tier, string? Cause, int Lo, int Hi, GrantKind Kind, int A, int B);

/// <summary>
/// A synthetic manual of N rules for a big retailer whose failure kinds are per product line (N / 24 kinds: 4 for 100
/// rules, 416 for 10,000) × 4 tiers, each (failure, tier) bucket
/// holding a bounded number of band and cause rules, plus a derived fact (gravedad), an escalation rule set and caps.
/// Deterministic: the same N always gives the same manual.
/// </summary>
internal sealed class GeneratedPolicy
{
    public static readonly string[] Tiers = ["estandar", "plata", "oro", "platino"];
    public static readonly string[] Causes = ["interna", "proveedor", "transportista", "fuerza-mayor"];

    /// <summary>Rules outside the main rule set: 3 gravedad rules + 2 escalation rules.</summary>
    public const int FixedRules = 5;

    public GeneratedPolicy(int rules)
    {
        RuleCount = rules;
        FailureCount = Math.Clamp(rules / 24, 4, 500); // ~6 rules per (failure, tier) bucket at every size
        Failures = [.. Enumerable.Range(0, FailureCount).Select(FailureName)];
        var main = rules - FixedRules;
        var buckets = FailureCount * Tiers.Length;
        var list = new List<BandRule>(main);
        for (var b = 0; b < buckets; b++)
        {
            var (f, t) = (b / Tiers.Length, b % Tiers.Length);
            var k = (main / buckets) + (b < main % buckets ? 1 : 0);
            var bands = (k + 1) / 2;
            for (var j = 0; j < k; j++)
            {
                list.Add(j < bands ? Band(f, t, j, bands) : CauseRule(f, t, j - bands, k - bands));
            }
        }

        Main = list;
    }

    public int RuleCount { get; }

    public int FailureCount { get; }

    public string[] Failures { get; }

    public IReadOnlyList<BandRule> Main { get; }

    public static bool IsDelay(int failure) => failure % 2 == 0;

    public static string FailureName(int f) => (IsDelay(f) ? "retraso-" : "fallo-") + f.ToString("D3", CultureInfo.InvariantCulture);

    /// <summary>Band j of n: delay days [lo, hi) over 1..30 (last open), or order value [lo, hi) over 0..500 (last open).</summary>
    public static (int Lo, int Hi) BandBounds(int failure, int j, int n)
    {
        var (start, span) = IsDelay(failure) ? (1, 30) : (0, 500);
        var width = Math.Max(1, span / n);
        return (start + (j * width), j == n - 1 ? int.MaxValue : start + ((j + 1) * width));
    }

    public static BandRule Band(int f, int t, int j, int n)
    {
        var (lo, hi) = BandBounds(f, j, n);
        return new BandRule($"r-{f:D3}-{t}-b{j:D2}", f, t, null, lo, hi, GrantKind.Discount, 2 + ((f + t + j) % 7), 1 + (t % 3));
    }

    /// <summary>Cause rule j of n in a bucket: cause (f + j) mod 4, band j / 4 of that cause (3 days or 40 € wide, the last one open).</summary>
    public static BandRule CauseRule(int f, int t, int j, int n)
    {
        var (lo, hi) = CauseBand(f, j, n);
        return new BandRule($"r-{f:D3}-{t}-c{j:D2}", f, t, Causes[(f + j) % Causes.Length], lo, hi, GrantKind.StoreCredit, 3 + ((f + j) % 5), 2 + (t % 4));
    }

    public static (int Lo, int Hi) CauseBand(int f, int j, int n)
    {
        var (slot, last) = (j / 4, (n - 1 - (j % 4)) / 4);
        var (start, width) = IsDelay(f) ? (1, 3) : (0, 40);
        return (start + (slot * width), slot == last ? int.MaxValue : start + ((slot + 1) * width));
    }

    /// <summary>The raw quantity a main rule grants: a percent (discount) or an amount (store credit), before bounds.</summary>
    public static decimal Quantity(BandRule rule, int days) => (rule.Kind, IsDelay(rule.Failure)) switch
    {
        (GrantKind.Discount, true) => Math.Min(rule.A + (rule.B * days), 50),
        (GrantKind.Discount, false) => rule.A + rule.B,
        (_, true) => Math.Min(rule.A * days, 80),
        _ => rule.A * rule.B,
    };

    public static string ConditionText(BandRule rule)
    {
        var on = IsDelay(rule.Failure) ? "delay.days" : "order.value";
        var text = $"failure == \"{FailureName(rule.Failure)}\" and tier == \"{Tiers[rule.Tier]}\"";
        text += rule.Cause is null ? string.Empty : $" and cause == \"{rule.Cause}\"";
        text += $" and {on} >= {rule.Lo}";
        return rule.Hi == int.MaxValue ? text : text + $" and {on} < {rule.Hi}";
    }

    public static string QuantityText(BandRule rule) => (rule.Kind, IsDelay(rule.Failure)) switch
    {
        (GrantKind.Discount, true) => $"min({rule.A} + {rule.B} * delay.days, 50)",
        (GrantKind.Discount, false) => $"{rule.A} + {rule.B}",
        (_, true) => $"min({rule.A} * delay.days, 80)",
        _ => $"{rule.A} * {rule.B}",
    };

    /// <summary>
    /// The manual as YAML rule files: the header, the gravedad rule set, one collect rule set per 10 failure kinds
    /// (each file stays well under the 1 MB file limit), and the escalation rule set.
    /// </summary>
    public IReadOnlyList<ManualSource> ToSources()
    {
        var s = new StringBuilder();
        s.AppendLine(CultureInfo.InvariantCulture, $"manual: Manual generado de {RuleCount} reglas");
        s.AppendLine("version: \"1.0\"\neffective: 2026-11-01\ncurrency: EUR\nlocale: es-ES\ncatalog:");
        s.AppendLine(CultureInfo.InvariantCulture, $"  tiers: [{string.Join(", ", Tiers)}]");
        s.AppendLine(CultureInfo.InvariantCulture, $"  failures: [{string.Join(", ", Failures)}]");
        s.AppendLine(CultureInfo.InvariantCulture, $"  delay-failures: [{string.Join(", ", Failures.Where((_, i) => IsDelay(i)))}]");
        s.AppendLine(CultureInfo.InvariantCulture, $"  causes: [{string.Join(", ", Causes)}]");
        s.AppendLine("empowerment:\n  - { role: agente, up-to: 30 }\n  - { role: supervisor, up-to: 150 }\n  - { role: gerente }");
        s.AppendLine("limits:\n  total: \"order.value\"\n  store-credit: \"0.5 * order.value\"");
        var sources = new List<ManualSource> { new("00-manual.yaml", s.ToString()) };

        s.Clear().AppendLine("rule-sets:\n  - name: gravedad\n    hit-policy: first\n    rules:");
        s.AppendLine("      - { name: gravedad-3, when: \"delay.days >= 10\", set: { gravedad: 3 } }");
        s.AppendLine("      - { name: gravedad-2, when: \"delay.days >= 5 or order.value >= 300\", set: { gravedad: 2 } }");
        s.AppendLine("      - { name: gravedad-1, when: \"delay.days >= 1 or order.value >= 100\", set: { gravedad: 1 } }");
        sources.Add(new("10-gravedad.yaml", s.ToString()));

        foreach (var chunk in Main.GroupBy(r => r.Failure / 10))
        {
            s.Clear().AppendLine(CultureInfo.InvariantCulture, $"rule-sets:\n  - name: resarcimiento-{chunk.Key:D2}\n    hit-policy: collect\n    rules:");
            foreach (var rule in chunk)
            {
                s.AppendLine(CultureInfo.InvariantCulture, $"      - name: {rule.Name}");
                s.AppendLine(CultureInfo.InvariantCulture, $"        when: '{ConditionText(rule)}'");
                s.AppendLine(rule.Kind == GrantKind.Discount
                    ? $"        grant: [ discount: {{ percent: \"{QuantityText(rule)}\", on: next-purchase, valid-days: 90, max: 150 }} ]"
                    : $"        grant: [ store-credit: {{ amount: \"{QuantityText(rule)}\", valid-days: 365 }} ]");
            }

            sources.Add(new($"20-resarcimiento-{chunk.Key:D2}.yaml", s.ToString()));
        }

        s.Clear().AppendLine("rule-sets:\n  - name: escalado\n    hit-policy: collect\n    rules:");
        s.AppendLine("      - name: obsequio-grave\n        when: 'gravedad >= 3 and tier >= \"oro\"'\n        grant: [ gift: { description: \"Cesta de disculpa\", cost: 10 } ]");
        s.AppendLine("      - name: saldo-reincidencia\n        when: gravedad >= 2 and customer.prior_incidents >= 2");
        s.AppendLine("        grant: [ store-credit: { amount: \"min(10 * customer.prior_incidents, 50)\", valid-days: 365, group: reincidencia } ]");
        sources.Add(new("90-escalado.yaml", s.ToString()));
        return sources;
    }

    public CompensationManual Load() => CompensationManual.Parse(ToSources());
}
