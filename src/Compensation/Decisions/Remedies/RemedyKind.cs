using System.Text.Json.Serialization;

namespace Compensation;

/// <summary>The kinds of remedy a manual can grant.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<RemedyKind>))]
public enum RemedyKind
{
    /// <summary>A percentage or amount off this order or the next purchase (<c>discount</c>).</summary>
    [JsonStringEnumMemberName("discount")]
    Discount,

    /// <summary>Money back, partial or total (<c>refund</c>).</summary>
    [JsonStringEnumMemberName("refund")]
    Refund,

    /// <summary>A gift with a described item and its cost (<c>gift</c>).</summary>
    [JsonStringEnumMemberName("gift")]
    Gift,

    /// <summary>A call from a manager within a deadline (<c>manager-call</c>).</summary>
    [JsonStringEnumMemberName("manager-call")]
    ManagerCall,

    /// <summary>Extra months of warranty (<c>warranty-extension</c>).</summary>
    [JsonStringEnumMemberName("warranty-extension")]
    WarrantyExtension,

    /// <summary>A service at no charge, such as installation (<c>free-service</c>).</summary>
    [JsonStringEnumMemberName("free-service")]
    FreeService,

    /// <summary>Credit to spend in the store (<c>store-credit</c>).</summary>
    [JsonStringEnumMemberName("store-credit")]
    StoreCredit,

    /// <summary>A payment owed to the customer, not tied to an order: statutory compensation, a fixed indemnity (<c>compensation</c>).</summary>
    [JsonStringEnumMemberName("compensation")]
    Compensation,
}
