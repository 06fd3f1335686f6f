using System.Net;
using Compensation.Cli.Studio;

namespace Compensation.Studio.Tests;

/// <summary>The studio started in-process on 127.0.0.1:0 over a fresh copy of the sample manual, once per test class.</summary>
public class StudioHost : IAsyncLifetime
{
    internal StudioServer Server { get; private set; } = null!;

    public StudioManual Manual { get; private set; } = null!;

    /// <summary>The studio's address, without the token.</summary>
    public Uri Address => Server.Address;

    /// <summary>The address the studio prints, with its token.</summary>
    public string LaunchUrl => Server.LaunchUrl;

    public string Token => Server.Token;

    /// <summary>Whether the copy has the sample's scenario files.</summary>
    protected virtual bool WithScenarios => true;

    public virtual async Task InitializeAsync()
    {
        Manual = new StudioManual(WithScenarios);
        Prepare(Manual);
        Server = await StudioServer.Start(Manual.Folder, port: 0);
    }

    public virtual async Task DisposeAsync()
    {
        await Server.DisposeAsync();
        Manual.Dispose();
    }

    /// <summary>A client that has opened the printed address, so that it holds the token's cookie.</summary>
    public async Task<HttpClient> SignedInClient()
    {
        var client = Client(new CookieContainer());
        var response = await client.GetAsync(new Uri(LaunchUrl));
        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        return client;
    }

    /// <summary>A client with no token and no cookie.</summary>
    public HttpClient Client(CookieContainer? cookies = null) => new(new HttpClientHandler { CookieContainer = cookies ?? new CookieContainer(), UseCookies = true, AllowAutoRedirect = false })
    {
        BaseAddress = Address,
        Timeout = TimeSpan.FromMinutes(2),
    };

    /// <summary>Changes the copy before the studio starts.</summary>
    protected virtual void Prepare(StudioManual manual)
    {
    }
}
