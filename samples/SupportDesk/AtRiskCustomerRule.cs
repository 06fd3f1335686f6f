using Compensation;
using NRules.Fluent.Dsl;
using NRules.RuleModel;

namespace SupportDesk;

/// <summary>
/// A rule of the support desk, not of the manual: a customer the CRM flags as at risk of leaving gets a call from a
/// manager within 24 hours. It runs in the same NRules session as the manual's rules; its grant goes through the manual's
/// exclusive groups, limits and approval like any remedy.
/// </summary>
public sealed class AtRiskCustomerRule : Rule
{
    public override void Define()
    {
        CompensationCase @case = null!;
        ICustomerRisk crm = null!;

        Dependency().Resolve(() => crm);
        When().Match(() => @case, c => c.Customer.Id != null);
        Then().Do(ctx => CallIfAtRisk(ctx, @case, crm));
    }

    private static void CallIfAtRisk(IContext context, CompensationCase @case, ICustomerRisk crm)
    {
        if (crm.IsAtRisk(@case.Customer.Id!))
        {
            // Its own exclusive group: the manual may grant a manager call too, and this one is for retention.
            context.Grant(@case, new ManagerCallRemedy { Rule = "", RuleSet = "", Cost = 0m, Within = TimeSpan.FromHours(24) }, "retention-call");
        }
    }
}
