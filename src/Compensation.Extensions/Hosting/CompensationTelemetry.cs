using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Compensation.Hosting;

/// <summary>The engine's activity source and meter, both named "Compensation".</summary>
internal sealed class CompensationTelemetry : IDisposable
{
    public const string Name = "Compensation";

    public static readonly ActivitySource Source = new(Name);

    private readonly Meter _meter;

    public CompensationTelemetry(IMeterFactory? factory)
    {
        _meter = factory?.Create(Name) ?? new Meter(Name);
        Decisions = _meter.CreateCounter<long>("compensation.decisions", "{decision}", "Decisions made, by failure kind, approval level and manual version.");
        RemedyCost = _meter.CreateHistogram<double>("compensation.remedy.cost", "{currency}", "The total cost of each decision's remedies, in the manual's currency.");
        Approvals = _meter.CreateCounter<long>("compensation.approvals", "{decision}", "Decisions by the approval level they need.");
        Reloads = _meter.CreateCounter<long>("compensation.manual.reloads", "{reload}", "Manual edits loaded or rejected.");
    }

    public Counter<long> Decisions { get; }

    public Histogram<double> RemedyCost { get; }

    public Counter<long> Approvals { get; }

    public Counter<long> Reloads { get; }

    public void Dispose() => _meter.Dispose();
}
