using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace Compensation.Studio.Tests;

/// <summary>The studio's HTTP surface without a browser: the token, the Host and Origin checks, paths, bodies and saving.</summary>
public sealed class SecurityTests(StudioHost host) : IClassFixture<StudioHost>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/studio.js")]
    [InlineData("/api/manual")]
    [InlineData("/api/file?path=00-manual.yaml")]
    public async Task Request_WithoutToken_IsRefused(string path)
    {
        using var client = host.Client();

        var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("currency", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Request_WithWrongToken_IsRefused()
    {
        using var client = host.Client();

        var response = await client.GetAsync(new Uri("/api/manual?token=" + new string('x', host.Token.Length), UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task Token_InTheAddress_IsKeptInAnHttpOnlyStrictCookie_AndDroppedFromTheAddress()
    {
        using var client = host.Client();

        var response = await client.GetAsync(new Uri(host.LaunchUrl));

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/api/manual", UriKind.Relative))).StatusCode);
    }

    [Theory]
    [InlineData("attacker.example")]
    [InlineData("127.0.0.1.nip.io")]
    [InlineData("localhost:1")]
    public async Task Request_ForAnotherHost_IsRefused(string hostHeader)
    {
        using var client = await host.SignedInClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/manual");
        request.Headers.Host = hostHeader.Contains(':', StringComparison.Ordinal) ? hostHeader : $"{hostHeader}:{host.Address.Port}";

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.MisdirectedRequest, response.StatusCode);
    }

    [Fact]
    public async Task Post_FromAnotherOrigin_IsRefused()
    {
        using var client = await host.SignedInClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/save") { Content = Json(new { path = "00-manual.yaml", text = "x", etag = "y" }) };
        request.Headers.Add("Origin", "http://attacker.example");

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.NotEqual("x", host.Manual.Read("00-manual.yaml"));
    }

    [Theory]
    [InlineData("../outside.yaml")]
    [InlineData("scenarios/../../outside.yaml")]
    [InlineData("/etc/passwd")]
    [InlineData("C:/Windows/win.ini")]
    [InlineData("scenarios\\..\\..\\outside.yaml")]
    [InlineData(".hidden.yaml")]
    [InlineData("00-manual.txt")]
    public async Task File_OutsideTheManual_IsRefused(string path)
    {
        File.WriteAllText(Path.Combine(host.Manual.Root, "outside.yaml"), "secret: outside\n");
        using var client = await host.SignedInClient();

        var read = await client.GetAsync(new Uri("/api/file?path=" + Uri.EscapeDataString(path), UriKind.Relative));
        var write = await client.PostAsync(new Uri("/api/save", UriKind.Relative), Json(new { path, text = "written: true\n", etag = (string?)null }));

        Assert.Equal(HttpStatusCode.Forbidden, read.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, write.StatusCode);
        Assert.Equal("application/problem+json", write.Content.Headers.ContentType?.MediaType);
        Assert.Equal("secret: outside\n", File.ReadAllText(Path.Combine(host.Manual.Root, "outside.yaml")));
    }

    [Fact]
    public async Task File_ThroughALinkLeadingOutside_IsRefused()
    {
        var outside = Path.Combine(host.Manual.Root, "elsewhere");
        Directory.CreateDirectory(outside);
        File.WriteAllText(Path.Combine(outside, "secret.yaml"), "secret: true\n");
        File.CreateSymbolicLink(host.Manual.PathOf("link.yaml"), Path.Combine(outside, "secret.yaml"));
        Directory.CreateSymbolicLink(host.Manual.PathOf("linked-folder"), outside);
        try
        {
            using var client = await host.SignedInClient();

            var file = await client.GetAsync(new Uri("/api/file?path=link.yaml", UriKind.Relative));
            var folder = await client.GetAsync(new Uri("/api/file?path=linked-folder/secret.yaml", UriKind.Relative));
            var listing = await client.GetStringAsync(new Uri("/api/manual", UriKind.Relative));

            Assert.Equal(HttpStatusCode.Forbidden, file.StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, folder.StatusCode);
            Assert.DoesNotContain("link.yaml", listing, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(host.Manual.PathOf("link.yaml"));
            Directory.Delete(host.Manual.PathOf("linked-folder"));
        }
    }

    [Fact]
    public async Task Body_LargerThanTheLimit_IsRefusedWith413()
    {
        // A raw request announcing a 9 MB body: the studio answers before reading it (an HttpClient would still be sending).
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(IPAddress.Loopback, host.Address.Port);
        await using var stream = tcp.GetStream();
        var head = $"POST /api/diagnostics HTTP/1.1\r\nHost: 127.0.0.1:{host.Address.Port}\r\nCookie: compensation-studio-{host.Address.Port}={host.Token}\r\n" +
                   "Content-Type: application/json\r\nContent-Length: 9437184\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head));

        using var reader = new StreamReader(stream, Encoding.ASCII);
        var status = await reader.ReadLineAsync();
        var headers = new List<string>();
        for (var line = await reader.ReadLineAsync(); !string.IsNullOrEmpty(line); line = await reader.ReadLineAsync())
        {
            headers.Add(line);
        }

        Assert.Equal("HTTP/1.1 413 Payload Too Large", status);
        Assert.Contains("Content-Type: application/problem+json", headers);
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("[1, 2]")]
    [InlineData("{\"files\": 3}")]
    [InlineData("")]
    public async Task Body_NotTheExpectedJson_IsA400Problem(string body)
    {
        using var client = await host.SignedInClient();

        var response = await client.PostAsync(new Uri("/api/try", UriKind.Relative), new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        Assert.DoesNotContain("System.", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Body_NotJson_IsRefusedWith415()
    {
        using var client = await host.SignedInClient();

        var response = await client.PostAsync(new Uri("/api/save", UriKind.Relative), new StringContent("path=00-manual.yaml", Encoding.UTF8, "application/x-www-form-urlencoded"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task Diagnostics_OfUnsavedText_AreExactlyThoseOfValidate()
    {
        using var client = await host.SignedInClient();
        var text = host.Manual.Read("30-retrasos.yaml").Replace("hit-policy:", "hit-polcy:", StringComparison.Ordinal);
        var expected = CompensationManual.TryParse([.. Directory.EnumerateFiles(host.Manual.Folder, "*.yaml").Order(StringComparer.Ordinal)
            .Select(f => new ManualSource(f, f.EndsWith("30-retrasos.yaml", StringComparison.Ordinal) ? text : File.ReadAllText(f)))]).Diagnostics;
        Assert.NotEmpty(expected);

        var response = await client.PostAsync(new Uri("/api/diagnostics", UriKind.Relative), Json(new { files = new Dictionary<string, string> { ["30-retrasos.yaml"] = text } }));

        var result = await response.Content.ReadFromJsonAsync<JsonElement>();
        var shown = result.GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("text").GetString()).ToList();
        Assert.Equal(expected.Select(d => d.ToString()).Order(StringComparer.Ordinal), shown.Order(StringComparer.Ordinal));
        Assert.All(result.GetProperty("diagnostics").EnumerateArray(), d => Assert.Equal("30-retrasos.yaml", d.GetProperty("path").GetString()));
        Assert.DoesNotContain("hit-polcy", host.Manual.Read("30-retrasos.yaml"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Save_WithAStaleVersionTag_IsRefusedWith409AndBothVersions()
    {
        using var client = await host.SignedInClient();
        var opened = await client.GetFromJsonAsync<JsonElement>(new Uri("/api/file?path=50-escalado.yaml", UriKind.Relative));
        var theirs = opened.GetProperty("text").GetString() + "# fuera\n";
        File.WriteAllText(host.Manual.PathOf("50-escalado.yaml"), theirs);

        var response = await client.PostAsync(new Uri("/api/save", UriKind.Relative), Json(new { path = "50-escalado.yaml", text = opened.GetProperty("text").GetString() + "# mío\n", etag = opened.GetProperty("etag").GetString() }));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(theirs, problem.GetProperty("diskText").GetString());
        Assert.Equal(theirs, host.Manual.Read("50-escalado.yaml"));
    }

    [Fact]
    public async Task Save_OfAManualThatDoesNotValidate_AsksFirst_ThenWritesAtomically_AndCanBeUndone()
    {
        using var client = await host.SignedInClient();
        var opened = await client.GetFromJsonAsync<JsonElement>(new Uri("/api/file?path=60-comunicacion.yaml", UriKind.Relative));
        var original = opened.GetProperty("text").GetString()!;
        var broken = original + "\nunknown-key: 1\n";

        var refused = await client.PostAsync(new Uri("/api/save", UriKind.Relative), Json(new { path = "60-comunicacion.yaml", text = broken, etag = opened.GetProperty("etag").GetString() }));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Equal(original, host.Manual.Read("60-comunicacion.yaml"));

        var saved = await client.PostAsync(new Uri("/api/save", UriKind.Relative), Json(new { path = "60-comunicacion.yaml", text = broken, etag = opened.GetProperty("etag").GetString(), acceptInvalid = true }));
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal(broken, host.Manual.Read("60-comunicacion.yaml"));
        Assert.Empty(Directory.EnumerateFiles(host.Manual.Folder, "*.tmp", SearchOption.AllDirectories));
        var etag = (await saved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("etag").GetString();

        var undone = await client.PostAsync(new Uri("/api/undo", UriKind.Relative), Json(new { path = "60-comunicacion.yaml", etag }));
        Assert.Equal(HttpStatusCode.OK, undone.StatusCode);
        Assert.Equal(original, host.Manual.Read("60-comunicacion.yaml"));
    }

    [Fact]
    public async Task Page_IsServedFromTheToolItself_WithAStrictContentSecurityPolicy()
    {
        using var client = await host.SignedInClient();

        var page = await client.GetAsync(new Uri("/", UriKind.Relative));
        var html = await page.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.DoesNotContain("http://", html, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
        var policy = page.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("connect-src 'self'", policy, StringComparison.Ordinal);
        foreach (var asset in new[] { "/studio.js", "/editor.js", "/yaml.js", "/studio.css" })
        {
            var text = await client.GetStringAsync(new Uri(asset, UriKind.Relative));
            Assert.DoesNotContain("https://", text, StringComparison.Ordinal);
        }
    }

    private static StringContent Json(object value) => new(JsonSerializer.Serialize(value), Encoding.UTF8, "application/json");
}
