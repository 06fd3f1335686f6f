namespace Compensation;

/// <summary>A position in a rule file: the file, and the 1-based line and column.</summary>
/// <param name="File">The file's path as it was given to the loader.</param>
/// <param name="Line">The 1-based line.</param>
/// <param name="Column">The 1-based column.</param>
public readonly record struct SourceLocation(string File, int Line, int Column)
{
    /// <summary>Returns <c>file:line:column</c>, the form editors and CI understand.</summary>
    public override string ToString() => $"{File}:{Line}:{Column}";
}
