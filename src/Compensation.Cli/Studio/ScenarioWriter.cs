using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Compensation.Cli.Studio;

/// <summary>Writes a tried incident as a scenario entry whose expectation is the decision the manual makes now.</summary>
internal static partial class ScenarioWriter
{
    /// <summary>The entry, indented to sit in a <c>scenarios:</c> list whose items start with <paramref name="indent"/> spaces before '-'.</summary>
    public static string Entry(string name, IncidentForm form, Decision decision, int indent)
    {
        var pad = new string(' ', indent);
        var (incident, customer) = form.ToYaml();
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{pad}- name: {IncidentForm.Scalar(name)}\n");
        text.Append(CultureInfo.InvariantCulture, $"{pad}  incident: {incident}\n");
        text.Append(CultureInfo.InvariantCulture, $"{pad}  customer: {customer}\n");
        text.Append(CultureInfo.InvariantCulture, $"{pad}  expect:\n");
        text.Append(CultureInfo.InvariantCulture, $"{pad}    approval: {IncidentForm.Scalar(decision.Approval.Role)}\n");
        text.Append(CultureInfo.InvariantCulture, $"{pad}    total: {IncidentForm.Number(decision.TotalCost)}\n");
        if (decision.Remedies.Count == 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"{pad}    remedies: none\n");
            return text.ToString();
        }

        text.Append(CultureInfo.InvariantCulture, $"{pad}    remedies:\n");
        foreach (var remedy in decision.Remedies)
        {
            text.Append(CultureInfo.InvariantCulture, $"{pad}      - {Remedy(remedy)}\n");
        }

        return text.ToString();
    }

    /// <summary>The file with the entry appended to its <c>scenarios:</c> list (a new file when <paramref name="existing"/> is null).</summary>
    public static string Append(string? existing, string name, IncidentForm form, Decision decision)
    {
        if (string.IsNullOrWhiteSpace(existing))
        {
            return "scenarios:\n" + Entry(name, form, decision, 2);
        }

        var item = ListItem().Match(existing);
        var indent = item.Success ? item.Groups[1].Value.Length : 2;
        var text = existing.EndsWith('\n') ? existing : existing + "\n";
        return text + "\n" + Entry(name, form, decision, indent);
    }

    /// <summary>One expected remedy: its kind's own fields, its cost, approval and rule.</summary>
    public static string Remedy(Remedy remedy)
    {
        var fields = new List<string>();
        switch (remedy)
        {
            case DiscountRemedy d:
                fields.Add(d.Percent is { } percent ? $"percent: {IncidentForm.Number(percent)}" : $"amount: {IncidentForm.Number(d.Amount ?? d.Cost)}");
                fields.Add($"cost: {IncidentForm.Number(d.Cost)}");
                fields.Add($"on: {(d.On == DiscountTarget.ThisOrder ? "this-order" : "next-purchase")}");
                if (d.ValidDays is { } days)
                {
                    fields.Add($"valid-days: {days.ToString(CultureInfo.InvariantCulture)}");
                }

                break;
            case RefundRemedy r:
                fields.Add($"amount: {IncidentForm.Number(r.Amount)}");
                if (r.IsTotal)
                {
                    fields.Add("total: true");
                }

                break;
            case GiftRemedy g:
                fields.Add($"description: {IncidentForm.Scalar(g.Description)}");
                fields.Add($"cost: {IncidentForm.Number(g.Cost)}");
                break;
            case ManagerCallRemedy m:
                fields.Add($"within: {Span(m.Within)}");
                break;
            case WarrantyExtensionRemedy w:
                fields.Add($"months: {w.Months.ToString(CultureInfo.InvariantCulture)}");
                break;
            case FreeServiceRemedy f:
                fields.Add($"value: {IncidentForm.Number(f.Cost)}");
                break;
            case StoreCreditRemedy s:
                fields.Add($"amount: {IncidentForm.Number(s.Amount)}");
                if (s.ValidDays is { } valid)
                {
                    fields.Add($"valid-days: {valid.ToString(CultureInfo.InvariantCulture)}");
                }

                break;
            default:
                fields.Add($"cost: {IncidentForm.Number(remedy.Cost)}");
                break;
        }

        if (remedy.RequiredApproval is { } approval)
        {
            fields.Add($"approval: {IncidentForm.Scalar(approval)}");
        }

        fields.Add($"rule: {IncidentForm.Scalar(remedy.Rule)}");
        return $"{Commands.RemedyText.Kind(remedy)}: {{ {string.Join(", ", fields)} }}";
    }

    private static string Span(TimeSpan span)
        => span.TotalHours % 24 == 0
            ? $"{(span.TotalHours / 24).ToString(CultureInfo.InvariantCulture)}d"
            : $"{span.TotalHours.ToString(CultureInfo.InvariantCulture)}h";

    [GeneratedRegex(@"^( *)- ", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex ListItem();
}
