using System.Text.Json;
using Compensation;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using SupportDesk;

var builder = WebApplication.CreateBuilder(args);

// The manual path in configuration is relative to the app's folder, not to wherever it was started from.
builder.Services.AddCompensation(builder.Configuration.GetSection("Compensation"))
    .AddNRules(r => r.From(typeof(Program).Assembly)); // the desk's own C# rules (AtRiskCustomerRule) beside the manual's
builder.Services.AddSingleton<ICustomerRisk, ConfiguredCustomerRisk>();
builder.Services.PostConfigure<CompensationOptions>(o => o.ManualPath = Path.GetFullPath(o.ManualPath, builder.Environment.ContentRootPath));
builder.Services.AddHealthChecks().AddCompensationHealthCheck();
builder.Services.AddProblemDetails();

// No request body larger than an incident document may be: Kestrel refuses it (413) before anything reads it.
builder.Services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(o => o.Limits.MaxRequestBodySize = IncidentJson.MaxDocumentBytes);

var app = builder.Build();

// Every error the framework produces itself (404, 405, 413…) is answered as application/problem+json, never with an empty body.
app.UseExceptionHandler();
app.UseStatusCodePages();

// Decide one incident: remedies, approval level, customer message and follow-ups, with the manual's version.
// The body is read by the library's strict reader, so every problem (malformed JSON, a number in quotes, a date without
// its offset, an unknown property…) is answered as 400 with each error's JSON path and code; a body larger than
// IncidentJson.MaxDocumentBytes is 413; an unknown tier or failure kind is 400 too, with the engine's INC codes.
app.MapPost("/incidents/decide", async (HttpContext http, ICompensationEngine engine) =>
{
    IncidentJsonResult read;
    try
    {
        read = await IncidentJson.TryReadAsync(http.Request.Body, http.RequestAborted);
    }
    catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
    {
        return Problem(StatusCodes.Status413PayloadTooLarge, "The incident document is too large", [new IncidentError("$", "INC025", $"the body is larger than {IncidentJson.MaxDocumentBytes} bytes")]);
    }

    if (!read.Succeeded)
    {
        var status = read.Errors.Any(e => e.Code == "INC025" && e.Property == "$") ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status400BadRequest;
        return Problem(status, "The incident document cannot be read", read.Errors);
    }

    try
    {
        return Results.Ok(engine.Decide(read.Incident, read.Customer));
    }
    catch (InvalidIncidentException ex)
    {
        return Problem(StatusCodes.Status400BadRequest, "The incident cannot be decided", ex.Errors);
    }
});

// Which manual versions are live, and whether the latest edit of the rule files was rejected (and why).
app.MapGet("/manual", (ICompensationEngine engine) => engine.Status);

// Health: the live manual's version and content hash, and the rejected edit's diagnostics when degraded, as JSON.
app.MapHealthChecks("/health", new HealthCheckOptions
{
    ResultStatusCodes = { [HealthStatus.Degraded] = StatusCodes.Status200OK },
    ResponseWriter = WriteHealth,
});

app.Run();

// A problem+json answer listing every error: { "title", "status", "errors": [ { "path", "code", "message" } ] }.
static IResult Problem(int status, string title, IEnumerable<IncidentError> errors)
    => Results.Problem(
        title: title,
        statusCode: status,
        extensions: new Dictionary<string, object?> { ["errors"] = errors.Select(e => new { path = e.Property, code = e.Code, message = e.Message }).ToArray() });

static Task WriteHealth(HttpContext http, HealthReport report)
{
    http.Response.ContentType = "application/json";
    var entry = report.Entries["compensation"];
    return JsonSerializer.SerializeAsync(http.Response.Body, new
    {
        status = report.Status.ToString(),
        description = entry.Description,
        version = entry.Data.TryGetValue("version", out var version) ? version : null,
        contentHash = entry.Data.TryGetValue("contentHash", out var hash) ? hash : null,
        versions = entry.Data.TryGetValue("versions", out var versions) ? versions : null,
        latestEditRejected = entry.Data.TryGetValue("latestEditRejected", out var rejected) ? rejected : null,
        rejected = entry.Data.TryGetValue("rejected", out var diagnostics) ? diagnostics : null,
    });
}
