using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Compensation.Benchmarks.Policy;

namespace Compensation.Benchmarks;

/// <summary>Cold load: read the YAML, validate, compile every expression and build the index (a new manual each time).</summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class LoadBenchmarks
{
    private IReadOnlyList<ManualSource> _sources = [];

    [Params(100, 1000, 10000)]
    public int Rules { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var policy = new GeneratedPolicy(Rules);
        _sources = policy.ToSources();
    }

    [Benchmark(Description = "Load + validate + compile")]
    public CompensationManual Load() => CompensationManual.Parse(_sources);
}
