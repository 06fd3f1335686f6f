using Microsoft.Extensions.Hosting;

namespace Compensation.Hosting;

/// <summary>Creates the engine when the host starts (after the options were validated), so the manual is watched from then on, not from the first request.</summary>
internal sealed class CompensationEngineStarter(CompensationEngine engine) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = engine.Manuals;
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
