using System.CommandLine;
using System.Diagnostics;

namespace Compensation.Cli.Studio;

/// <summary><c>compensation studio &lt;manual&gt;</c>: edit, try, test, check and simulate a manual in the browser.</summary>
internal static class StudioCommand
{
    public static Command Create()
    {
        var manual = new Argument<string>("manual") { Description = "The manual: a folder of .yaml rule files, one .yaml file, or a folder of version sub-folders." };
        var port = new Option<int>("--port") { Description = "The port on 127.0.0.1 (default: a free port).", DefaultValueFactory = _ => 0 };
        var noOpen = new Option<bool>("--no-open") { Description = "Do not open the browser; only print the address." };
        port.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 0 or > 65535)
            {
                result.AddError("--port must be between 1 and 65535 (or 0 for a free port)");
            }
        });
        var command = new Command("studio", """
            Open the manual in a local web studio: edit the rule files with live diagnostics, try an incident
            and see why, save it as a scenario, run the scenarios, check the manual and simulate its cost.
            Listens on 127.0.0.1 only; the printed address carries a secret token. Stop it with Ctrl+C.

            Examples:
              compensation studio rules/tienda-ejemplo
              compensation studio rules/tienda-ejemplo --port 5080 --no-open
            """)
        {
            manual, port, noOpen,
        };

        command.SetAction((parse, cancellationToken) => Run(parse.GetRequiredValue(manual), parse.GetValue(port), parse.GetValue(noOpen), cancellationToken));
        return command;
    }

    private static async Task<int> Run(string manualPath, int port, bool noOpen, CancellationToken cancellationToken)
    {
        var trimmed = Path.TrimEndingDirectorySeparator(manualPath);
        if (!File.Exists(trimmed) && !Directory.Exists(trimmed))
        {
            await Console.Error.WriteLineAsync($"{manualPath}: no such file or folder");
            return Commands.CommandLine.Failure;
        }

        StudioServer server;
        try
        {
            server = await StudioServer.Start(manualPath, port, cancellationToken);
        }
        catch (IOException ex)
        {
            await Console.Error.WriteLineAsync($"error: the studio cannot listen on 127.0.0.1:{port}: {ex.Message}");
            return Commands.CommandLine.Failure;
        }

        await using (server)
        {
            Console.Out.WriteLine($"Studio: {server.LaunchUrl}");
            await Console.Error.WriteLineAsync("Press Ctrl+C to stop the studio.");
            if (!noOpen)
            {
                OpenBrowser(server.LaunchUrl);
            }

            await server.WaitForShutdown(cancellationToken);
        }

        return Commands.CommandLine.Success;
    }

    private static void OpenBrowser(string url)
    {
        try
        {
            var start = OperatingSystem.IsWindows()
                ? new ProcessStartInfo("cmd", ["/c", "start", string.Empty, url.Replace("&", "^&", StringComparison.Ordinal)]) { CreateNoWindow = true }
                : new ProcessStartInfo(OperatingSystem.IsMacOS() ? "open" : "xdg-open", [url]);
            start.RedirectStandardError = true;
            start.RedirectStandardOutput = true;
            using var process = Process.Start(start);
        }
        catch (Exception ex) when (ex is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            Console.Error.WriteLine("(could not open a browser: open the address above yourself)");
        }
    }
}
