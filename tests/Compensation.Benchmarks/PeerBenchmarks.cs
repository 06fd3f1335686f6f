using BenchmarkDotNet.Attributes;
using Compensation.Benchmarks.Policy;

namespace Compensation.Benchmarks;

/// <summary>
/// One decision on the generated 100-rule manual: Compensation (with and without the trace) against the same
/// policy in Microsoft RulesEngine, NRules (the manual mapped by Compensation.NRules: a new session per decision, and pooled
/// sessions reused) and hand-written C#. GlobalSetup checks that they agree on every sample incident.
/// </summary>
[MemoryDiagnoser]
public class PeerBenchmarks
{
    private (Incident Incident, Customer Customer)[] _cases = [];
    private RuleInput[] _inputs = [];
    private CompensationManual _manual = null!;
    private HandWrittenPolicy _handWritten = null!;
    private RulesEnginePolicy _rulesEngine = null!;
    private NRulesManual _nrulesPerDecision = null!;
    private NRulesManual _nrulesReused = null!;
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        var policy = new GeneratedPolicy(100);
        _manual = policy.Load();
        _handWritten = new HandWrittenPolicy(policy);
        _rulesEngine = new RulesEnginePolicy(policy);
        _cases = IncidentSample.For(policy);
        _inputs = [.. _cases.Select(c => RulesEnginePolicy.Input(c.Incident, c.Customer))];
        PeerAgreement.Check(_manual, _handWritten, _rulesEngine, _cases, _inputs);
        _nrulesPerDecision = NRulesManual.Create(_manual, new NRulesManualOptions { ReuseSessions = false });
        _nrulesReused = NRulesManual.Create(_manual, new NRulesManualOptions { ReuseSessions = true });
        foreach (var (incident, customer) in _cases)
        {
            var expected = _manual.Decide(incident, customer).TotalCost;
            if (_nrulesPerDecision.Decide(incident, customer).TotalCost != expected || _nrulesReused.Decide(incident, customer).TotalCost != expected)
            {
                throw new InvalidOperationException($"NRules disagrees with Decide on {incident.Id}");
            }
        }
    }

    [Benchmark(Baseline = true, Description = "hand-written C#")]
    public decimal HandWritten()
    {
        var (incident, customer) = _cases[_next++ & (IncidentSample.Size - 1)];
        return _handWritten.Decide(incident, customer);
    }

    [Benchmark(Description = "Compensation Decide")]
    public decimal Decide()
    {
        var (incident, customer) = _cases[_next++ & (IncidentSample.Size - 1)];
        return _manual.Decide(incident, customer).TotalCost;
    }

    [Benchmark(Description = "Compensation Explain (trace)")]
    public decimal Explain()
    {
        var (incident, customer) = _cases[_next++ & (IncidentSample.Size - 1)];
        return _manual.Explain(incident, customer).TotalCost;
    }

    [Benchmark(Description = "NRules, new session per decision")]
    public decimal NRulesPerDecision()
    {
        var (incident, customer) = _cases[_next++ & (IncidentSample.Size - 1)];
        return _nrulesPerDecision.Decide(incident, customer).TotalCost;
    }

    [Benchmark(Description = "NRules, reused session")]
    public decimal NRulesReused()
    {
        var (incident, customer) = _cases[_next++ & (IncidentSample.Size - 1)];
        return _nrulesReused.Decide(incident, customer).TotalCost;
    }

    [Benchmark(Description = "Microsoft RulesEngine")]
    public decimal RulesEngine() => _rulesEngine.Decide(_inputs[_next++ & (IncidentSample.Size - 1)]);
}
