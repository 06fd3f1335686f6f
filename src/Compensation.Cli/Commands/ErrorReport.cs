using System.Text.Json;
using System.Text.Json.Serialization;

namespace Compensation.Cli.Commands;

/// <summary>
/// The problems of one run of <c>decide</c> or <c>explain</c>: written as text on standard error, and with
/// <c>--json</c> also as one JSON document on standard output, <c>{ "errors": [ { "code", "where", "message", "hint" } ] }</c>,
/// so that a script reading standard output always gets JSON.
/// </summary>
internal sealed class ErrorReport
{
    private readonly List<Entry> _errors = [];

    /// <summary>Creates a report.</summary>
    /// <param name="json">Whether standard output is JSON.</param>
    public ErrorReport(bool json) => Json = json;

    /// <summary>Whether standard output is JSON.</summary>
    public bool Json { get; }

    /// <summary>Adds a problem (already written as text on standard error by the caller, or to be written by <see cref="Fail"/>).</summary>
    public void Add(string? code, string? where, string message, string? hint = null) => _errors.Add(new Entry(code, where, message, hint));

    /// <summary>Adds a manual diagnostic.</summary>
    public void Add(Diagnostic diagnostic) => Add(diagnostic.Code, diagnostic.Location.ToString(), diagnostic.Message, diagnostic.Hint);

    /// <summary>Adds an incident problem.</summary>
    public void Add(IncidentError error) => Add(error.Code, error.Property, error.Message);

    /// <summary>With <c>--json</c>, writes the problems as JSON on standard output; returns <paramref name="exitCode"/>.</summary>
    public int Fail(int exitCode)
    {
        if (Json)
        {
            Console.Out.WriteLine(Serialize(_errors));
        }

        return exitCode;
    }

    /// <summary>The JSON of a list of problems.</summary>
    public static string Serialize(IEnumerable<(string? Code, string? Where, string Message)> errors)
        => Serialize(errors.Select(e => new Entry(e.Code, e.Where, e.Message, null)));

    private static string Serialize(IEnumerable<Entry> errors)
        => JsonSerializer.Serialize(new Document([.. errors]), ErrorJsonContext.Default.Document);

    internal sealed record Entry(string? Code, string? Where, string Message, string? Hint);

    internal sealed record Document(IReadOnlyList<Entry> Errors);
}

/// <summary>Source-generated serialization of <see cref="ErrorReport"/>'s JSON (camelCase, indented, no nulls).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, WriteIndented = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ErrorReport.Document))]
internal sealed partial class ErrorJsonContext : JsonSerializerContext;
