using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http;

namespace Compensation.Cli.Studio;

/// <summary>The studio's JSON: web defaults (camelCase), enums as text, bounded reading of request bodies.</summary>
internal static class StudioJson
{
    public static readonly JsonSerializerOptions Options = CreateOptions();

    /// <summary>Reads a JSON request body; refuses (4xx) a body that is not JSON, too large or malformed, in the author's terms.</summary>
    public static async Task<T> Read<T>(HttpContext context)
        where T : class
    {
        var type = context.Request.ContentType;
        if (type is null || !type.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
        {
            throw new StudioException(415, "Unsupported content type", "send the request as JSON (Content-Type: application/json)");
        }

        try
        {
            var value = await JsonSerializer.DeserializeAsync<T>(context.Request.Body, Options, context.RequestAborted);
            return value ?? throw StudioException.BadRequest("the request body is empty: send a JSON object");
        }
        catch (JsonException ex)
        {
            var where = ex.Path is { Length: > 1 } path ? $" at {path}" : string.Empty;
            throw StudioException.BadRequest($"the request is not the JSON the studio expects{where} (line {(ex.LineNumber ?? 0) + 1}, position {(ex.BytePositionInLine ?? 0) + 1})");
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            throw new StudioException(413, "Request too large", $"the request is larger than the studio accepts ({StudioServer.MaxRequestBytes / (1024 * 1024)} MB)");
        }
    }

    public static Task Write(HttpContext context, object value, int status = 200)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; charset=utf-8";
        return JsonSerializer.SerializeAsync(context.Response.Body, value, value.GetType(), Options, context.RequestAborted);
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.Never,
            MaxDepth = 32,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        return options;
    }
}
