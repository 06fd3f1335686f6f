namespace Compensation.Diagnostics;

/// <summary>Collects every diagnostic of a load so that all problems are reported at once.</summary>
internal sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];

    public bool HasErrors => _items.Exists(d => d.Severity == DiagnosticSeverity.Error);

    public int Count => _items.Count;

    public void Error(string code, SourceLocation location, string message, string? hint = null)
        => _items.Add(new Diagnostic(code, DiagnosticSeverity.Error, message, location, hint));

    public void Warning(string code, SourceLocation location, string message, string? hint = null)
        => _items.Add(new Diagnostic(code, DiagnosticSeverity.Warning, message, location, hint));

    public void Add(Diagnostic diagnostic) => _items.Add(diagnostic);

    /// <summary>The diagnostics in file, line and column order (stable for equal positions).</summary>
    public IReadOnlyList<Diagnostic> ToSortedList()
        => _items
            .Select((d, i) => (d, i))
            .OrderBy(x => x.d.Location.File, StringComparer.Ordinal)
            .ThenBy(x => x.d.Location.Line)
            .ThenBy(x => x.d.Location.Column)
            .ThenBy(x => x.i)
            .Select(x => x.d)
            .ToList();
}
