using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Compensation.Hosting;

/// <summary>Healthy while the latest edit of the manual loaded; degraded when it was rejected (the previous version keeps serving).</summary>
internal sealed class CompensationHealthCheck(ICompensationEngine engine) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var status = engine.Status;
        var latest = status.Live[^1];
        var data = new Dictionary<string, object>(StringComparer.Ordinal)
        {
            ["manual"] = latest.Name,
            ["version"] = latest.Version,
            ["effective"] = latest.Effective.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["contentHash"] = latest.ContentHash,
            ["versions"] = string.Join(", ", status.Live.Select(s => s.Version)),
            ["loadedAt"] = status.LoadedAt,
            ["latestEditRejected"] = status.LatestEditRejected,
        };
        var live = $"manual '{latest.Name}' version {latest.Version} ({latest.ContentHash[..12]}) is live";
        if (!status.LatestEditRejected)
        {
            return Task.FromResult(HealthCheckResult.Healthy(live, data));
        }

        data["rejected"] = string.Join(Environment.NewLine, status.Rejected);
        var errors = status.Rejected.Count(d => d.Severity == DiagnosticSeverity.Error);
        return Task.FromResult(HealthCheckResult.Degraded($"{live}; the latest edit was rejected with {errors} error(s): {status.Rejected.FirstOrDefault()}", data: data));
    }
}
