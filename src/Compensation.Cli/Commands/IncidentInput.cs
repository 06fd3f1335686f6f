namespace Compensation.Cli.Commands;

/// <summary>An incident and its customer, from a file, standard input or the command line's options.</summary>
/// <param name="Incident">What went wrong.</param>
/// <param name="Customer">Who it happened to.</param>
internal sealed record IncidentInput(Incident Incident, Customer Customer)
{
    /// <summary>
    /// Reads an incident file, or standard input when <paramref name="file"/> is <c>-</c>, with the library's strict
    /// reader (<see cref="IncidentJson"/>). Returns null after writing every problem to standard error (and to
    /// <paramref name="report"/>), with <paramref name="exitCode"/> telling whether it was a usage error or bad input.
    /// </summary>
    public static IncidentInput? Read(string file, ErrorReport report, out int exitCode)
    {
        exitCode = CommandLine.Success;
        var source = file == "-" ? "standard input" : file;
        IncidentJsonResult result;
        try
        {
            if (file == "-")
            {
                if (!Console.IsInputRedirected)
                {
                    Problem(report, null, "--incident", "--incident - reads the incident from standard input; pipe a JSON file into it");
                    exitCode = CommandLine.UsageError;
                    return null;
                }

                // Bytes, not text: the reader checks they are UTF-8 instead of a decoder replacing what is not.
                using var input = Console.OpenStandardInput();
                result = IncidentJson.TryReadAsync(input).GetAwaiter().GetResult();
            }
            else
            {
                var length = new FileInfo(file).Length;
                result = length > IncidentJson.MaxDocumentBytes
                    ? IncidentJson.TryRead(new byte[IncidentJson.MaxDocumentBytes + 1]) // too large: refused before reading it
                    : IncidentJson.TryRead(File.ReadAllBytes(file));
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Problem(report, null, file, $"cannot read the incident file '{file}': {ex.Message}");
            exitCode = CommandLine.Failure;
            return null;
        }

        if (result.Succeeded)
        {
            return new IncidentInput(result.Incident, result.Customer);
        }

        Console.Error.WriteLine($"error: the incident in {source} cannot be read:");
        foreach (var error in result.Errors)
        {
            Console.Error.WriteLine("  " + error);
            report.Add(error);
        }

        exitCode = CommandLine.Failure;
        return null;
    }

    private static void Problem(ErrorReport report, string? code, string where, string message)
    {
        Console.Error.WriteLine("error: " + message);
        report.Add(code, where, message);
    }
}
