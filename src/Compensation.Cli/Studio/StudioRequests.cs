namespace Compensation.Cli.Studio;

/// <summary>What most requests carry: the browser's unsaved texts (path relative to the manual's folder → text) and the version to use.</summary>
internal record EditRequest
{
    public Dictionary<string, string>? Files { get; init; }

    /// <summary>A version sub-folder's name; empty for the latest (or the only) version.</summary>
    public string? Version { get; init; }
}

internal sealed record SaveRequest
{
    public string? Path { get; init; }

    public string? Text { get; init; }

    /// <summary>The version tag the browser read the file with (null for a file it creates).</summary>
    public string? Etag { get; init; }

    /// <summary>Save even though the manual does not validate with this text.</summary>
    public bool AcceptInvalid { get; init; }
}

internal sealed record UndoRequest
{
    public string? Path { get; init; }

    public string? Etag { get; init; }
}

internal sealed record TryRequest : EditRequest
{
    public IncidentForm? Form { get; init; }
}

internal sealed record SaveScenarioRequest : EditRequest
{
    public IncidentForm? Form { get; init; }

    /// <summary>The scenario file (under <c>scenarios/</c>) to append to; created when it does not exist.</summary>
    public string? File { get; init; }

    public string? Name { get; init; }

    /// <summary>The version tag of the scenario file the browser has open, if it has it open.</summary>
    public string? Etag { get; init; }
}

internal sealed record RunScenariosRequest : EditRequest
{
    /// <summary>One scenario's name, or null for all.</summary>
    public string? Name { get; init; }
}

internal sealed record CheckRequest : EditRequest
{
    public long? MaxIncidents { get; init; }
}

internal sealed record SimulateRequest : EditRequest
{
    /// <summary>A history file under the manual's folder (.csv, .jsonl), or null to generate one.</summary>
    public string? History { get; init; }

    /// <summary>Rows to generate when no history file is given.</summary>
    public long? Rows { get; init; }

    public int? Seed { get; init; }

    /// <summary>Empty for no comparison, <c>disk</c> for the manual as saved, or <c>version:NAME</c>.</summary>
    public string? Baseline { get; init; }
}
