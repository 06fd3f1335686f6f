using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Compensation.Cli.Studio;

/// <summary>
/// The page, script and styles, embedded in the tool (<c>Studio/Assets/</c>), and the JSON Schemas of rule and
/// scenario files (the library's <c>Schemas/</c>, embedded as <c>Studio/schemas/</c>) for completion: the studio needs no network.
/// </summary>
internal static class StudioAssets
{
    private static readonly (string Route, string Resource, string ContentType)[] Files =
    [
        ("/", "index.html", "text/html; charset=utf-8"),
        ("/studio.css", "studio.css", "text/css; charset=utf-8"),
        ("/studio.js", "studio.js", "text/javascript; charset=utf-8"),
        ("/editor.js", "editor.js", "text/javascript; charset=utf-8"),
        ("/yaml.js", "yaml.js", "text/javascript; charset=utf-8"),
        ("/completion.js", "completion.js", "text/javascript; charset=utf-8"),
        ("/schemas/manual.schema.json", "schemas/manual.schema.json", "application/schema+json; charset=utf-8"),
        ("/schemas/scenarios.schema.json", "schemas/scenarios.schema.json", "application/schema+json; charset=utf-8"),
        ("/favicon.svg", "favicon.svg", "image/svg+xml"),
    ];

    public static void Map(IEndpointRouteBuilder app)
    {
        foreach (var (route, resource, contentType) in Files)
        {
            var bytes = Read(resource);
            app.MapGet(route, async context =>
            {
                context.Response.ContentType = contentType;
                context.Response.ContentLength = bytes.Length;
                await context.Response.Body.WriteAsync(bytes, context.RequestAborted);
            });
        }

        app.MapGet("/favicon.ico", context =>
        {
            context.Response.Redirect("/favicon.svg");
            return Task.CompletedTask;
        });
    }

    /// <summary>An embedded asset's bytes.</summary>
    public static byte[] Read(string name)
    {
        using var stream = typeof(StudioAssets).Assembly.GetManifestResourceStream("Studio/" + name)
            ?? throw new InvalidOperationException($"the studio asset '{name}' is missing from the tool");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
