using Compensation.TestSupport;
using NRules.Extensibility;
using NRules.Fluent;

namespace Compensation.NRules.Tests;

/// <summary>C# rules of the host beside the manual's, in one session: their grants obey the manual's limits and approval.</summary>
public sealed class HostRuleTests
{
    private static readonly DateTimeOffset Promised = new(2026, 11, 10, 18, 0, 0, TimeSpan.FromHours(1));

    internal static NRulesManual With(IDependencyResolver? resolver, params Type[] rules)
    {
        var repository = new RuleRepository();
        repository.Load(x => x.From(rules));
        var options = new NRulesManualOptions { DependencyResolver = resolver };
        foreach (var set in repository.GetRuleSets())
        {
            options.HostRules.Add(set);
        }

        return NRulesManual.Create(SampleManual.Manual, options);
    }

    internal static Incident Delay(int days, decimal order, string cause = "transportista")
        => new() { Id = "INC-H", Failure = "retraso", Cause = cause, PromisedAt = Promised, DeliveredAt = Promised.AddDays(days), OrderValue = order };

    [Fact]
    public void Decide_HostGrantAboveLimits_IsReducedToTheRoomLeftAndRaisesApproval()
    {
        var nrules = With(null, typeof(AtRiskStoreCreditRule));
        var incident = Delay(5, 120m);
        var customer = new Customer { Tier = "oro", PriorIncidents = 3 };
        var manualOnly = SampleManual.Manual.Decide(incident, customer);

        var decision = nrules.Decide(incident, customer);

        // The host rule runs after the manual's (priority 0, below the manual's band), in its own group: the manual's remedies
        // come first and stay as Decide grants them; the host's 500 is reduced to the room the caps leave: the store-credit cap
        // (0.5 × 120 = 60) less the manual's store credit, and the total cap (120) less the manual's total.
        var manualCredit = manualOnly.Remedies.Where(r => r.Kind == RemedyKind.StoreCredit).Sum(r => r.Cost);
        var room = Math.Min(60m - manualCredit, 120m - manualOnly.TotalCost);
        Assert.True(room > 0, $"the case must leave room for the host's grant: {DecisionText.Canonical(manualOnly)}");
        Assert.Equal(manualOnly.Remedies, decision.Remedies.Take(manualOnly.Remedies.Count));
        var host = Assert.Single(decision.Remedies, r => r.RuleSet == "host");
        Assert.Equal(typeof(AtRiskStoreCreditRule).FullName, host.Rule);
        Assert.Equal(room, host.Cost);
        Assert.Equal(500m, host.OriginalCost);
        Assert.Contains(decision.Adjustments, a => a.Kind == AdjustmentKind.Reduced && a.Remedy.Rule == host.Rule);
        Assert.True(decision.TotalCost <= 120m);

        // Empowerment: agente up to 30, supervisor up to 150, gerente above; the total with the host's grant decides.
        var role = decision.TotalCost <= 30m ? "agente" : decision.TotalCost <= 150m ? "supervisor" : "gerente";
        Assert.Equal(role, decision.Approval.Role);
        Assert.True(decision.Approval.Rank >= manualOnly.Approval.Rank);
    }

    [Fact]
    public void Decide_HostGrantAskingApproval_RaisesApprovalToThatRole()
    {
        var nrules = With(null, typeof(ManagerApprovedGiftRule));
        var incident = Delay(3, 200m);
        var customer = new Customer { Tier = "platino" };
        var manualOnly = SampleManual.Manual.Decide(incident, customer);

        var decision = nrules.Decide(incident, customer);

        // A 5 € gift fits under the total cap (200) whatever the manual granted here, and asks for the gerente.
        Assert.True(manualOnly.TotalCost <= 195m);
        Assert.NotEqual("gerente", manualOnly.Approval.Role);
        Assert.Contains(decision.Remedies, r => r is GiftRemedy { Cost: 5m, RuleSet: "host" });
        Assert.Equal("gerente", decision.Approval.Role);
    }

    [Fact]
    public void Decide_AuditRule_SeesTheManualsGrantedStoreCredit()
    {
        var log = new AuditLog();
        var nrules = With(new SingleServiceResolver(log), typeof(StoreCreditAuditRule));

        // Platino, 20 days late by the carrier: the 'best' set picks saldo-retraso-platino, min(4 × 20, 60) = 60 of store
        // credit (oro's would be 40, plata's 20); no other rule grants store credit above 50 without prior incidents.
        var decision = nrules.Decide(Delay(20, 200m), new Customer { Tier = "platino" });

        var entry = Assert.Single(log.Entries);
        Assert.Equal("saldo-retraso-platino", entry.Rule);
        Assert.Equal(60m, entry.Cost);
        Assert.Contains(decision.Remedies, r => r.Rule == "saldo-retraso-platino");
    }

    [Fact]
    public void Explain_WithHostRule_ListsFiredRulesByManualName()
    {
        var nrules = With(null, typeof(ManagerApprovedGiftRule));
        var incident = Delay(20, 200m);
        var customer = new Customer { Tier = "platino" };

        var decision = nrules.Explain(incident, customer);

        var expected = SampleManual.Manual.Explain(incident, customer).Trace.Where(t => t.Outcome == RuleOutcome.Fired).Select(t => $"{t.RuleSet}/{t.Rule}");
        Assert.Equal([.. expected, $"host/{typeof(ManagerApprovedGiftRule).FullName}"], decision.Trace.Select(t => $"{t.RuleSet}/{t.Rule}"));
        Assert.All(decision.Trace, t => Assert.Equal(RuleOutcome.Fired, t.Outcome));
    }

    [Fact]
    public void Create_HostRuleInManualPriorityBand_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => With(null, typeof(BandSquatterRule)));
        Assert.StartsWith($"host rule '{typeof(BandSquatterRule).FullName}' has priority 1500000000, inside the band 1000000000..2000000000", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_HostRuleUpdatingTheCase_Throws()
    {
        var nrules = With(null, typeof(CaseUpdaterRule));
        var error = Assert.Throws<InvalidOperationException>(() => nrules.Decide(Delay(3, 50m), new Customer { Tier = "oro" }));
        Assert.StartsWith($"host rule '{typeof(CaseUpdaterRule).FullName}' tried to update the case", error.Message, StringComparison.Ordinal);
    }
}
