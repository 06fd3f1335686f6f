using System.Diagnostics.CodeAnalysis;

namespace Compensation.Decisions;

/// <summary>The registry of remedy kinds: one descriptor per kind, found by name or by <see cref="RemedyKind"/>.</summary>
internal static class RemedyKinds
{
    /// <summary>Every kind, one registration line each; <see cref="RemedyKind"/> values index it.</summary>
    public static readonly RemedyDescriptor[] All =
    [
        DiscountRemedy.Descriptor.Instance,
        RefundRemedy.Descriptor.Instance,
        GiftRemedy.Descriptor.Instance,
        ManagerCallRemedy.Descriptor.Instance,
        WarrantyExtensionRemedy.Descriptor.Instance,
        FreeServiceRemedy.Descriptor.Instance,
        StoreCreditRemedy.Descriptor.Instance,
        CompensationRemedy.Descriptor.Instance,
    ];

    private static readonly RemedyDescriptor[] ByKind = IndexByKind();

    /// <summary>The names of every kind, in registration order.</summary>
    public static IEnumerable<string> Names => All.Select(d => d.Name);

    public static RemedyDescriptor Of(RemedyKind kind) => ByKind[(int)kind];

    public static RemedyDescriptor Of(Remedy remedy) => ByKind[(int)remedy.Kind];

    public static bool TryGet(string name, [NotNullWhen(true)] out RemedyDescriptor? descriptor)
    {
        foreach (var candidate in All)
        {
            if (candidate.Name == name)
            {
                descriptor = candidate;
                return true;
            }
        }

        descriptor = null;
        return false;
    }

    /// <summary>The kind's name in rule files (<c>store-credit</c>).</summary>
    public static string NameOf(RemedyKind kind) => ByKind[(int)kind].Name;

    private static RemedyDescriptor[] IndexByKind()
    {
        var byKind = new RemedyDescriptor[All.Length];
        foreach (var descriptor in All)
        {
            var at = (int)descriptor.Kind;
            if (at < 0 || at >= byKind.Length || byKind[at] is not null)
            {
                throw new InvalidOperationException($"remedy kind {descriptor.Kind} is registered twice or its enum value is outside 0..{All.Length - 1}");
            }

            byKind[at] = descriptor;
        }

        return byKind;
    }
}
