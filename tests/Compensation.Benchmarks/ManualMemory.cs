using System.Globalization;
using System.Text;
using Compensation.Benchmarks.Policy;

namespace Compensation.Benchmarks;

/// <summary>Memory a compiled manual keeps alive (heap growth after a full GC while holding it), written as a markdown table.</summary>
internal static class ManualMemory
{
    public static string Table()
    {
        var table = new StringBuilder("| Manual | Rules | Retained memory |\n|---|---:|---:|\n");
        foreach (var rules in new[] { 100, 1000, 10000 })
        {
            var policy = new GeneratedPolicy(rules);
            var source = new ManualSource($"generated-{rules}.yaml", policy.ToYaml());
            CompensationManual.Parse([source]); // warm the parser and compiler caches
            var before = GC.GetTotalMemory(forceFullCollection: true);
            var manual = CompensationManual.Parse([source]);
            var after = GC.GetTotalMemory(forceFullCollection: true);
            GC.KeepAlive(manual);
            table.Append(CultureInfo.InvariantCulture, $"| generated | {rules:N0} | {(after - before) / 1024.0 / 1024.0:F1} MB |\n");
        }

        return table.ToString();
    }
}
