namespace Compensation;

/// <summary>A manual could not be loaded: every problem found is in <see cref="Diagnostics"/>.</summary>
public sealed class ManualLoadException : CompensationException
{
    internal ManualLoadException(string source, IReadOnlyList<Diagnostic> diagnostics)
        : base(BuildMessage(source, diagnostics))
    {
        Source = source;
        Diagnostics = diagnostics;
    }

    /// <summary>The file or folder that was loaded.</summary>
    public new string Source { get; }

    /// <summary>Every problem found, in file and line order.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    private static string BuildMessage(string source, IReadOnlyList<Diagnostic> diagnostics)
    {
        var errors = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
        var lines = diagnostics.Select(d => "  " + d.ToString());
        return $"The manual '{source}' has {errors} error(s):{Environment.NewLine}{string.Join(Environment.NewLine, lines)}";
    }
}
