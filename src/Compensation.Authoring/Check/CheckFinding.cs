namespace Compensation;

/// <summary>
/// One finding of <see cref="ManualCheck"/>: what is wrong, where, and a concrete incident (or two) that shows it.
/// </summary>
/// <param name="Code">A stable code, <c>CHECK001</c>…<c>CHECK009</c>.</param>
/// <param name="Severity">Errors fail <c>compensation check</c>; warnings deserve a look.</param>
/// <param name="Message">What is wrong.</param>
/// <param name="Location">The rule (or catalogue entry) concerned.</param>
/// <param name="Counterexample">The incidents that show it, one per line, written as scenario entries.</param>
public sealed record CheckFinding(string Code, DiagnosticSeverity Severity, string Message, SourceLocation Location, IReadOnlyList<string> Counterexample)
{
    /// <summary>Returns <c>file:line:col: warning CHECKxxx: message</c> followed by the counterexample lines, indented.</summary>
    public override string ToString()
    {
        var head = $"{Location}: {(Severity == DiagnosticSeverity.Error ? "error" : "warning")} {Code}: {Message}";
        return Counterexample.Count == 0 ? head : head + Environment.NewLine + string.Join(Environment.NewLine, Counterexample.Select(c => "    " + c));
    }
}
