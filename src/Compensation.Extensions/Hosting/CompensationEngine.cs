using System.Diagnostics;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Compensation.Hosting;

/// <summary>
/// The engine behind <see cref="ICompensationEngine"/>: decisions read one immutable state (the manual set and its
/// status) and take no lock; an edit is loaded on a background task and swapped in with one atomic write. The pauses
/// before reading an edit are measured on the host's <see cref="TimeProvider"/>, like every other time.
/// </summary>
internal sealed class CompensationEngine : ICompensationEngine, IDisposable
{
    private readonly string _path;
    private readonly CompensationOptions _options;
    private readonly TimeProvider _clock;
    private readonly ILogger _logger;
    private readonly CompensationTelemetry _telemetry;
    private readonly ManualWatcher? _watcher;
    private readonly IDecisionBackend? _backend;
    private readonly CancellationTokenSource _stopping = new();
    private State _state;
    private int _pending;
    private int _running;
    private int _disposed;

    public CompensationEngine(IOptions<CompensationOptions> options, TimeProvider clock, ILoggerFactory loggers, IMeterFactory? meters, InitialManuals initial, IDecisionBackend? backend = null)
    {
        _backend = backend;
        _options = options.Value; // validates the options, which loads the manual once (see CompensationOptionsValidator)
        _path = Path.GetFullPath(_options.ManualPath);
        _clock = clock;
        _logger = loggers.CreateLogger("Compensation");
        _telemetry = new CompensationTelemetry(meters);
        var set = initial.Take(_path) ?? ManualSet.Load(_path);
        _state = new State(set, new ManualStatus(Stamps(set), clock.GetUtcNow(), false, [], null, 0), backend?.Prepare(set));
        Log.Loaded(_logger, _path, Describe(set));
        if (_options.WatchForChanges)
        {
            _watcher = new ManualWatcher(_path, _options.UsePollingFileWatcher, OnChanged);
        }
    }

    public ManualSet Manuals => Volatile.Read(ref _state).Set;

    public ManualStatus Status => Volatile.Read(ref _state).Status;

    /// <summary>The running reload, for tests that wait for one to finish.</summary>
    internal Task Reloading { get; private set; } = Task.CompletedTask;

    public Decision Decide(Incident incident, Customer customer) => Run(incident, customer, explain: false);

    public Decision Explain(Incident incident, Customer customer) => Run(incident, customer, explain: true);

    public void Dispose()
    {
        // The container may dispose the engine twice (registered as itself and as the interface).
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        _stopping.Cancel();
        _watcher?.Dispose();
        _telemetry.Dispose();
    }

    private Decision Run(Incident incident, Customer customer, bool explain)
    {
        ArgumentNullException.ThrowIfNull(incident);
        ArgumentNullException.ThrowIfNull(customer);
        using var activity = CompensationTelemetry.Source.StartActivity("compensation.decide");
        activity?.SetTag("compensation.incident.id", incident.Id);
        activity?.SetTag("compensation.failure", incident.Failure);
        try
        {
            var state = Volatile.Read(ref _state);
            var manual = state.Set.For(incident, _clock.GetUtcNow());
            var decision = state.Prepared is { } prepared ? _backend!.Decide(prepared, manual, incident, customer, explain, _clock)
                : explain ? manual.Explain(incident, customer, _clock) : manual.Decide(incident, customer, _clock);
            Record(incident, decision, activity);
            return decision;
        }
        catch (CompensationException ex)
        {
            activity?.SetStatus(ActivityStatusCode.Error, ex.Message);
            throw;
        }
    }

    private void Record(Incident incident, Decision decision, Activity? activity)
    {
        var stamp = decision.Manual;
        activity?.SetTag("compensation.manual.version", stamp.Version);
        activity?.SetTag("compensation.manual.hash", stamp.ContentHash);
        activity?.SetTag("compensation.total", decision.TotalCost);
        activity?.SetTag("compensation.approval", decision.Approval.Role);
        _telemetry.Decisions.Add(1, new TagList
        {
            { "compensation.failure", incident.Failure },
            { "compensation.approval", decision.Approval.Role },
            { "compensation.manual.version", stamp.Version },
        });
        _telemetry.RemedyCost.Record((double)decision.TotalCost, new KeyValuePair<string, object?>("compensation.currency", decision.Currency));
        _telemetry.Approvals.Add(1, new KeyValuePair<string, object?>("compensation.approval", decision.Approval.Role));
        if (_logger.IsEnabled(LogLevel.Debug))
        {
            Log.Decided(_logger, incident.Id, incident.Failure, stamp.Version, stamp.ContentHash[..12], decision.Remedies.Count, decision.TotalCost, decision.Currency, decision.Approval.Role);
        }
    }

