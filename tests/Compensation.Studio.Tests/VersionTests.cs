using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Compensation.Cli.Commands;
using OpenQA.Selenium;

namespace Compensation.Studio.Tests;

/// <summary>
/// The sample as a folder of two versions: <c>2026-05/</c> (effective 2026-05-01, a one-day delay earns a 4 € coupon)
/// and <c>2026-11/</c> (the sample as it is, effective 2026-11-01, 5 €); the scenarios stay at the top, shared.
/// </summary>
public sealed class TwoVersionsHost : BrowserHost
{
    protected override void Prepare(StudioManual manual)
    {
        var files = Directory.EnumerateFiles(manual.Folder, "*.yaml").ToList();
        foreach (var version in new[] { "2026-05", "2026-11" })
        {
            Directory.CreateDirectory(manual.PathOf(version));
            foreach (var file in files)
            {
                File.Copy(file, Path.Combine(manual.PathOf(version), Path.GetFileName(file)));
            }
        }

        files.ForEach(File.Delete);
        manual.Edit("2026-05/00-manual.yaml", "version: \"2026.11\"\neffective: 2026-11-01\n", "version: \"2026.05\"\neffective: 2026-05-01\n");
        manual.Edit("2026-05/30-retrasos.yaml", "- discount: { amount: 5, on: next-purchase, valid-days: 60 }", "- discount: { amount: 4, on: next-purchase, valid-days: 60 }");
    }
}

/// <summary>The studio on a folder of version sub-folders: each version is listed and validated, and Try decides with the version in force on the incident's date.</summary>
public sealed class VersionTests(TwoVersionsHost host) : IClassFixture<TwoVersionsHost>
{
    [BrowserFact]
    public void Studio_FolderOfVersions_ListsAndValidatesEachVersion()
    {
        host.Open();

        var groups = host.FindAll("#files h2").Select(h => h.Text).ToList();
        Assert.Contains("RULES · 2026-05", groups, StringComparer.OrdinalIgnoreCase);
        Assert.Contains("RULES · 2026-11", groups, StringComparer.OrdinalIgnoreCase);
        Assert.Equal("valid", host.Find("#status").GetAttribute("data-state"));
        var status = host.Find("#status").Text;
        Assert.Contains("2026-05: ", status, StringComparison.Ordinal);
        Assert.Contains("2026-11: ", status, StringComparison.Ordinal);

        // A mistake in the older version is reported in its own file.
        host.OpenFile("2026-05/00-manual.yaml");
        var original = (string)host.Script("return document.querySelector('#editor textarea').value;")!;
        host.TypeOver("currency:", "curency:");
        var problem = host.Wait(_ => host.FindAll("#problems li.problem[data-path='2026-05/00-manual.yaml']").FirstOrDefault(p => p.FindElement(By.ClassName("code")).Text == "CMP002"))!;
        Assert.Contains("'curency'", problem.Text, StringComparison.Ordinal);
        Assert.Empty(host.FindAll("#problems li.problem[data-path='2026-11/00-manual.yaml']"));

        host.TypeOver("curency:", "currency:");
        host.Wait(d => d.FindElement(By.Id("status")).GetAttribute("data-state") == "valid");
        Assert.Equal(original, host.Script("return document.querySelector('#editor textarea').value;"));
    }

    [BrowserFact]
    public void Try_PromisedDateInAnOlderVersion_IsDecidedByTheVersionInForceThen()
    {
        host.Open();
        var set = ManualSet.Create(new[] { "2026-05", "2026-11" }.Select(v => CompensationManual.Load(host.Manual.PathOf(v))));
        Assert.Equal(2, set.Versions.Count);

        // The same one-day delay, promised in June (the 2026-05 version is in force) and by default on the latest version's date.
        var june = new DateTimeOffset(2026, 6, 10, 10, 0, 0, TimeSpan.Zero);
        var inJune = Expected(set, june);
        var november = Expected(set, new DateTimeOffset(set.Latest.Stamp.Effective.ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero));
        Assert.NotEqual(inJune, november); // 4 € against 5 €: the versions differ for this incident

        Select("#f-failure", "retraso");
        Select("#f-cause", "transportista");
        Type("#f-delay", "1d 3h");
        Type("#f-order", "40");
        Select("#f-tier", "estandar");
        host.Find("#try-decide").Click();
        host.Wait(d => d.FindElement(By.Id("try-result")).GetAttribute("data-state") == "decided");
        Assert.Equal(november, host.Find("#try-total").Text);
        Assert.Equal("2026-11", host.Find("#try-version").GetAttribute("data-folder"));

        Type("#f-promised", "2026-06-10T10:00:00Z");
        host.Find("#try-decide").Click();

        host.Wait(d => d.FindElement(By.Id("try-version")).GetAttribute("data-folder") == "2026-05");
        Assert.Equal(inJune, host.Find("#try-total").Text);
        Assert.Contains("version 2026.05", host.Find("#try-version").Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Diagnostics_TwoVersionsWithTheSameEffectiveDate_ReportCmp005AtTheLaterVersionsEffectiveLine()
    {
        using var client = await host.SignedInClient();
        var header = host.Manual.Read("2026-05/00-manual.yaml").Replace("effective: 2026-05-01", "effective: 2026-11-01", StringComparison.Ordinal);
        var line = Array.IndexOf(host.Manual.Read("2026-11/00-manual.yaml").Split('\n'), "effective: 2026-11-01") + 1;
        Assert.True(line > 0);

        var response = await client.PostAsync(
            new Uri("/api/diagnostics", UriKind.Relative),
            new StringContent(JsonSerializer.Serialize(new { files = new Dictionary<string, string> { ["2026-05/00-manual.yaml"] = header } }), Encoding.UTF8, "application/json"));

        var result = await response.Content.ReadFromJsonAsync<JsonElement>();
        var shared = Assert.Single(result.GetProperty("diagnostics").EnumerateArray(), d => d.GetProperty("code").GetString() == "CMP005");
        Assert.Equal("2026-11/00-manual.yaml", shared.GetProperty("path").GetString());
        Assert.Equal(line, shared.GetProperty("line").GetInt32());
        Assert.Equal("error", shared.GetProperty("severity").GetString());
        Assert.Contains("effective from 2026-11-01", shared.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    private static string Expected(ManualSet set, DateTimeOffset promised)
    {
        var incident = new Incident { Failure = "retraso", Cause = "transportista", PromisedAt = promised, DeliveredAt = promised.AddHours(27), OrderValue = 40m };
        var decision = set.For(incident, promised).Decide(incident, new Customer { Tier = "estandar" });
        return RemedyText.Money(decision.TotalCost, decision.Currency);
    }

    private void Select(string css, string value)
    {
        host.Find(css).FindElement(By.CssSelector($"option[value='{value}']")).Click();
        Assert.Equal(value, host.Find(css).GetAttribute("value"));
    }

    private void Type(string css, string text)
    {
        var input = host.Find(css);
        input.Clear();
        input.SendKeys(text);
    }
}
