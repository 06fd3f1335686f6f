using Microsoft.Extensions.DependencyInjection;
using NRules.Extensibility;

namespace Compensation.NRules;

/// <summary>Resolves the dependencies host rules declare from the application's container.</summary>
internal sealed class ServiceProviderDependencyResolver(IServiceProvider services) : IDependencyResolver
{
    public object Resolve(IResolutionContext context, Type serviceType) => services.GetRequiredService(serviceType);
}
