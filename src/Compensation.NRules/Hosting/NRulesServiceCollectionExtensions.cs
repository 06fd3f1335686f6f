using Compensation;
using Compensation.Hosting;
using Compensation.NRules;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Runs the host's NRules rules beside the manual's in the engine <c>AddCompensation</c> registers.</summary>
public static class NRulesServiceCollectionExtensions
{
    /// <summary>
    /// Makes <see cref="ICompensationEngine"/> decide through an NRules session that runs the manual's rules and the host's
    /// (see <see cref="NRulesManual"/>): every grant goes through the manual's groups, limits and approval; a reloaded manual
    /// is compiled into a new session factory in the background while the last good one serves. When the configuration
    /// finds no rule, nothing is registered and the engine keeps deciding with <see cref="CompensationManual.Decide(Incident, Customer)"/>.
    /// Dependencies the host rules declare are resolved from the container. A second call changes nothing.
    /// </summary>
    /// <example><code>services.AddCompensation(o =&gt; o.ManualPath = "rules/tienda-ejemplo").AddNRules(r =&gt; r.From(typeof(Program).Assembly));</code></example>
    public static IServiceCollection AddNRules(this IServiceCollection services, Action<HostRulesBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        if (services.Any(d => d.ServiceType == typeof(IDecisionBackend)))
        {
            return services;
        }

        var builder = new HostRulesBuilder();
        configure(builder);
        var ruleSets = builder.RuleSets();
        if (ruleSets.Count == 0)
        {
            return services;
        }

        services.TryAddSingleton<IDecisionBackend>(sp => new NRulesDecisionBackend(ruleSets, builder.ReuseSessions, new ServiceProviderDependencyResolver(sp)));
        return services;
    }
}
