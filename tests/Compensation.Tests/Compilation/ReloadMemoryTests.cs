using System.Diagnostics;
using System.Globalization;
using Compensation.TestSupport;
using Xunit.Abstractions;

namespace Compensation.Tests.Compilation;

/// <summary>Runs alone (no other test allocating at the same time), so that the process's memory measures the reloads only.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MemoryCollection
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Process memory";
}

/// <summary>
/// Loading a manual again and again — as a host does on every edit — retains nothing per load: the types the expression
/// parser needs for a manual's facts live in collectible assemblies, released with the manual.
/// </summary>
[Collection(MemoryCollection.Name)]
public sealed class ReloadMemoryTests(ITestOutputHelper output)
{
    private const int Loads = 1_000;
    private const int Settle = 100;

    [Fact]
    public void Parse_ThousandEditsWithANewFactEach_ProcessMemorySettles()
    {
        var header = Hostile.SampleSources[0];
        var rest = Hostile.SampleSources.Skip(1).ToArray();
        const string anchor = "  facts:\n";
        Assert.Contains(anchor, header.Text, StringComparison.Ordinal);

        long settledHeap = 0, settledSet = 0;
        for (var i = 1; i <= Loads; i++)
        {
            // Each edit declares one more fact with a new name: a new set of facts, so a new parameter type for the parser.
            var text = header.Text
                .Replace("version: \"2026.11\"", $"version: \"2026.11.{i}\"", StringComparison.Ordinal)
                .Replace(anchor, $"{anchor}    extra_{i}: {{ type: integer, default: 0 }}\n", StringComparison.Ordinal);
            var manual = CompensationManual.Parse([header with { Text = text }, .. rest]);
            Assert.Equal($"2026.11.{i}", manual.Stamp.Version);
            if (i == Settle)
            {
                (settledHeap, settledSet) = Measure();
            }
        }

        var (heap, set) = Measure();
        var grewSet = (set - settledSet) / 1024.0 / 1024.0;
        var grewHeap = (heap - settledHeap) / 1024.0 / 1024.0;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"after {Settle} loads: heap {settledHeap / 1048576.0:F1} MB, working set {settledSet / 1048576.0:F1} MB; after {Loads}: heap {heap / 1048576.0:F1} MB, working set {set / 1048576.0:F1} MB (+{grewSet:F1} MB)"));

        // A generous bound, not a measurement: 900 non-collectible parameter types with their parsing caches grow the
        // process by far more; what a load keeps while it is live is a few hundred kilobytes.
        Assert.True(grewHeap < 10, $"the managed heap grew {grewHeap:F1} MB over {Loads - Settle} loads");
        Assert.True(grewSet < 40, $"the process grew {grewSet:F1} MB over {Loads - Settle} loads");
    }

    private static (long Heap, long WorkingSet) Measure()
    {
        for (var i = 0; i < 3; i++)
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
        }

        using var process = Process.GetCurrentProcess();
        return (GC.GetTotalMemory(forceFullCollection: true), process.WorkingSet64);
    }
}
