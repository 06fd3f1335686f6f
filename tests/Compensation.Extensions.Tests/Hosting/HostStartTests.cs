using Compensation.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;


namespace Compensation.Extensions.Tests.Hosting;

/// <summary>The generic host, as an application runs it: the manual is checked and loaded at start, not on the first request.</summary>
public sealed class HostStartTests : IDisposable
{
    private readonly TempManual _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task StartAsync_BrokenManual_FailsBeforeServingWithTheDiagnostics()
    {
        var path = _folder.CopySample();
        File.WriteAllText(Path.Combine(path, "00-manual.yaml"), File.ReadAllText(Path.Combine(path, "00-manual.yaml")).Replace("currency: EUR", "currency: [EUR]", StringComparison.Ordinal));
        using var host = Build(path);

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains(Path.Combine(path, "00-manual.yaml") + ":", error.Message, StringComparison.Ordinal);
        Assert.Contains("error CMP004", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_ValidManual_LoadsTheEngineAtStart()
    {
        var path = _folder.CopySample();
        using var host = Build(path);

        await host.StartAsync();
        var engine = host.Services.GetRequiredService<ICompensationEngine>();
        await host.StopAsync();

        Assert.Equal("2026.11", engine.Status.Live[0].Version);
    }

    private static IHost Build(string path)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Services.AddCompensation(o =>
        {
            o.ManualPath = path;
            o.WatchForChanges = false;
        });
        return builder.Build();
    }
}
