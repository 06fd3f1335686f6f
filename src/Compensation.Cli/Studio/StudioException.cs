namespace Compensation.Cli.Studio;

/// <summary>
/// A request the studio refuses, answered as <c>application/problem+json</c> with <see cref="Status"/> (always 4xx)
/// and a message in the policy author's terms.
/// </summary>
internal sealed class StudioException : Exception
{
    public StudioException(int status, string title, string detail, IReadOnlyDictionary<string, object?>? extensions = null)
        : base(detail)
    {
        Status = status;
        Title = title;
        Extensions = extensions ?? new Dictionary<string, object?>();
    }

    public StudioException()
        : this(400, "Bad request", "the request was refused")
    {
    }

    public StudioException(string message)
        : this(400, "Bad request", message)
    {
    }

    public StudioException(string message, Exception innerException)
        : base(message, innerException)
    {
        Status = 400;
        Title = "Bad request";
        Extensions = new Dictionary<string, object?>();
    }

    /// <summary>The HTTP status (400–499).</summary>
    public int Status { get; }

    /// <summary>A short title: "Path refused", "Conflict"…</summary>
    public string Title { get; }

    /// <summary>Extra members of the problem document (the version on disk for a conflict…).</summary>
    public IReadOnlyDictionary<string, object?> Extensions { get; }

    public static StudioException BadRequest(string detail) => new(400, "Bad request", detail);

    public static StudioException PathRefused(string detail) => new(403, "Path refused", detail);

    public static StudioException NotFound(string detail) => new(404, "Not found", detail);

    public static StudioException Unprocessable(string title, string detail, IReadOnlyDictionary<string, object?>? extensions = null) => new(422, title, detail, extensions);
}
