using Compensation.Compilation;
using Compensation.Decisions;
using Compensation.Facts;

namespace Compensation.Messages;

/// <summary>
/// The values a message template sees, already formatted for the customer's locale:
/// <c>customer</c>, <c>incident</c>, <c>remedies</c> (each with <c>text</c>), <c>remedies_text</c> (store credits of one validity told as one sum),
/// <c>total</c>, <c>has_remedy</c>, <c>approval</c>, <c>manual</c> and <c>facts</c> (names with '.' written with '_').
/// </summary>
internal static class MessageModel
{
    public static Dictionary<string, object?> Build(
        CompiledManual manual,
        Incident incident,
        Customer customer,
        IReadOnlyList<Remedy> remedies,
        decimal total,
        ApprovalLevel approval,
        FactFrame? frame,
        (int Days, int Hours, int Minutes) delay,
        DateTimeOffset now,
        LocaleFormat format)
    {
        var phrases = RemedyPhrases.DescribeAll(remedies, format);
        var facts = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var fact in frame is null ? [] : manual.Schema.Facts)
        {
            var value = frame!.Read(fact);
            facts[fact.Name.Replace('.', '_')] = value is decimal d ? format.FormatNumber(d) : value;
        }

        var delivered = incident.DeliveredAt;
        return new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["customer"] = new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["name"] = customer.Name ?? string.Empty,
                ["id"] = customer.Id, // nil when missing: {% if customer.id %} is false
                ["tier"] = customer.Tier,
            },
            ["incident"] = new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["id"] = incident.Id, // nil when missing: {% if incident.id %} is false
                ["failure"] = incident.Failure,
                ["cause"] = incident.Cause ?? string.Empty,
                ["promised_date"] = incident.PromisedAt is { } p ? format.FormatDate(p) : null,
                ["delivered_date"] = delivered is { } dd ? format.FormatDate(dd) : null,
                ["occurred_date"] = incident.OccurredAt is { } o ? format.FormatDate(o) : null,

                // The new date: a delivery date still ahead of the decision is the new (estimated) date.
                ["new_date"] = delivered is { } nd && nd > now ? format.FormatDate(nd) : null,
                ["delay_days"] = delay.Days,
                ["delay_hours"] = delay.Hours,
                ["delay_minutes"] = delay.Minutes,
                ["order_value"] = incident.OrderValue is { } order ? format.FormatMoney(order) : null,
            },
            ["remedies"] = remedies.Select(r => (object?)new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["kind"] = RemedyKinds.NameOf(r.Kind),
                ["text"] = RemedyPhrases.Describe(r, format),
                ["cost"] = format.FormatMoney(r.Cost),
            }).ToList(),
            ["remedies_text"] = RemedyPhrases.Join(phrases, format),
            ["has_remedy"] = remedies.Count > 0,
            ["total"] = format.FormatMoney(total),
            ["approval"] = approval.Role,
            ["manual"] = new Dictionary<string, object?>(StringComparer.Ordinal) { ["name"] = manual.Stamp.Name, ["version"] = manual.Stamp.Version },
            ["facts"] = facts,
        };
    }
}
