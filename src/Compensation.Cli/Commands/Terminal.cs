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

    private static (TextWriter Writer, IAnsiConsole Console)? _out;
    private static (TextWriter Writer, IAnsiConsole Console)? _error;

    /// <summary>Standard output: results.</summary>
    public static IAnsiConsole Out => For(ref _out, Console.Out, Console.IsOutputRedirected);

    /// <summary>Standard error: problems, so that <c>--json</c> output stays clean.</summary>
    public static IAnsiConsole Error => For(ref _error, Console.Error, Console.IsErrorRedirected);

    /// <summary>The console over <paramref name="writer"/>, made again when the process's writer changed (<see cref="Console.SetOut"/>, as the in-process tests do).</summary>
    private static IAnsiConsole For(ref (TextWriter Writer, IAnsiConsole Console)? cached, TextWriter writer, bool redirected)
    {
        if (cached is { } known && ReferenceEquals(known.Writer, writer))
        {
            return known.Console;
        }

        var console = Create(writer, redirected);
        cached = (writer, console);
        return console;
    }

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
