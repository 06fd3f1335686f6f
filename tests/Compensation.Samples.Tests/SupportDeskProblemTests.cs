using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace Compensation.Samples.Tests;

/// <summary>Every bad request gets a 4xx <c>application/problem+json</c> answer listing its errors, never a 500 or an empty body; /health names the live manual.</summary>
[Collection(SupportDeskCollection.Name)]
public sealed class SupportDeskProblemTests(SupportDeskFixture app)
{
    public static TheoryData<string, string, string> BadBodies => new()
    {
        { "{}", "$.incident", "INC024" },
        { """{ "incident": { "failure": "danado" } }""", "$.customer", "INC024" },
        { """{ "incident": { "failure": "danado" """, "$", "INC020" },
        { "not json", "$", "INC020" },
        { "", "$", "INC020" },
        { """{ "incident": { "failure": "danado", "orderValue": "120" }, "customer": { "tier": "oro" } }""", "$.incident.orderValue", "INC022" },
        { """{ "incident": { "failure": "retraso", "promisedAt": "1027-03-27T12:00:00Z", "deliveredAt": "2027-03-29T12:00:00+01:00" }, "customer": { "tier": "oro" } }""", "$.incident.promisedAt", "INC027" },
        { """{ "incident": { "failure": "retraso", "promisedAt": "27/03/2027" }, "customer": { "tier": "oro" } }""", "$.incident.promisedAt", "INC022" },
        { """{ "incident": { "failure": "danado" }, "customer": { "tier": "oro", "colour": "red" } }""", "$.customer.colour", "INC023" },
        { """{ "incident": { "failure": "danado" }, "customer": { "tier": "diamante" } }""", "Customer.Tier", "INC002" },
    };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task PostDecide_BadBody_AnswersProblemJsonNamingTheError(string body, string path, string code)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");

        using var response = await app.Client.PostAsync(new Uri("/incidents/decide", UriKind.Relative), content);

        var errors = await Errors(response, HttpStatusCode.BadRequest);
        Assert.Contains(errors, e => e.Path == path && e.Code == code);
    }

    [Fact]
    public async Task PostDecide_NoBodyAtAll_AnswersProblemJson()
    {
        using var response = await app.Client.PostAsync(new Uri("/incidents/decide", UriKind.Relative), content: null);

        var errors = await Errors(response, HttpStatusCode.BadRequest);
        Assert.Contains(errors, e => e.Code == "INC020");
    }

    [Fact]
    public async Task PostDecide_BodyBeyondTheLimit_Answers413ProblemJson()
    {
        // A raw request announcing a 9 MB body: the app answers before reading it (an HttpClient would still be sending).
        var port = app.Client.BaseAddress!.Port;
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(IPAddress.Loopback, port);
        await using var stream = tcp.GetStream();
        var head = $"POST /incidents/decide HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Type: application/json\r\nContent-Length: 9437184\r\nConnection: close\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
        await stream.WriteAsync(Encoding.ASCII.GetBytes("{ \"incident\": { \"id\": \"" + new string('x', 4096)));

        using var reader = new StreamReader(stream, Encoding.UTF8);
        var status = await reader.ReadLineAsync();
        var headers = new List<string>();
        for (var line = await reader.ReadLineAsync(); !string.IsNullOrEmpty(line); line = await reader.ReadLineAsync())
        {
            headers.Add(line);
        }

        var body = await reader.ReadToEndAsync(); // the app closes the connection after answering (Connection: close)
        Assert.Equal("HTTP/1.1 413 Payload Too Large", status);
        Assert.Contains(headers, h => h.StartsWith("Content-Type: application/problem+json", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("INC025", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetHealth_AfterStart_NamesTheLiveVersionAndContentHash()
    {
        using var response = await app.Client.GetAsync(new Uri("/health", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Healthy", json.RootElement.GetProperty("status").GetString());
        Assert.Equal("2026.11", json.RootElement.GetProperty("version").GetString());
        Assert.Matches("^[0-9a-f]{64}$", json.RootElement.GetProperty("contentHash").GetString()); // SHA-256 in hex
    }

    [Fact]
    public async Task GetHealth_EditRejected_DegradedWithTheDiagnosticsThenHealthyWhenUndone()
    {
        var file = Path.Combine(app.ManualPath, "30-retrasos.yaml");
        var original = await File.ReadAllTextAsync(file);
        try
        {
            await File.WriteAllTextAsync(file, original.Replace("delay.days", "delay.dias", StringComparison.Ordinal));
            var degraded = await HealthWhen(h => h.GetProperty("status").GetString() == "Degraded");

            Assert.Equal("2026.11", degraded.GetProperty("version").GetString());
            Assert.Contains("CMP008", degraded.GetProperty("rejected").GetString(), StringComparison.Ordinal);
            Assert.Contains("30-retrasos.yaml", degraded.GetProperty("rejected").GetString(), StringComparison.Ordinal);
        }
        finally
        {
            await File.WriteAllTextAsync(file, original);
        }

        var healthy = await HealthWhen(h => h.GetProperty("status").GetString() == "Healthy");
        Assert.False(healthy.GetProperty("latestEditRejected").GetBoolean());
    }

    /// <summary>Polls /health until <paramref name="condition"/> holds; the deadline only catches a hang.</summary>
    private async Task<JsonElement> HealthWhen(Func<JsonElement, bool> condition)
    {
        var deadline = Stopwatch.StartNew();
        var pause = 50;
        while (true)
        {
            using var response = await app.Client.GetAsync(new Uri("/health", UriKind.Relative));
            using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            if (condition(json.RootElement))
            {
                return json.RootElement.Clone();
            }

            Assert.True(deadline.Elapsed < TimeSpan.FromMinutes(8), $"/health did not get there within 8 minutes (a hang, not a slow machine): {json.RootElement}");
            await Task.Delay(pause);
            pause = Math.Min(pause * 2, 1000);
        }
    }

    private async Task<List<(string Path, string Code)>> Errors(HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{response.StatusCode}: {text}{Environment.NewLine}{app.Output}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(text);
        Assert.Equal((int)expected, problem.RootElement.GetProperty("status").GetInt32());
        var errors = problem.RootElement.GetProperty("errors").EnumerateArray().Select(e => (e.GetProperty("path").GetString()!, e.GetProperty("code").GetString()!)).ToList();
        Assert.NotEmpty(errors);
        return errors;
    }
}
