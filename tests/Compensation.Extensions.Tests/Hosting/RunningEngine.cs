using Compensation.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;


namespace Compensation.Extensions.Tests.Hosting;

/// <summary>
/// A real engine from <c>AddCompensation</c> watching a temporary copy of the sample manual, with debug logs
/// captured and a health check registered; the folder is deleted on dispose.
/// </summary>
internal sealed class RunningEngine : IDisposable
{
    /// <summary>How long a test waits for the engine before it fails (a safety net, not a timing assertion).</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private readonly TempManual _folder = new();

    public RunningEngine(TimeSpan reloadDelay, int reloadAttempts)
    {
        Path = _folder.CopySample();
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(new FakeTimeProvider(new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.Zero)));
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Debug).AddProvider(Logs));
        services.AddHealthChecks().AddCompensationHealthCheck();
        services.AddCompensation(o =>
        {
            o.ManualPath = Path;
            o.ReloadDelay = reloadDelay;
            o.ReloadAttempts = reloadAttempts;
        });
        Provider = services.BuildServiceProvider();
        Engine = Provider.GetRequiredService<ICompensationEngine>();
    }

    /// <summary>The folder holding the manual's files.</summary>
    public string Path { get; }

    public CapturingLoggerProvider Logs { get; } = new();

    public ServiceProvider Provider { get; }

    public ICompensationEngine Engine { get; }

    public static void WaitFor(Func<bool> condition)
    {
        var deadline = Environment.TickCount64 + (long)Patience.TotalMilliseconds;
        while (!condition())
        {
            Assert.True(Environment.TickCount64 < deadline, $"the engine did not get there within {Patience.TotalSeconds} s");
            Thread.Sleep(20);
        }
    }

    public void Dispose()
    {
        Provider.Dispose();
        _folder.Dispose();
    }
}
