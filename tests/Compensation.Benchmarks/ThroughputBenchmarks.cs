using BenchmarkDotNet.Attributes;
using Compensation.Benchmarks.Policy;

namespace Compensation.Benchmarks;

/// <summary>Decisions per second with every core deciding at once on one shared manual (no lock).</summary>
[MemoryDiagnoser]
public class ThroughputBenchmarks
{
    private const int Decisions = 20_000;
    private (Incident Incident, Customer Customer)[] _cases = [];
    private CompensationManual _manual = null!;

    [Params(100, 10000)]
    public int Rules { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var policy = new GeneratedPolicy(Rules);
        _manual = policy.Load();
        _cases = IncidentSample.For(policy);
    }

    [Benchmark(OperationsPerInvoke = Decisions, Description = "Decide, all cores")]
    public void Parallel() => System.Threading.Tasks.Parallel.For(0, Environment.ProcessorCount, worker =>
    {
        var share = Decisions / Environment.ProcessorCount;
        for (var i = 0; i < share; i++)
        {
            var (incident, customer) = _cases[(i + worker) & (IncidentSample.Size - 1)];
            _manual.Decide(incident, customer);
        }
    });

    [Benchmark(OperationsPerInvoke = Decisions, Baseline = true, Description = "Decide, one thread")]
    public void Sequential()
    {
        for (var i = 0; i < Decisions; i++)
        {
            var (incident, customer) = _cases[i & (IncidentSample.Size - 1)];
            _manual.Decide(incident, customer);
        }
    }
}
