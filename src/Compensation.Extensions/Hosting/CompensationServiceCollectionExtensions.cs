using Compensation;
using Compensation.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the compensation engine.</summary>
public static class CompensationServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="ICompensationEngine"/> as a singleton that loads the manual at
    /// <see cref="CompensationOptions.ManualPath"/>, checks it when the application starts (a broken manual stops the
    /// start-up with its diagnostics) and reloads it when its files change. A second call changes nothing.
    /// </summary>
    /// <example><code>services.AddCompensation(o => o.ManualPath = "rules/tienda-ejemplo");</code></example>
    public static IServiceCollection AddCompensation(this IServiceCollection services, Action<CompensationOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        if (IsRegistered(services))
        {
            return services;
        }

        services.AddOptions<CompensationOptions>().Configure(configure).ValidateOnStart();
        return AddCore(services);
    }

    /// <summary>Registers the engine like <see cref="AddCompensation(IServiceCollection, Action{CompensationOptions})"/>, binding the options from a configuration section (usually <c>Compensation</c>).</summary>
    /// <example><code>builder.Services.AddCompensation(builder.Configuration.GetSection("Compensation"));</code></example>
    public static IServiceCollection AddCompensation(this IServiceCollection services, IConfigurationSection section)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(section);
        if (IsRegistered(services))
        {
            return services;
        }

        services.AddOptions<CompensationOptions>().Bind(section).ValidateOnStart();
        return AddCore(services);
    }

    private static bool IsRegistered(IServiceCollection services)
        => services.Any(d => d.ServiceType == typeof(ICompensationEngine));

    private static IServiceCollection AddCore(IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<InitialManuals>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<CompensationOptions>, CompensationOptionsValidator>());
        services.TryAddSingleton(sp => new CompensationEngine(
            sp.GetRequiredService<IOptions<CompensationOptions>>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetService<ILoggerFactory>() ?? NullLoggerFactory.Instance,
            sp.GetService<System.Diagnostics.Metrics.IMeterFactory>(),
            sp.GetRequiredService<InitialManuals>(),
            sp.GetService<IDecisionBackend>()));
        services.TryAddSingleton<ICompensationEngine>(sp => sp.GetRequiredService<CompensationEngine>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, CompensationEngineStarter>());
        return services;
    }
}
