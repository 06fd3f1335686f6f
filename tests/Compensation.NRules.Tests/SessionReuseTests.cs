using Compensation.TestSupport;

namespace Compensation.NRules.Tests;

/// <summary>A pooled session is emptied after every decision: nothing of one decision reaches the next.</summary>
public sealed class SessionReuseTests
{
    [Fact]
    public void Decide_ManyDecisionsOnOneReusedSession_NoFactLeaksIntoTheNext()
    {
        var leaks = new LeakLog();
        var audit = new AuditLog();
        var nrules = HostRuleTests.With(new SingleServiceResolver(leaks, audit), typeof(LeakDetectorRule), typeof(AtRiskStoreCreditRule));
        var manual = SampleManual.Manual;
        var tiers = new[] { "estandar", "plata", "oro", "platino" };

        for (var i = 0; i < 40; i++)
        {
            var incident = HostRuleTests.Delay(1 + (i % 12), 40m + i);
            var customer = new Customer { Tier = tiers[i % 4], PriorIncidents = i % 5 };
            var decision = nrules.Decide(incident, customer);

            // The manual's remedies are exactly Decide's, before the host's grant (last, when the customer is at risk).
            var expected = manual.Decide(incident, customer).Remedies;
            Assert.Equal(expected, decision.Remedies.Take(expected.Count));
            // The host's grant is there when the customer is at risk: kept (maybe reduced), or dropped by a cap with no room left.
            var host = decision.Remedies.Count(r => r.RuleSet == "host") + decision.Adjustments.Count(a => a.Kind == AdjustmentKind.DroppedByLimit && a.Remedy.RuleSet == "host");
            Assert.Equal(customer.PriorIncidents >= 3 ? 1 : 0, host);
        }

        // Sequential decisions on one thread rent the same pooled session every time (there is one in the pool).
        Assert.Equal(1, nrules.PooledSessions);
        Assert.Equal(0, nrules.FactsInPool());
        Assert.Equal(0, leaks.Leaks);
    }
}
