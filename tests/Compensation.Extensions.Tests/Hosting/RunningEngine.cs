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
    public static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);

    private readonly TempManual _folder = new();
    private readonly TimeSpan _reloadDelay;

    public RunningEngine(TimeSpan reloadDelay, int reloadAttempts)
    {
        Path = _folder.CopySample();
        _reloadDelay = reloadDelay;
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(Clock);
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

    /// <summary>The engine's clock: its pauses before reading an edit pass only when a test advances it.</summary>
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.Zero));

    public ICompensationEngine Engine { get; }

    /// <summary>Advances the engine's clock by one reload pause at a time until <paramref name="condition"/> holds.</summary>
    public void WaitFor(Func<bool> condition) => WaitFor(Clock, _reloadDelay, condition);

    /// <summary>
    /// Polls <paramref name="condition"/>, advancing <paramref name="clock"/> by <paramref name="step"/> before each look
    /// (so a reload waiting on it proceeds) and sleeping a little longer each time; fails only after <see cref="Patience"/>,
    /// which catches a hang, not a slow machine.
    /// </summary>
    public static void WaitFor(FakeTimeProvider clock, TimeSpan step, Func<bool> condition)
    {
        var deadline = Environment.TickCount64 + (long)Patience.TotalMilliseconds;
        var pause = 1;
        while (!condition())
        {
            Assert.True(Environment.TickCount64 < deadline, $"the engine did not get there within {Patience.TotalSeconds} s");
            clock.Advance(step);
            Thread.Sleep(pause);
            pause = Math.Min(pause * 2, 50);
        }
    }

    public void Dispose()
    {
        Provider.Dispose();
        _folder.Dispose();
    }
}
