using System.Linq.Dynamic.Core.CustomTypeProviders;
using System.Reflection;

namespace Compensation.Compilation;

/// <summary>Gives Dynamic LINQ no types or extension methods beyond its own: nothing of the host is reachable by name.</summary>
internal sealed class NoCustomTypes : IDynamicLinqCustomTypeProvider
{
    public HashSet<Type> GetCustomTypes() => [];

    public Dictionary<Type, List<MethodInfo>> GetExtensionMethods() => [];

    public Type? ResolveType(string typeName) => null;

    public Type? ResolveTypeBySimpleName(string simpleTypeName) => null;
}
