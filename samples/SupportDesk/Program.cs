using Compensation;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using SupportDesk;

var builder = WebApplication.CreateBuilder(args);

// The manual path in configuration is relative to the app's folder, not to wherever it was started from.
builder.Services.AddCompensation(builder.Configuration.GetSection("Compensation"))
    .AddNRules(r => r.From(typeof(Program).Assembly)); // the desk's own C# rules (AtRiskCustomerRule) beside the manual's
builder.Services.AddSingleton<ICustomerRisk, ConfiguredCustomerRisk>();
builder.Services.PostConfigure<CompensationOptions>(o => o.ManualPath = Path.GetFullPath(o.ManualPath, builder.Environment.ContentRootPath));
builder.Services.AddHealthChecks().AddCompensationHealthCheck();
builder.Services.AddProblemDetails();

var app = builder.Build();

// Decide one incident: remedies, approval level, customer message and follow-ups, with the manual's version.
app.MapPost("/incidents/decide", (DecideRequest request, ICompensationEngine engine) =>
{
    try
    {
        return Results.Ok(engine.Decide(request.Incident, request.Customer));
    }
    catch (InvalidIncidentException ex)
    {
        return Results.ValidationProblem(
            ex.Errors.GroupBy(e => e.Property).ToDictionary(g => g.Key, g => g.Select(e => $"{e.Code}: {e.Message}").ToArray()),
            title: "The incident cannot be decided");
    }
});

// Which manual versions are live, and whether the latest edit of the rule files was rejected (and why).
app.MapGet("/manual", (ICompensationEngine engine) => engine.Status);

app.MapHealthChecks("/health", new HealthCheckOptions
{
    ResultStatusCodes = { [Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Degraded] = StatusCodes.Status200OK },
});

app.Run();
