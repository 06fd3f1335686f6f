using BenchmarkDotNet.Attributes;
using Compensation.Benchmarks.Policy;

namespace Compensation.Benchmarks;

/// <summary>
/// The NRules mapping as the manual grows: compiling the manual into an NRules session factory (with FastExpressionCompiler)
/// against loading it for <c>Decide</c>, and one decision each way (NRules does not index the failure and tier tests).
/// </summary>
[MemoryDiagnoser]
public class NRulesBenchmarks
{
    private (Incident Incident, Customer Customer)[] _cases = [];
    private GeneratedPolicy _policy = null!;
    private IReadOnlyList<ManualSource> _sources = [];
    private CompensationManual _manual = null!;
    private NRulesManual _nrules = null!;
    private int _next;

    [Params(100, 1000)]
    public int Rules { get; set; } = 100;

    [GlobalSetup]
    public void Setup()
    {
        _policy = new GeneratedPolicy(Rules);
        _sources = _policy.ToSources();
        _manual = CompensationManual.Parse(_sources);
        _nrules = NRulesManual.Create(_manual);
        _cases = IncidentSample.For(_policy);
    }

    [Benchmark(Baseline = true, Description = "load manual (Decide)")]
    public int Load() => CompensationManual.Parse(_sources).Rules.Count;

    [Benchmark(Description = "NRules compile (manual loaded)")]
    public int NRulesCompile() => NRulesManual.Create(_manual).RuleSets.Count;

    [Benchmark(Description = "Decide")]
    public decimal Decide()
    {
        var (incident, customer) = _cases[_next++ & (IncidentSample.Size - 1)];
        return _manual.Decide(incident, customer).TotalCost;
    }

    [Benchmark(Description = "NRules, reused session")]
    public decimal NRulesDecide()
    {
        var (incident, customer) = _cases[_next++ & (IncidentSample.Size - 1)];
        return _nrules.Decide(incident, customer).TotalCost;
    }
}
