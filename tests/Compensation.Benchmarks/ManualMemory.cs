using System.Globalization;
using System.Text;
using Compensation.Benchmarks.Policy;

namespace Compensation.Benchmarks;

/// <summary>Memory a compiled manual keeps alive (heap growth after a full GC while holding it), written as a markdown table.</summary>
internal static class ManualMemory
{
    public static string Table()
    {
        var table = new StringBuilder("| Manual | Rules | First load in the process | Retained memory |\n|---|---:|---:|---:|\n");
        foreach (var rules in new[] { 100, 1000, 10000 })
        {
            var policy = new GeneratedPolicy(rules);
            var sources = policy.ToSources();
            var clock = System.Diagnostics.Stopwatch.StartNew();
            CompensationManual.Parse(sources); // also warms the parser and compiler caches
            var first = clock.Elapsed.TotalMilliseconds;
            var before = GC.GetTotalMemory(forceFullCollection: true);
            var manual = CompensationManual.Parse(sources);
            var after = GC.GetTotalMemory(forceFullCollection: true);
            GC.KeepAlive(manual);
            table.Append(CultureInfo.InvariantCulture, $"| generated | {rules:N0} | {first:F0} ms | {(after - before) / 1024.0 / 1024.0:F1} MB |\n");
        }

        return table.ToString();
    }
}
