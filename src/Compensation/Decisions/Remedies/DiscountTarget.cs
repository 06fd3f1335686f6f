using System.Text.Json.Serialization;

namespace Compensation;

/// <summary>What a discount applies to.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DiscountTarget>))]
public enum DiscountTarget
{
    /// <summary>The next purchase (<c>on: next-purchase</c>, the default).</summary>
    [JsonStringEnumMemberName("next-purchase")]
    NextPurchase,

    /// <summary>The order the incident is about (<c>on: this-order</c>).</summary>
    [JsonStringEnumMemberName("this-order")]
    ThisOrder,
}