    /// <summary>Called by the file watcher (on its thread): starts the reload loop unless one is running, which will see the new change.</summary>
    private void OnChanged()
    {
        Volatile.Write(ref _pending, 1);
        if (Interlocked.CompareExchange(ref _running, 1, 0) == 0)
        {
            Reloading = Task.Run(ReloadLoopAsync);
        }
    }

    private async Task ReloadLoopAsync()
    {
        while (true)
        {
            try
            {
                while (Interlocked.Exchange(ref _pending, 0) == 1)
                {
                    await Task.Delay(_options.ReloadDelay, _clock, _stopping.Token).ConfigureAwait(false);
                    Interlocked.Exchange(ref _pending, 0); // changes during the pause are in what is read next
                    await ReloadAsync().ConfigureAwait(false);
                }
            }
            catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                Log.ReloadFailed(_logger, ex);
            }

            Volatile.Write(ref _running, 0);

            // A change that arrived after the last check and before _running was cleared would be lost otherwise.
            if (Volatile.Read(ref _pending) == 0 || Interlocked.CompareExchange(ref _running, 1, 0) != 0)
            {
                return;
            }
        }
    }

    private async Task ReloadAsync()
    {
        var attempts = Math.Max(1, _options.ReloadAttempts);
        IReadOnlyList<Diagnostic> diagnostics = [];
        for (var attempt = 1; attempt <= attempts; attempt++)
        {
            ManualSet? set;
            (set, diagnostics) = ManualSetLoader.TryLoad(_path, ManualLoadOptions.Default);
            if (set is not null)
            {
                Accept(set);
                return;
            }

            if (attempt < attempts)
            {
                // An editor may still be writing: read again after a pause that doubles each time.
                Log.Retrying(_logger, attempt, attempts);
                await Task.Delay(_options.ReloadDelay * (1 << (attempt - 1)), _clock, _stopping.Token).ConfigureAwait(false);
            }
        }

        Reject(diagnostics);
    }

    private void Accept(ManualSet set)
    {
        var current = Volatile.Read(ref _state);
        if (set.Versions.Select(v => v.Stamp).SequenceEqual(current.Set.Versions.Select(v => v.Stamp)))
        {
            // Same content (a touch, or an edit undone): keep the live objects, but the latest edit is no longer rejected.
            Volatile.Write(ref _state, current with { Status = current.Status with { LatestEditRejected = false, Rejected = [], RejectedAt = null } });
            return;
        }

        // A backend prepares the new set here, still on the reload's task; if it throws, the last good set keeps serving.
        var prepared = _backend?.Prepare(set);
        var status = new ManualStatus(Stamps(set), _clock.GetUtcNow(), false, [], null, current.Status.Reloads + 1);
        Volatile.Write(ref _state, new State(set, status, prepared));
        _telemetry.Reloads.Add(1, new KeyValuePair<string, object?>("compensation.outcome", "loaded"));
        Log.Reloaded(_logger, _path, Describe(set));
    }

    private void Reject(IReadOnlyList<Diagnostic> diagnostics)
    {
        var current = Volatile.Read(ref _state);
        var status = current.Status with { LatestEditRejected = true, Rejected = diagnostics, RejectedAt = _clock.GetUtcNow() };
        Volatile.Write(ref _state, current with { Status = status });
        _telemetry.Reloads.Add(1, new KeyValuePair<string, object?>("compensation.outcome", "rejected"));
        var errors = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
        Log.Rejected(_logger, errors, Describe(current.Set), Environment.NewLine, string.Join(Environment.NewLine, diagnostics));
    }

    private static List<ManualStamp> Stamps(ManualSet set) => [.. set.Versions.Select(v => v.Stamp)];

    private static string Describe(ManualSet set)
        => string.Join(", ", set.Versions.Select(v => $"{v.Stamp.Name} {v.Stamp.Version} (effective {v.Stamp.Effective:yyyy-MM-dd}, {v.Stamp.ContentHash[..12]})"));

    /// <summary>The set serving decisions, its status, and what the backend (if any) prepared for it.</summary>
    private sealed record State(ManualSet Set, ManualStatus Status, object? Prepared);
}
