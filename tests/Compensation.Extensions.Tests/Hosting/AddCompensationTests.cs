using Compensation.TestSupport;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;


namespace Compensation.Extensions.Tests.Hosting;

public sealed class AddCompensationTests : IDisposable
{
    private readonly TempManual _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void AddCompensation_BrokenManual_FailsAtStartWithTheDiagnostics()
    {
        var path = _folder.CopySample();
        _folder.Write("99-roto.yaml", """
            rule-sets:
              - name: roto
                hit-policy: collect
                rules:
                  - name: regla-rota
                    when: delay.dias >= 2
                    grant: [ gift: { description: taza, cost: 5 } ]
            """);
        using var provider = new ServiceCollection().AddCompensation(o => o.ManualPath = path).BuildServiceProvider();

        // What the host runs at start-up, before any request.
        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        // 'delay.dias' is on line 6 of 99-roto.yaml; 'when: ' ends at column 14 and the column points at 'dias' (15 + 6).
        Assert.Contains($"{Path.Combine(path, "99-roto.yaml")}:6:21: error CMP008: unknown fact 'delay.dias'", error.Message, StringComparison.Ordinal);
        Assert.StartsWith($"The compensation manual '{path}' has 1 error(s):", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddCompensation_NoPath_FailsAtStartNamingTheSetting()
    {
        using var provider = new ServiceCollection().AddCompensation(_ => { }).BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Equal("Compensation:ManualPath is required: the rule file, folder of rule files or folder of versions to load.", error.Message);
    }

    [Fact]
    public void AddCompensation_CalledTwice_SecondCallChangesNothing()
    {
        var path = _folder.CopySample();
        var services = new ServiceCollection();

        var returned = services.AddCompensation(o => o.ManualPath = path);
        var count = services.Count;
        services.AddCompensation(o => o.ManualPath = "/no/such/manual");

        Assert.Same(services, returned);
        Assert.Equal(count, services.Count);
        using var provider = services.BuildServiceProvider();
        Assert.Equal("2026.11", provider.GetRequiredService<ICompensationEngine>().Manuals.Latest.Stamp.Version);
    }

    [Fact]
    public void AddCompensation_ConfigurationSection_BindsTheOptions()
    {
        var path = _folder.CopySample();
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Compensation:ManualPath"] = path,
                ["Compensation:WatchForChanges"] = "false",
                ["Compensation:ReloadAttempts"] = "5",
            })
            .Build();
        using var provider = new ServiceCollection().AddCompensation(configuration.GetSection("Compensation")).BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<CompensationOptions>>().Value;

        Assert.Equal(path, options.ManualPath);
        Assert.False(options.WatchForChanges);
        Assert.Equal(5, options.ReloadAttempts);
    }

    [Fact]
    public void GetService_Engine_IsOneSingletonAcrossScopes()
    {
        var path = _folder.CopySample();
        using var provider = new ServiceCollection().AddCompensation(o => o.ManualPath = path).BuildServiceProvider(validateScopes: true);

        using var scope = provider.CreateScope();

        Assert.Same(provider.GetRequiredService<ICompensationEngine>(), scope.ServiceProvider.GetRequiredService<ICompensationEngine>());
    }
}
