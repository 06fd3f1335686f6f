using System.Reflection;
using System.Reflection.Emit;

namespace Compensation.Facts;

/// <summary>
/// Builds the types a manual's expressions are parsed against (one read-only property per visible fact) in a
/// collectible assembly of the manual's own: when the manual is no longer referenced — an edit replaced it — its types
/// are unloaded with it. (A shared, non-collectible dynamic assembly would keep every edited manual's types for the life
/// of the process.) The types are never instantiated: the parsed expression is rewritten onto the fact frame.
/// </summary>
internal sealed class FactTypeBuilder
{
    /// <summary>The prefix of the types' names, which parser messages may quote (<c>ManualFacts3</c>): diagnostics replace it with words.</summary>
    public const string NamePrefix = "ManualFacts";

    private const MethodAttributes Getter = MethodAttributes.Public | MethodAttributes.SpecialName | MethodAttributes.HideBySig;

    private readonly ModuleBuilder _module;
    private int _count;

    public FactTypeBuilder()
    {
        var assembly = AssemblyBuilder.DefineDynamicAssembly(new AssemblyName("Compensation.ManualFacts"), AssemblyBuilderAccess.RunAndCollect);
        _module = assembly.DefineDynamicModule("Compensation.ManualFacts");
    }

    /// <summary>A new public sealed class with one public read-only property per entry.</summary>
    public Type Create(IEnumerable<(string Name, Type Type)> properties)
    {
        var type = _module.DefineType($"{NamePrefix}{++_count}", TypeAttributes.Public | TypeAttributes.Sealed | TypeAttributes.Class, typeof(object));
        foreach (var (name, propertyType) in properties)
        {
            var field = type.DefineField("_" + name, propertyType, FieldAttributes.Private);
            var get = type.DefineMethod("get_" + name, Getter, propertyType, Type.EmptyTypes);
            var il = get.GetILGenerator();
            il.Emit(OpCodes.Ldarg_0);
            il.Emit(OpCodes.Ldfld, field);
            il.Emit(OpCodes.Ret);
            type.DefineProperty(name, PropertyAttributes.None, propertyType, Type.EmptyTypes).SetGetMethod(get);
        }

        return type.CreateType();
    }
}
