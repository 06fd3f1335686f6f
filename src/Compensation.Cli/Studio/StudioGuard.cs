using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Compensation.Cli.Studio;

/// <summary>
/// Lets a request through only when it comes from the studio's own page: the Host header names the loopback
/// address and port (no DNS rebinding), an Origin header (when sent) is the studio's own, and the secret token
/// comes either as <c>?token=</c> (then kept in an HttpOnly, SameSite=Strict cookie) or in that cookie.
/// </summary>
internal sealed class StudioGuard(string token, Func<int> port)
{
    private readonly byte[] _token = Encoding.UTF8.GetBytes(token);

    /// <summary>The cookie's name: one per port, since browsers share cookies between the ports of a host.</summary>
    public string CookieName => $"compensation-studio-{port()}";

    public static void AddSecurityHeaders(HttpResponse response)
    {
        var headers = response.Headers;
        headers["X-Content-Type-Options"] = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        headers["X-Frame-Options"] = "DENY";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        headers["Cross-Origin-Resource-Policy"] = "same-origin";
        headers["Cache-Control"] = "no-store";
        headers["Content-Security-Policy"] =
            "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; " +
            "frame-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
    }

    public async Task Invoke(HttpContext context, RequestDelegate next)
    {
        AddSecurityHeaders(context.Response);
        var request = context.Request;
        var expectedPort = port();
        if (!IsOwnHost(request.Host.Host, request.Host.Port, expectedPort))
        {
            await StudioProblem.Write(context, 421, "Unknown host", "the studio answers only at 127.0.0.1 or localhost, on the port it printed");
            return;
        }

        var origin = request.Headers.Origin.ToString();
        if (origin.Length > 0 && !IsOwnOrigin(origin, expectedPort))
        {
            await StudioProblem.Write(context, 403, "Cross-site request", "the studio accepts requests only from its own page");
            return;
        }

        if (string.Equals(request.Headers["Sec-Fetch-Site"].ToString(), "cross-site", StringComparison.OrdinalIgnoreCase))
        {
            await StudioProblem.Write(context, 403, "Cross-site request", "the studio accepts requests only from its own page");
            return;
        }

        if (request.Query.TryGetValue("token", out var offered))
        {
            if (!Matches(offered.ToString()))
            {
                await StudioProblem.Write(context, 401, "Wrong token", "this is not the studio's token: open the address the studio printed when it started");
                return;
            }

            context.Response.Cookies.Append(CookieName, token, new CookieOptions
            {
                HttpOnly = true,
                SameSite = SameSiteMode.Strict,
                Secure = false, // plain http on the loopback address
                Path = "/",
                IsEssential = true,
            });

            if (HttpMethods.IsGet(request.Method))
            {
                // Drop the token from the address bar and the browser's history.
                var query = QueryString.Create(request.Query.Where(q => q.Key != "token").SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string?>(q.Key, v))));
                context.Response.StatusCode = StatusCodes.Status303SeeOther;
                context.Response.Headers.Location = request.PathBase + request.Path + query;
                return;
            }
        }
        else if (!request.Cookies.TryGetValue(CookieName, out var cookie) || !Matches(cookie))
        {
            await StudioProblem.Write(context, 401, "Token required", "open the address the studio printed when it started (it ends with ?token=…)");
            return;
        }

        await next(context);
    }

    private static bool IsOwnHost(string host, int? hostPort, int expectedPort)
        => hostPort == expectedPort && (host == "127.0.0.1" || host.Equals("localhost", StringComparison.OrdinalIgnoreCase));

    private static bool IsOwnOrigin(string origin, int expectedPort)
        => Uri.TryCreate(origin, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttp && IsOwnHost(uri.Host, uri.Port, expectedPort) && uri.AbsolutePath == "/";

    private bool Matches(string? offered)
        => offered is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(offered), _token);
}
