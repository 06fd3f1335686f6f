using System.Reflection;
using System.Text.Json.Serialization;
using Compensation.Decisions;

namespace Compensation.Tests.Remedies;

/// <summary>The registry of remedy kinds agrees with the public enum and the JSON discriminators.</summary>
public class RemedyDescriptorTests
{
    [Fact]
    public void All_EveryEnumMember_HasOneDescriptorOfItsKind()
    {
        var kinds = Enum.GetValues<RemedyKind>();

        Assert.Equal(kinds.Length, RemedyKinds.All.Length);
        foreach (var kind in kinds)
        {
            Assert.Equal(kind, RemedyKinds.Of(kind).Kind);
        }
    }

    [Fact]
    public void All_EveryDescriptor_NamesItsRecordAndJsonDiscriminator()
    {
        var derived = typeof(Remedy).GetCustomAttributes<JsonDerivedTypeAttribute>().ToDictionary(a => a.DerivedType, a => a.TypeDiscriminator as string);

        Assert.Equal(RemedyKinds.All.Length, derived.Count);
        foreach (var kind in RemedyKinds.All)
        {
            // The manual name is also the "kind" written in JSON, so a decision reads the way its rule file does.
            Assert.Equal(kind.Name, derived[kind.Type]);
            Assert.True(kind.Type.IsSubclassOf(typeof(Remedy)));
        }
    }

    [Fact]
    public void AllParameters_EveryKind_NamesEachParameterOnce()
    {
        foreach (var kind in RemedyKinds.All)
        {
            var names = kind.AllParameters.Select(p => p.Name).ToList();
            Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
            var fields = kind.AllFields.Select(f => f.Name).ToList();
            Assert.Equal(fields.Count, fields.Distinct(StringComparer.Ordinal).Count());
        }
    }
}
