using Compensation;
using Compensation.Hosting;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the compensation manual's health check.</summary>
public static class CompensationHealthChecksBuilderExtensions
{
    /// <summary>
    /// Adds a check that reports which manual version is live (healthy) and whether the latest edit of its files was
    /// rejected (degraded: the previous version keeps serving). Needs <c>services.AddCompensation(...)</c>.
    /// </summary>
    /// <example><code>builder.Services.AddHealthChecks().AddCompensationHealthCheck();</code></example>
    public static IHealthChecksBuilder AddCompensationHealthCheck(this IHealthChecksBuilder builder, string name = "compensation", IEnumerable<string>? tags = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrEmpty(name);
        return builder.Add(new HealthCheckRegistration(name, sp => new CompensationHealthCheck(sp.GetRequiredService<ICompensationEngine>()), HealthStatus.Degraded, tags));
    }
}
