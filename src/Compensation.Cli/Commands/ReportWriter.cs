using Spectre.Console;
using Spectre.Console.Rendering;

namespace Compensation.Cli.Commands;

/// <summary>
/// Writes a command's report line by line through the tool's Spectre consoles (<see cref="Terminal"/>): colours
/// only on an interactive terminal (never when the output is redirected or NO_COLOR is set), lines never wrapped,
/// and a progress line on standard error only when it is a terminal.
/// </summary>
internal sealed class ReportWriter(IAnsiConsole output, IAnsiConsole error, bool progress)
{
    /// <summary>A writer over two text writers (tests, the studio): colours only when <paramref name="color"/>.</summary>
    public ReportWriter(TextWriter output, TextWriter error, bool color, bool progress)
        : this(Terminal.Create(output, redirected: !color), Terminal.Create(error, redirected: !color), progress)
    {
    }

    public static ReportWriter ForConsole() => new(Terminal.Out, Terminal.Error, progress: !Console.IsErrorRedirected);

    public void Line(string text = "") => output.Write(new Unwrapped(text, Style.Plain));

    public void Green(string text) => output.Write(new Unwrapped(text, new Style(Color.Green)));

    public void Red(string text) => output.Write(new Unwrapped(text, new Style(Color.Red)));

    public void Yellow(string text) => output.Write(new Unwrapped(text, new Style(Color.Yellow)));

    public void Dim(string text) => output.Write(new Unwrapped(text, new Style(decoration: Decoration.Dim)));

    public void Error(string text) => error.Write(new Unwrapped(text, Style.Plain));

    /// <summary>Loads the manual, or writes <paramref name="failure"/> and every diagnostic and returns null.</summary>
    public CompensationManual? LoadManual(string manualPath, string failure)
    {
        var load = CompensationManual.TryLoad(manualPath, LoadLimits.Options);
        if (load.Manual is null)
        {
            Error(failure);
            foreach (var diagnostic in load.Diagnostics)
            {
                Finding(diagnostic);
            }
        }

        return load.Manual;
    }

    /// <summary>The folder that holds a manual given as a folder or as one of its files (its scenarios are there).</summary>
    public static string ManualFolder(string manualPath)
        => File.Exists(manualPath) ? Path.GetDirectoryName(Path.GetFullPath(manualPath))! : manualPath;

    public void Finding(Diagnostic diagnostic)
    {
        if (diagnostic.Severity == DiagnosticSeverity.Error)
        {
            Red(diagnostic.ToString());
        }
        else
        {
            Yellow(diagnostic.ToString());
        }
    }

    /// <summary>A progress reporter that rewrites one line on standard error; null when standard error is not a terminal.</summary>
    public IProgress<double>? Progress(string what)
        => progress ? new InlineProgress(error, what) : null;

    /// <summary>Clears the progress line (a carriage return is a control, not text: it goes to the console's writer as is).</summary>
    public void EndProgress()
    {
        if (progress)
        {
            error.Profile.Out.Writer.Write("\r" + new string(' ', 60) + "\r");
        }
    }

    /// <summary>
    /// Text written as is, one line per line of the text: a finding or a JSON report is never folded at the
    /// console's width (redirected output is read by tools), and brackets are not taken for markup.
    /// </summary>
    private sealed class Unwrapped(string text, Style style) : Renderable
    {
        protected override Measurement Measure(RenderOptions options, int maxWidth) => new(0, maxWidth);

        protected override IEnumerable<Segment> Render(RenderOptions options, int maxWidth)
        {
            foreach (var line in text.ReplaceLineEndings("\n").Split('\n'))
            {
                yield return new Segment(line, style);
                yield return Segment.LineBreak;
            }
        }
    }

    private sealed class InlineProgress(IAnsiConsole error, string what) : IProgress<double>
    {
        private int _last = -1;

        public void Report(double value)
        {
            var percent = (int)(value * 100);
            if (percent != _last)
            {
                _last = percent;
                error.Profile.Out.Writer.Write($"\r{what}: {percent,3} %");
            }
        }
    }
}
