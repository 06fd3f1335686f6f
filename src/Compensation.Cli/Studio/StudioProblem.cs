using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Compensation.Cli.Studio;

/// <summary>Writes refusals as RFC 9457 problem documents (<c>application/problem+json</c>).</summary>
internal static class StudioProblem
{
    public const string ContentType = "application/problem+json";

    public static async Task Write(HttpContext context, int status, string title, string detail, IReadOnlyDictionary<string, object?>? extensions = null)
    {
        if (context.Response.HasStarted)
        {
            return;
        }

        context.Response.Clear();
        StudioGuard.AddSecurityHeaders(context.Response);
        context.Response.StatusCode = status;
        context.Response.ContentType = ContentType;
        var problem = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["type"] = "about:blank",
            ["title"] = title,
            ["status"] = status,
            ["detail"] = detail,
        };
        foreach (var (key, value) in extensions ?? new Dictionary<string, object?>())
        {
            problem[key] = value;
        }

        await JsonSerializer.SerializeAsync(context.Response.Body, problem, StudioJson.Options, context.RequestAborted);
    }

    public static Task Write(HttpContext context, StudioException refusal)
        => Write(context, refusal.Status, refusal.Title, refusal.Message, refusal.Extensions);
}
