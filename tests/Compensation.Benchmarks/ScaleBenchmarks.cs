using BenchmarkDotNet.Attributes;
using Compensation.Benchmarks.Policy;
using Compensation.TestSupport;

namespace Compensation.Benchmarks;

/// <summary>One decision as the manual grows (the index keeps it flat), and on the sample manual.</summary>
[MemoryDiagnoser]
public class ScaleBenchmarks
{
    private (Incident Incident, Customer Customer)[] _cases = [];
    private CompensationManual _manual = null!;
    private int _next;

    [Params("sample", "100", "1000", "10000")]
    public string Manual { get; set; } = "100";

    [GlobalSetup]
    public void Setup()
    {
        if (Manual == "sample")
        {
            _manual = CompensationManual.Load(RepoPaths.SampleManual);
            _cases = IncidentSample.ForSampleManual();
            return;
        }

        var policy = new GeneratedPolicy(int.Parse(Manual, System.Globalization.CultureInfo.InvariantCulture));
        _manual = policy.Load();
        _cases = IncidentSample.For(policy);
        PeerAgreement.Check(_manual, new HandWrittenPolicy(policy), null, _cases, []);
    }

    [Benchmark(Baseline = true)]
    public decimal Decide()
    {
        var (incident, customer) = _cases[_next++ & (IncidentSample.Size - 1)];
        return _manual.Decide(incident, customer).TotalCost;
    }

    [Benchmark]
    public decimal Explain()
    {
        var (incident, customer) = _cases[_next++ & (IncidentSample.Size - 1)];
        return _manual.Explain(incident, customer).TotalCost;
    }
}
