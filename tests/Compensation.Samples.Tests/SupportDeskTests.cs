using System.Net;
using System.Text.Json;

namespace Compensation.Samples.Tests;

/// <summary>The sample application, built against the packed library, answers real HTTP requests.</summary>
[Collection(SupportDeskCollection.Name)]
public sealed class SupportDeskTests(SupportDeskFixture app)
{
    [Fact]
    public async Task PostDecide_SampleIncident_AnswersTheDecisionWithMessageAndFollowUps()
    {
        var body = await File.ReadAllTextAsync(Path.Combine(SupportDeskFixture.RepoRoot, "rules", "tienda-ejemplo", "incidents", "retraso-oro.json"));
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");

        using var response = await app.Client.PostAsync(new Uri("/incidents/decide", UriKind.Relative), content);

        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{response.StatusCode}: {text}{Environment.NewLine}{app.Output}");
        using var json = JsonDocument.Parse(text);
        var decision = json.RootElement;
        Assert.Equal("INC-1001", decision.GetProperty("incidentId").GetString());
        Assert.Equal("2026.11", decision.GetProperty("manual").GetProperty("version").GetString());
        Assert.Equal(64, decision.GetProperty("manual").GetProperty("contentHash").GetString()!.Length); // SHA-256 in hex
        Assert.NotEqual(0, decision.GetProperty("remedies").GetArrayLength());
        Assert.DoesNotContain(decision.GetProperty("remedies").EnumerateArray(), r => r.GetProperty("ruleSet").GetString() == "host"); // C-42 is not at risk

        // The customer has no locale: the manual's (es-ES) picks the Spanish delay template; no name, so "cliente".
        Assert.StartsWith("Estimado/a cliente:\nLamentamos que su pedido INC-1001 no llegara", decision.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Contains(decision.GetProperty("followUps").EnumerateArray(), f => f.GetProperty("name").GetString() == "encuesta-satisfaccion");
    }

    [Fact]
    public async Task PostDecide_CustomerTheCrmFlagsAtRisk_TheDesksNRulesRuleAddsAManagerCall()
    {
        // The sample incident again, for customer C-7, whom the sample's configuration lists as at risk.
        var body = (await File.ReadAllTextAsync(Path.Combine(SupportDeskFixture.RepoRoot, "rules", "tienda-ejemplo", "incidents", "retraso-oro.json")))
            .Replace("\"C-42\"", "\"C-7\"", StringComparison.Ordinal);
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");

        using var response = await app.Client.PostAsync(new Uri("/incidents/decide", UriKind.Relative), content);

        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{response.StatusCode}: {text}{Environment.NewLine}{app.Output}");
        using var json = JsonDocument.Parse(text);
        var remedies = json.RootElement.GetProperty("remedies").EnumerateArray().ToList();
        var call = Assert.Single(remedies, r => r.GetProperty("ruleSet").GetString() == "host");
        Assert.Equal("manager-call", call.GetProperty("kind").GetString());
        Assert.Equal("SupportDesk.AtRiskCustomerRule", call.GetProperty("rule").GetString());
    }

    [Fact]
    public async Task PostDecide_UnknownTier_AnswersBadRequestWithTheIncidentErrors()
    {
        using var content = new StringContent("""{ "incident": { "failure": "danado" }, "customer": { "tier": "diamante" } }""", System.Text.Encoding.UTF8, "application/json");

        using var response = await app.Client.PostAsync(new Uri("/incidents/decide", UriKind.Relative), content);

        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(text);
        Assert.Contains(problem.RootElement.GetProperty("errors").EnumerateArray(), e => e.GetProperty("code").GetString() == "INC002" && e.GetProperty("message").GetString()!.StartsWith("unknown tier 'diamante'", StringComparison.Ordinal));
    }

    [Fact]
    public async Task GetManual_AfterStart_ReportsTheLiveVersion()
    {
        using var response = await app.Client.GetAsync(new Uri("/manual", UriKind.Relative));

        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("2026.11", json.RootElement.GetProperty("live")[0].GetProperty("version").GetString());
        Assert.False(json.RootElement.GetProperty("latestEditRejected").GetBoolean());
    }
}
