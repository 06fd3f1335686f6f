using Microsoft.Extensions.Logging;

namespace Compensation.Hosting;

/// <summary>The engine's log messages (source-generated, no allocation when the level is off).</summary>
internal static partial class Log
{
    [LoggerMessage(1, LogLevel.Information, "Compensation manual loaded from {Path}: {Versions}")]
    public static partial void Loaded(ILogger logger, string path, string versions);

    [LoggerMessage(2, LogLevel.Information, "Compensation manual reloaded from {Path}: {Versions}")]
    public static partial void Reloaded(ILogger logger, string path, string versions);

    [LoggerMessage(3, LogLevel.Error, "Compensation manual edit rejected ({ErrorCount} errors); still serving {Versions}:{NewLine}{Diagnostics}")]
    public static partial void Rejected(ILogger logger, int errorCount, string versions, string newLine, string diagnostics);

    [LoggerMessage(4, LogLevel.Debug, "Compensation manual edit did not load (attempt {Attempt} of {Attempts}); reading it again")]
    public static partial void Retrying(ILogger logger, int attempt, int attempts);

    [LoggerMessage(5, LogLevel.Debug, "Decided incident {IncidentId} ({Failure}) with manual {Version} ({Hash}): {RemedyCount} remedies, total {Total} {Currency}, approval {Approval}")]
    public static partial void Decided(ILogger logger, string? incidentId, string failure, string version, string hash, int remedyCount, decimal total, string currency, string approval);

    [LoggerMessage(6, LogLevel.Error, "Compensation manual reload failed unexpectedly; still serving the last good manual")]
    public static partial void ReloadFailed(ILogger logger, Exception exception);
}
