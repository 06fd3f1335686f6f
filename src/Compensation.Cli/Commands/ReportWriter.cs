namespace Compensation.Cli.Commands;

/// <summary>
/// Writes a command's report: colours only on an interactive terminal (never when the output is redirected
/// or NO_COLOR is set), and a progress line on standard error only when it is a terminal.
/// </summary>
internal sealed class ReportWriter(TextWriter output, TextWriter error, bool color, bool progress)
{
    public static ReportWriter ForConsole()
        => new(
            Console.Out,
            Console.Error,
            color: !Console.IsOutputRedirected && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR")),
            progress: !Console.IsErrorRedirected);

    public TextWriter Out => output;

    public void Line(string text = "") => output.WriteLine(text);

    public void Green(string text) => output.WriteLine(Paint("32", text));

    public void Red(string text) => output.WriteLine(Paint("31", text));

    public void Yellow(string text) => output.WriteLine(Paint("33", text));

    public void Dim(string text) => output.WriteLine(Paint("2", text));

    public void Error(string text) => error.WriteLine(text);

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

    public void EndProgress()
    {
        if (progress)
        {
            error.Write("\r" + new string(' ', 60) + "\r");
        }
    }

    private string Paint(string code, string text) => color ? $"\u001b[{code}m{text}\u001b[0m" : text;

    private sealed class InlineProgress(TextWriter error, string what) : IProgress<double>
    {
        private int _last = -1;

        public void Report(double value)
        {
            var percent = (int)(value * 100);
            if (percent != _last)
            {
                _last = percent;
                error.Write($"\r{what}: {percent,3} %");
            }
        }
    }
}
