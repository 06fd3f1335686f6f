using System.Text.Json;
using System.Text.Json.Serialization;

namespace Compensation.Cli.Commands;

/// <summary>An incident file: <c>{ "incident": {...}, "customer": {...} }</c> (camelCase, as in <c>rules/*/incidents/</c>).</summary>
internal sealed record IncidentInput
{
    /// <summary>Strict reading: a misspelt property is an error, not a silently ignored value.</summary>
    private static readonly JsonSerializerOptions ReadOptions = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>What went wrong.</summary>
    public Incident? Incident { get; init; }

    /// <summary>Who it happened to.</summary>
    public Customer? Customer { get; init; }

    /// <summary>
    /// Reads an incident file, or standard input when <paramref name="file"/> is <c>-</c>. Returns null after writing
    /// the problem to standard error, with <paramref name="exitCode"/> telling whether it was a usage error or bad input.
    /// </summary>
    public static IncidentInput? Read(string file, out int exitCode)
    {
        exitCode = CommandLine.Success;
        string json;
        try
        {
            if (file == "-")
            {
                if (!Console.IsInputRedirected)
                {
                    Console.Error.WriteLine("error: --incident - reads the incident from standard input; pipe a JSON file into it");
                    exitCode = CommandLine.UsageError;
                    return null;
                }

                json = Console.In.ReadToEnd();
            }
            else
            {
                json = File.ReadAllText(file);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"error: cannot read the incident file '{file}': {ex.Message}");
            exitCode = CommandLine.Failure;
            return null;
        }

        var source = file == "-" ? "standard input" : file;
        try
        {
            var input = JsonSerializer.Deserialize<IncidentInput>(json, ReadOptions);
            var missing = input is null ? "an object { \"incident\": {...}, \"customer\": {...} }"
                : input.Incident is null ? "an \"incident\" object"
                : input.Customer is null ? "a \"customer\" object"
                : null;
            if (missing is null)
            {
                return input;
            }

            Console.Error.WriteLine($"error: the incident in {source} needs {missing}");
        }
        catch (JsonException ex)
        {
            Console.Error.WriteLine($"error: the incident in {source} cannot be read: {ex.Message}");
        }

        exitCode = CommandLine.Failure;
        return null;
    }
}
