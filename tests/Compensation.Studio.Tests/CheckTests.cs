using System.Text.RegularExpressions;
using OpenQA.Selenium;

namespace Compensation.Studio.Tests;

/// <summary>The sample without its scenario files: the hours-long delays that get no remedy are then reported as gaps (CHECK001).</summary>
public sealed class NoScenariosHost : BrowserHost
{
    private CheckReport? _expected;

    /// <summary>What <c>compensation check</c> finds in the copy (computed once: the probe takes seconds).</summary>
    public CheckReport Expected => _expected ??= ManualCheck.Run(Manual.Load());

    protected override bool WithScenarios => false;
}

/// <summary>The Check panel in a real browser: findings with their codes, counterexamples opened in Try, locations opened in the editor.</summary>
public sealed partial class CheckTests(NoScenariosHost host) : IClassFixture<NoScenariosHost>
{
    [BrowserFact]
    public void Check_Finding_OpensItsCounterexampleInTry()
    {
        var report = host.Expected;
        var first = report.Findings.First(f => f.Counterexample.Count > 0);
        host.Open();
        host.ShowTab("check");

        host.Find("#run-check").Click();

        host.Wait(d => d.FindElement(By.Id("panel-check")).GetAttribute("data-state") == "done");
        Assert.Equal(report.Findings.Select(f => f.Code), host.FindAll("#check-findings .finding").Select(f => f.GetAttribute("data-code")));
        var finding = host.FindAll("#check-findings .finding")[report.Findings.ToList().IndexOf(first)];
        Assert.Contains(first.Message, finding.Text, StringComparison.Ordinal);
        host.Screenshot("check");

        finding.FindElement(By.CssSelector(".try-counterexample")).Click();

        host.Wait(d => d.FindElement(By.Id("panel-try")).Displayed && d.FindElement(By.Id("try-result")).GetAttribute("data-state") == "decided");
        var example = first.Counterexample[0];
        Assert.Equal(Field(example, "failure"), host.Find("#f-failure").GetAttribute("value"));
        Assert.Equal(Field(example, "tier"), host.Find("#f-tier").GetAttribute("value"));
        Assert.Equal(Field(example, "delay") ?? string.Empty, host.Find("#f-delay").GetAttribute("value"));
        Assert.Equal(Field(example, "order") ?? "0", host.Find("#f-order").GetAttribute("value"));
        if (TotalPattern().Match(example) is { Success: true } total)
        {
            Assert.Equal(decimal.Parse(total.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) + " EUR", host.Find("#try-total").Text);
        }
    }

    [BrowserFact]
    public void Check_FindingLocation_OpensItsLineInTheEditor()
    {
        var first = host.Expected.Findings[0];
        host.Open();
        host.ShowTab("check");
        host.Find("#run-check").Click();
        host.Wait(d => d.FindElement(By.Id("panel-check")).GetAttribute("data-state") == "done");

        host.FindAll("#check-findings .finding")[0].FindElement(By.CssSelector("a.loc")).Click();

        var file = Path.GetRelativePath(host.Manual.Folder, first.Location.File).Replace('\\', '/');
        host.Wait(d => d.FindElement(By.Id("current-file")).Text == file);
        var caretLine = Convert.ToInt32(host.Script("const t = document.querySelector('#editor textarea'); return t.value.slice(0, t.selectionStart).split('\\n').length;"), System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(first.Location.Line, caretLine);
    }

    /// <summary>A field of a counterexample written as a scenario entry: <c>incident: { failure: retraso, delay: 5h, … }, customer: { tier: oro }</c>.</summary>
    private static string? Field(string example, string name)
    {
        var match = Regex.Match(example, $@"[{{,]\s*{Regex.Escape(name)}:\s*([^,}}]+)");
        return match.Success ? match.Groups[1].Value.Trim() : null;
    }

    [GeneratedRegex(@"→ total ([\d.]+)")]
    private static partial Regex TotalPattern();
}
