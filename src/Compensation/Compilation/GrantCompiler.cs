using System.Globalization;
using System.Text.RegularExpressions;
using Compensation.Decisions;
using Compensation.Diagnostics;
using Compensation.Documents;
using Compensation.Facts;

namespace Compensation.Compilation;

/// <summary>Compiles a rule's <c>grant:</c> entries into remedy templates, checking each kind's parameters.</summary>
internal sealed partial class GrantCompiler(ExpressionCompiler expressions, DiagnosticBag diagnostics, IReadOnlyList<ApprovalLevel> empowerment)
{
    public CompiledGrant? Compile(GrantDocument grant)
    {
        RemedyKinds.TryGet(grant.Kind.Text, out var kind, out _);
        var p = grant.Parameters;
        var before = diagnostics.Count;

        CompiledFormula<decimal>? quantity = null;
        var quantityName = "amount";
        CompiledFormula<decimal>? cost = null;
        switch (kind)
        {
            case RemedyKind.Discount:
                (quantity, quantityName) = OneOf(grant, "percent", "amount");
                break;
            case RemedyKind.Refund:
                if (p.TryGetValue("total", out var total) && total.Text != "true")
                {
                    diagnostics.Error(DiagnosticCodes.InvalidRemedy, total.Location, $"'total: {total.Text}' must be 'total: true'", "for a partial refund write 'amount:' or 'percent:'");
                }

                (quantity, quantityName) = p.ContainsKey("total") && !p.ContainsKey("amount") && !p.ContainsKey("percent") ? (null, "total") : OneOf(grant, "amount", "percent", "total");
                break;
            case RemedyKind.Gift:
                (quantity, quantityName) = (Required(grant, "cost"), "cost");
                RequiredText(grant, "description");
                break;
            case RemedyKind.FreeService:
                (quantity, quantityName) = (Required(grant, "value"), "value");
                RequiredText(grant, "description");
                break;
            case RemedyKind.StoreCredit:
                quantity = Required(grant, "amount");
                break;
            case RemedyKind.WarrantyExtension:
                (quantity, quantityName) = (Required(grant, "months"), "months");
                cost = Optional(p, "cost");
                break;
            case RemedyKind.ManagerCall:
                quantityName = "cost";
                cost = Optional(p, "cost");
                if (!p.ContainsKey("within"))
                {
                    diagnostics.Error(DiagnosticCodes.InvalidRemedy, grant.Kind.Location, "'manager-call' needs 'within' (how soon the call must happen)", "write '- manager-call: { within: 24h }'");
                }

                break;
        }

        var within = p.TryGetValue("within", out var w) ? Duration(w) : TimeSpan.Zero;
        var on = DiscountTarget.NextPurchase;
        if (p.TryGetValue("on", out var onText))
        {
            on = onText.Text switch
            {
                "next-purchase" => DiscountTarget.NextPurchase,
                "this-order" => DiscountTarget.ThisOrder,
                _ => Invalid(onText, "'on' must be 'this-order' or 'next-purchase'", DiscountTarget.NextPurchase),
            };
        }

        int? validDays = null;
        if (p.TryGetValue("valid-days", out var days))
        {
            validDays = int.TryParse(days.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var d) && d > 0 ? d : Invalid<int?>(days, $"'valid-days: {days.Text}' must be a whole number of days above 0", null);
        }

        var stack = false;
        if (p.TryGetValue("stack", out var stackText))
        {
            stack = stackText.Text switch { "true" => true, "false" => false, _ => Invalid(stackText, "'stack' must be true or false", false) };
        }

        ApprovalLevel? approval = null;
        if (p.TryGetValue("approval", out var role))
        {
            approval = empowerment.FirstOrDefault(l => l.Role == role.Text);
            if (approval is null)
            {
                diagnostics.Error(
                    DiagnosticCodes.InvalidEmpowerment,
                    role.Location,
                    empowerment.Count == 0 ? $"the manual declares no empowerment levels, so no role '{role.Text}' can approve this remedy" : $"unknown role '{role.Text}'",
                    empowerment.Count == 0 ? "remove 'approval:', or declare the roles under 'empowerment:'" : Suggestions.DidYouMean(role.Text, empowerment.Select(l => l.Role)));
            }
        }

        var min = Optional(p, "min");
        var max = Optional(p, "max");
        if (diagnostics.Count != before)
        {
            return null;
        }

        return new CompiledGrant
        {
            Kind = kind,
            Location = grant.Kind.Location,
            Quantity = quantity,
            QuantityName = quantityName,
            Cost = cost,
            Min = min,
            Max = max,
            Description = p.TryGetValue("description", out var description) ? description.Text : null,
            Within = within,
            On = on,
            ValidDays = validDays,
            Group = p.TryGetValue("group", out var group) ? group.Text : grant.Kind.Text,
            Stack = stack,
            Approval = approval,
        };
    }

    private (CompiledFormula<decimal>?, string) OneOf(GrantDocument grant, params string[] names)
    {
        var present = names.Where(grant.Parameters.ContainsKey).ToList();
        if (present.Count != 1)
        {
            diagnostics.Error(
                DiagnosticCodes.InvalidRemedy,
                present.Count == 0 ? grant.Kind.Location : grant.Parameters[present[1]].Location,
                present.Count == 0 ? $"'{grant.Kind.Text}' needs one of: {string.Join(", ", names)}" : $"'{grant.Kind.Text}' takes only one of: {string.Join(", ", names)}",
                $"e.g. '- {grant.Kind.Text}: {{ {names[0]}: 10 }}'");
            return (null, names[0]);
        }

        return (expressions.Number(grant.Parameters[present[0]]), present[0]);
    }

    private CompiledFormula<decimal>? Required(GrantDocument grant, string name)
    {
        if (grant.Parameters.TryGetValue(name, out var value))
        {
            return expressions.Number(value);
        }

        diagnostics.Error(DiagnosticCodes.InvalidRemedy, grant.Kind.Location, $"'{grant.Kind.Text}' needs '{name}'", $"e.g. '- {grant.Kind.Text}: {{ {name}: 10 }}'");
        return null;
    }

    private void RequiredText(GrantDocument grant, string name)
    {
        if (!grant.Parameters.TryGetValue(name, out var value) || value.Text.Trim().Length == 0)
        {
            diagnostics.Error(DiagnosticCodes.InvalidRemedy, grant.Kind.Location, $"'{grant.Kind.Text}' needs a '{name}' for the customer", $"add '{name}: ...'");
        }
    }

    private CompiledFormula<decimal>? Optional(Dictionary<string, Scalar> parameters, string name)
        => parameters.TryGetValue(name, out var value) ? expressions.Number(value) : null;

    private TimeSpan Duration(Scalar text)
        => DurationText.TryParse(text.Text, out var span) ? span : Invalid(text, $"'{text.Text}' is not a duration", TimeSpan.Zero, DurationText.Hint);

    private T Invalid<T>(Scalar at, string message, T fallback, string? hint = null)
    {
        diagnostics.Error(DiagnosticCodes.InvalidRemedy, at.Location, message, hint);
        return fallback;
    }

}
