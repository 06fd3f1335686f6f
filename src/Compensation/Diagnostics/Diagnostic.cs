namespace Compensation;

/// <summary>A problem found in a rule file, with where it is, a stable code and a hint to fix it.</summary>
/// <param name="Code">A stable code such as <c>CMP008</c> (docs/manual-language.md lists them all).</param>
/// <param name="Severity">Whether the manual can still be compiled.</param>
/// <param name="Message">What is wrong, naming the offending value.</param>
/// <param name="Location">Where it is.</param>
/// <param name="Hint">How to fix it, when there is something concrete to say.</param>
public sealed record Diagnostic(string Code, DiagnosticSeverity Severity, string Message, SourceLocation Location, string? Hint = null)
{
    /// <summary>Returns <c>file:line:col: error CODE: message (hint)</c>.</summary>
    public override string ToString()
    {
        var severity = Severity == DiagnosticSeverity.Error ? "error" : "warning";
        return Hint is null
            ? $"{Location}: {severity} {Code}: {Message}"
            : $"{Location}: {severity} {Code}: {Message} (hint: {Hint})";
    }
}
