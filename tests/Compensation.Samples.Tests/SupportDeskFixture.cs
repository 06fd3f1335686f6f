using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Compensation.TestSupport;

namespace Compensation.Samples.Tests;

/// <summary>
/// Packs the library with a version of its own (so no cached 0.1.0 can stand in for it), builds the sample
/// against that package in a temporary folder, starts it on a free port of 127.0.0.1 and stops it at the end.
/// Any step that fails throws with the step's output: the tests cannot pass without the sample running.
/// Packing and building take a minute or two, so every test class shares one app (<see cref="SupportDeskCollection"/>).
/// </summary>
public sealed class SupportDeskFixture : IAsyncLifetime
{
    private static readonly TimeSpan StepTimeout = TimeSpan.FromMinutes(8);

    // No MSBuild nodes or compiler server left running after the test.
    private static readonly string[] Isolated = ["-nodeReuse:false", "-p:UseSharedCompilation=false"];
    private readonly StringBuilder _output = new();
    private Process? _app;

    public static string RepoRoot => RepoPaths.Root;

    public string Work { get; } = Path.Combine(Path.GetTempPath(), "compensation-samples", Guid.NewGuid().ToString("N"));

    public HttpClient Client { get; private set; } = null!;

    /// <summary>The copy of the sample manual the app serves and watches.</summary>
    public string ManualPath => Path.Combine(Work, "manual");

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public async Task InitializeAsync()
    {
        var feed = Path.Combine(Work, "feed");
        var version = "0.1.0-sample-" + Guid.NewGuid().ToString("N");
        Directory.CreateDirectory(feed);

        // The sample's nuget.config names artifacts/packages; make sure it exists even in a fresh clone.
        Directory.CreateDirectory(Path.Combine(RepoRoot, "artifacts", "packages"));

        // The sample references the engine, its hosting package and the NRules package, as an application would.
        foreach (var package in (string[])["Compensation", "Compensation.Extensions", "Compensation.NRules"])
        {
            await Run("pack", "dotnet", ["pack", Path.Combine(RepoRoot, "src", package), "-c", "Release", "-o", feed, $"-p:Version={version}", "--artifacts-path", Path.Combine(Work, "build"), .. Isolated]);
            var nupkg = Path.Combine(feed, $"{package}.{version}.nupkg");
            if (!File.Exists(nupkg))
            {
                throw new InvalidOperationException($"dotnet pack did not produce {nupkg}:{Environment.NewLine}{Output}");
            }
        }

        var app = Path.Combine(Work, "app");
        await Run("build", "dotnet",
        [
            "build", Path.Combine(RepoRoot, "samples", "SupportDesk"), "-c", "Release", "-o", app,
            $"-p:CompensationVersion={version}",
            $"-p:RestoreAdditionalProjectSources={feed}",
            $"-p:RestorePackagesPath={Path.Combine(Work, "packages")}",
            $"-p:RestoreFallbackFolders={GlobalPackages()}",
            "--artifacts-path", Path.Combine(Work, "sample-build"),
            .. Isolated,
        ]);

        var port = FreePort();
        Client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = StepTimeout };
        // A copy of the sample manual, so that a test can break an edit and watch /health report it.
        Directory.CreateDirectory(ManualPath);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepoRoot, "rules", "tienda-ejemplo"), "*.yaml"))
        {
            File.Copy(file, Path.Combine(ManualPath, Path.GetFileName(file)));
        }

        _app = Start("dotnet", [Path.Combine(app, "SupportDesk.dll"), "--urls", $"http://127.0.0.1:{port}", $"--Compensation:ManualPath={ManualPath}"], app);
        await WaitUntilHealthy();
    }

    public async Task DisposeAsync()
    {
        if (_app is { } app)
        {
            if (!app.HasExited)
            {
                app.Kill(entireProcessTree: true);
                await app.WaitForExitAsync();
            }

            app.Dispose();
        }

        Client?.Dispose();
        try
        {
            Directory.Delete(Work, recursive: true);
        }
        catch (IOException)
        {
            // left for the system's temp cleanup
        }
    }

    private async Task WaitUntilHealthy()
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            if (_app!.HasExited)
            {
                throw new InvalidOperationException($"SupportDesk exited with code {_app.ExitCode} before answering:{Environment.NewLine}{Output}");
            }

            try
            {
                using var response = await Client.GetAsync(new Uri("/health", UriKind.Relative));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }

            // Only a hang gets this far: a start on a machine busy with other builds takes seconds, not minutes.
            if (deadline.Elapsed > StepTimeout)
            {
                throw new TimeoutException($"SupportDesk did not answer /health within {StepTimeout}:{Environment.NewLine}{Output}");
            }

            await Task.Delay(250);
        }
    }

    private async Task Run(string step, string file, string[] arguments)
    {
        using var process = Start(file, arguments, RepoRoot);
        using var timeout = new CancellationTokenSource(StepTimeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"'{step}' did not finish within {StepTimeout}:{Environment.NewLine}{Output}");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"'{step}' failed with exit code {process.ExitCode}:{Environment.NewLine}{Output}");
        }
    }

    private Process Start(string file, string[] arguments, string directory)
    {
        var info = new ProcessStartInfo(file) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["DOTNET_NOLOGO"] = "1";
        var process = new Process { StartInfo = info };
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        Append($"> {file} {string.Join(' ', arguments)}");
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private void Append(string? line)
    {
        if (line is not null)
        {
            lock (_output)
            {
                _output.AppendLine(line);
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string GlobalPackages()
        => Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
}
