using System.Net;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Compensation.Cli.Studio;

/// <summary>
/// The studio's web server: Kestrel on the loopback address only, every request checked by <see cref="StudioGuard"/>,
/// the page from <see cref="StudioAssets"/> and the JSON API from <see cref="StudioApi"/>.
/// </summary>
internal sealed class StudioServer : IAsyncDisposable
{
    /// <summary>The largest request body accepted (a manual's unsaved texts travel with most requests).</summary>
    public const long MaxRequestBytes = 8 * 1024 * 1024;

    private readonly WebApplication _app;

    private StudioServer(WebApplication app, string token, ManualWorkspace workspace)
    {
        _app = app;
        Token = token;
        Workspace = workspace;
    }

    /// <summary>The secret every request must carry.</summary>
    public string Token { get; }

    /// <summary>The port it listens on (chosen by the system when 0 was asked for).</summary>
    public int Port { get; private set; }

    public ManualWorkspace Workspace { get; }

    /// <summary>The studio's address without the token.</summary>
    public Uri Address => new($"http://127.0.0.1:{Port}/");

    /// <summary>The address to open: with the token, which the page then keeps in a cookie.</summary>
    public string LaunchUrl => $"{Address}?token={Token}";

    /// <summary>Starts the studio for the manual at <paramref name="manualPath"/> on 127.0.0.1:<paramref name="port"/> (0: a free port).</summary>
    public static async Task<StudioServer> Start(string manualPath, int port = 0, CancellationToken cancellationToken = default)
    {
        var workspace = new ManualWorkspace(manualPath);
        var token = Base64Url(RandomNumberGenerator.GetBytes(32));
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            Args = [],
            ApplicationName = typeof(StudioServer).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = Environments.Production,
        });
        builder.Logging.ClearProviders();
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(5));
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, port);
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = MaxRequestBytes;
            kestrel.Limits.MaxRequestHeadersTotalSize = 32 * 1024;
            kestrel.Limits.MaxRequestLineSize = 8 * 1024;
        });

        var app = builder.Build();
        var server = new StudioServer(app, token, workspace);
        var guard = new StudioGuard(token, () => server.Port);
        app.Use(Refusals);
        app.Use(guard.Invoke);
        StudioAssets.Map(app);
        new StudioApi(workspace).Map(app);
        app.MapFallback(context => StudioProblem.Write(context, 404, "Not found", $"the studio has nothing at '{context.Request.Path}'"));

        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.Port = new Uri(address).Port;
        return server;
    }

    /// <summary>Waits until the process is asked to stop (Ctrl+C) or <paramref name="cancellationToken"/> is cancelled.</summary>
    public Task WaitForShutdown(CancellationToken cancellationToken) => _app.WaitForShutdownAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    /// <summary>Answers refusals and unreadable requests as problem documents; nothing the browser sends turns into a 500.</summary>
    private static async Task Refusals(HttpContext context, RequestDelegate next)
    {
        try
        {
            await next(context);
        }
        catch (StudioException refusal)
        {
            await StudioProblem.Write(context, refusal);
        }
        catch (BadHttpRequestException ex)
        {
            var status = ex.StatusCode is >= 400 and < 500 ? ex.StatusCode : 400;
            var detail = status == StatusCodes.Status413PayloadTooLarge
                ? $"the request is larger than the studio accepts ({MaxRequestBytes / (1024 * 1024)} MB)"
                : "the request could not be read";
            await StudioProblem.Write(context, status, "Bad request", detail);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            await StudioProblem.Write(context, 409, "File not accessible", $"the file could not be read or written: {ex.Message}");
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The browser went away.
        }
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
