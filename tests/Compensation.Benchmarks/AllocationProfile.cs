using System.Diagnostics.Tracing;
using Compensation.Benchmarks.Policy;
using Compensation.TestSupport;

namespace Compensation.Benchmarks;

/// <summary>Which types a decision allocates, sampled by the runtime's allocation ticks: <c>--alloc-profile</c>.</summary>
internal sealed class AllocationProfile : EventListener
{
    private readonly Dictionary<string, int> _types = new(StringComparer.Ordinal);

    public static void Run()
    {
        var manual = CompensationManual.Load(RepoPaths.SampleManual);
        var cases = IncidentSample.ForSampleManual();
        using var listener = new AllocationProfile();
        for (var i = 0; i < 400_000; i++)
        {
            var (incident, customer) = cases[i % cases.Length];
            manual.Decide(incident, customer);
        }

        lock (listener._types)
        {
            foreach (var (type, count) in listener._types.OrderByDescending(p => p.Value).Take(15))
            {
                Console.WriteLine($"{count,6} {type}");
            }
        }
    }

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(eventSource, EventLevel.Verbose, (EventKeywords)0x1);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (eventData.EventName?.StartsWith("GCAllocationTick", StringComparison.Ordinal) == true && eventData.PayloadNames is { } names)
        {
            var type = eventData.Payload![names.IndexOf("TypeName")]?.ToString() ?? "?";
            lock (_types)
            {
                _types[type] = _types.GetValueOrDefault(type) + 1;
            }
        }
    }
}
