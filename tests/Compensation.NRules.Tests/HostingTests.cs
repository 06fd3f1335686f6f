using Compensation.Hosting;
using Compensation.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Compensation.NRules.Tests;

/// <summary><c>AddCompensation(...).AddNRules(...)</c>: the engine decides through NRules with the host's rules, and keeps doing so across reloads.</summary>
public sealed class HostingTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private readonly TempManual _files = new();

    public void Dispose() => _files.Dispose();

    private ServiceProvider Build(Action<HostRulesBuilder> rules, bool watch = false)
    {
        var path = _files.CopySample();
        var services = new ServiceCollection();
        services.AddCompensation(o =>
        {
            o.ManualPath = path;
            o.WatchForChanges = watch;
            o.UsePollingFileWatcher = watch;
            o.ReloadDelay = TimeSpan.FromMilliseconds(50);
        }).AddNRules(rules);
        services.AddSingleton(new AuditLog());
        return services.BuildServiceProvider();
    }

    [Fact]
    public void AddNRules_WithHostRules_EngineGrantsThroughTheManualsLimitsAndResolvesRuleDependencies()
    {
        using var provider = Build(r => r.From(typeof(AtRiskStoreCreditRule), typeof(StoreCreditAuditRule)));
        var engine = provider.GetRequiredService<ICompensationEngine>();
        var incident = HostRuleTests.Delay(5, 120m);
        var customer = new Customer { Tier = "oro", PriorIncidents = 3 };

        var decision = engine.Decide(incident, customer);

        // The host's 500 of store credit is capped like any remedy (the total never passes the order's 120) and the audit
        // rule, whose log comes from the container, saw it granted at 500 (before limits).
        var host = Assert.Single(decision.Remedies, r => r.RuleSet == "host");
        Assert.Equal(500m, host.OriginalCost);
        Assert.True(decision.TotalCost <= 120m);
        Assert.Contains(provider.GetRequiredService<AuditLog>().Entries, r => r.RuleSet == "host" && r.Cost == 500m);
    }

    [Fact]
    public void AddNRules_WithoutRules_KeepsTheFastEngine()
    {
        var services = new ServiceCollection().AddCompensation(o => o.ManualPath = TempManual.SampleManual).AddNRules(r => r.From(typeof(HostingTests).Assembly.GetTypes().Where(t => t.Name == "NoSuchRule").ToArray()));
        Assert.DoesNotContain(services, d => d.ServiceType == typeof(IDecisionBackend));
    }

    [Fact]
    public async Task Reload_NewManualVersion_RebuildsTheSessionFactoryAndTheLastGoodKeepsServingABrokenEdit()
    {
        using var provider = Build(r => r.From(typeof(ManagerApprovedGiftRule)), watch: true);
        var engine = provider.GetRequiredService<ICompensationEngine>();
        var incident = HostRuleTests.Delay(3, 200m);
        var customer = new Customer { Tier = "platino" };
        Assert.Equal("2026.11", engine.Decide(incident, customer).Manual.Version);

        Edit("00-manual.yaml", "version: \"2026.11\"", "version: \"2026.11.1\"");
        await WaitFor(() => engine.Status.Live[^1].Version == "2026.11.1");
        var reloaded = engine.Decide(incident, customer);
        Assert.Equal("2026.11.1", reloaded.Manual.Version);
        Assert.Contains(reloaded.Remedies, r => r.RuleSet == "host"); // the new factory still holds the host's rule

        Edit("30-retrasos.yaml", "delay.days", "delay.dias");
        await WaitFor(() => engine.Status.LatestEditRejected);
        var served = engine.Decide(incident, customer);
        Assert.Equal("2026.11.1", served.Manual.Version);
        Assert.Equal(DecisionText.Canonical(reloaded), DecisionText.Canonical(served));
    }

    private void Edit(string file, string from, string to)
    {
        var path = Path.Combine(_files.Root, file);
        File.WriteAllText(path, File.ReadAllText(path).Replace(from, to, StringComparison.Ordinal));
    }

    private static async Task WaitFor(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + Patience; // only catches a hang
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "the engine did not reload in time");
            await Task.Delay(20);
        }
    }
}
