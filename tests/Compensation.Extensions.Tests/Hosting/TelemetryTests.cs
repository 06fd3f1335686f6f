using System.Diagnostics;
using System.Diagnostics.Metrics;
using Compensation.TestSupport;
using Microsoft.Extensions.DependencyInjection;


namespace Compensation.Extensions.Tests.Hosting;

public sealed class TelemetryTests : IDisposable
{
    private readonly TempManual _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Decide_WithMetricsAndTracing_RecordsCountersCostAndAnActivity()
    {
        var path = _folder.CopySample();
        var services = new ServiceCollection().AddMetrics();
        services.AddCompensation(o =>
        {
            o.ManualPath = path;
            o.WatchForChanges = false;
        });
        using var provider = services.BuildServiceProvider();
        var factory = provider.GetRequiredService<IMeterFactory>();
        var measurements = new List<(string Instrument, double Value, Dictionary<string, object?> Tags)>();
        using var listener = new MeterListener();

        // Only this provider's meter (created by its IMeterFactory), not other tests' engines.
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Scope == factory && instrument.Meter.Name == "Compensation")
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((i, v, tags, _) => measurements.Add((i.Name, v, Tags(tags))));
        listener.SetMeasurementEventCallback<double>((i, v, tags, _) => measurements.Add((i.Name, v, Tags(tags))));
        listener.Start();
        var activities = new List<Activity>();
        var incident = Samples.Delay(new DateOnly(2026, 11, 10)) with { Id = "INC-TELEMETRY-" + Guid.NewGuid().ToString("N") };
        using var activityListener = new ActivityListener
        {
            ShouldListenTo = s => s.Name == "Compensation",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = a =>
            {
                if ((string?)a.GetTagItem("compensation.incident.id") == incident.Id)
                {
                    activities.Add(a);
                }
            },
        };
        ActivitySource.AddActivityListener(activityListener);

        var decision = provider.GetRequiredService<ICompensationEngine>().Decide(incident, Samples.Gold);

        var decisions = Assert.Single(measurements, m => m.Instrument == "compensation.decisions");
        Assert.Equal(1, decisions.Value);
        Assert.Equal("retraso", decisions.Tags["compensation.failure"]);
        Assert.Equal(decision.Approval.Role, decisions.Tags["compensation.approval"]);
        Assert.Equal("2026.11", decisions.Tags["compensation.manual.version"]);
        Assert.Equal((double)decision.TotalCost, Assert.Single(measurements, m => m.Instrument == "compensation.remedy.cost").Value);
        Assert.Equal(decision.Approval.Role, Assert.Single(measurements, m => m.Instrument == "compensation.approvals").Tags["compensation.approval"]);
        var activity = Assert.Single(activities);
        Assert.Equal("compensation.decide", activity.OperationName);
        Assert.Equal(decision.Manual.ContentHash, activity.GetTagItem("compensation.manual.hash"));
    }

    private static Dictionary<string, object?> Tags(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var result = new Dictionary<string, object?>();
        foreach (var (key, value) in tags)
        {
            result[key] = value;
        }

        return result;
    }
}
