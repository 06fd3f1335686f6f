using NRules.Extensibility;

namespace Compensation.NRules.Tests;

/// <summary>Resolves the test rules' dependencies from a few instances.</summary>
internal sealed class SingleServiceResolver(params object[] services) : IDependencyResolver
{
    public object Resolve(IResolutionContext context, Type serviceType)
        => services.First(serviceType.IsInstanceOfType);
}
