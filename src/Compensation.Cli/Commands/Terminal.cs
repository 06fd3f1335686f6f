using Spectre.Console;

namespace Compensation.Cli.Commands;

/// <summary>
/// The tool's two consoles (standard output and standard error). Colours and ANSI codes are used only
/// on a real terminal and never when <c>NO_COLOR</c> is set; redirected output is plain text, wide enough
/// not to wrap tables (<c>COLUMNS</c> overrides the width).
/// </summary>
internal static class Terminal
{
    private const int RedirectedWidth = 160;

    private static readonly Lazy<IAnsiConsole> LazyOut = new(() => Create(Console.Out, Console.IsOutputRedirected));
    private static readonly Lazy<IAnsiConsole> LazyError = new(() => Create(Console.Error, Console.IsErrorRedirected));

    /// <summary>Standard output: results.</summary>
    public static IAnsiConsole Out => LazyOut.Value;

    /// <summary>Standard error: problems, so that <c>--json</c> output stays clean.</summary>
    public static IAnsiConsole Error => LazyError.Value;

    /// <summary>A console over <paramref name="writer"/>: plain text (no colours, no ANSI codes) when <paramref name="redirected"/> or NO_COLOR is set.</summary>
    public static IAnsiConsole Create(TextWriter writer, bool redirected)
    {
        var plain = redirected || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = plain ? AnsiSupport.No : AnsiSupport.Detect,
            ColorSystem = plain ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
            Interactive = InteractionSupport.No,
        });

        if (int.TryParse(Environment.GetEnvironmentVariable("COLUMNS"), out var columns) && columns > 20)
        {
            console.Profile.Width = columns;
        }
        else if (redirected)
        {
            console.Profile.Width = RedirectedWidth;
        }

        return console;
    }
}
