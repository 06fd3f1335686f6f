using System.Linq.Dynamic.Core.CustomTypeProviders;
using System.Reflection;

namespace Compensation.Compilation;

/// <summary>
/// Gives Dynamic LINQ no types or extension methods beyond its own and <see cref="ManualFunctions"/> (whose calls
/// the sandbox whitelists one by one): nothing of the host is reachable by name.
/// </summary>
internal sealed class NoCustomTypes : IDynamicLinqCustomTypeProvider
{
    public HashSet<Type> GetCustomTypes() => [typeof(ManualFunctions)];

    public Dictionary<Type, List<MethodInfo>> GetExtensionMethods() => [];

    public Type? ResolveType(string typeName) => typeName == nameof(ManualFunctions) ? typeof(ManualFunctions) : null;

    public Type? ResolveTypeBySimpleName(string simpleTypeName) => ResolveType(simpleTypeName);
}
