using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using OpenQA.Selenium.Support.UI;

namespace Compensation.Studio.Tests;

/// <summary>Headless Chromium driven by chromedriver, both from the system's packages (never downloaded).</summary>
public static class Browser
{
    public const string ChromiumPath = "/usr/bin/chromium";
    public const string DriverPath = "/usr/bin/chromedriver";
    public const string MissingReason = "Chromium is not installed: apt-get install chromium chromium-driver fonts-liberation (under CI=true these tests fail instead)";

    /// <summary>How long a wait may take before it counts as a hang (only a hang: the waits end as soon as the page is ready).</summary>
    public static readonly TimeSpan Deadline = TimeSpan.FromSeconds(90);

    public static bool IsInstalled => File.Exists(ChromiumPath) && File.Exists(DriverPath);

    /// <summary>Under CI the browser tests must run: a missing Chromium fails them instead of skipping them.</summary>
    public static bool RequiredByCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static ChromeDriver Start(string profile)
    {
        if (!IsInstalled)
        {
            throw new InvalidOperationException(MissingReason);
        }

        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(DriverPath)!, Path.GetFileName(DriverPath));
        service.SuppressInitialDiagnosticInformation = true;
        service.HideCommandPromptWindow = true;
        var options = new ChromeOptions { BinaryLocation = ChromiumPath };
        options.AddArguments(
            "--headless=new",
            "--no-sandbox",
            "--disable-dev-shm-usage",
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--window-size=1500,950",
            "--user-data-dir=" + profile);
        return new ChromeDriver(service, options, Deadline);
    }
}

/// <summary>A fact that needs Chromium: skipped with the install command when it is missing (but not under CI=true).</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (!Browser.IsInstalled && !Browser.RequiredByCi)
        {
            Skip = Browser.MissingReason;
        }
    }
}

/// <summary>The studio and one browser for a test class; each test opens the studio afresh.</summary>
public class BrowserHost : StudioHost
{
    private string? _profile;
    private ChromeDriver? _driver;

    public IWebDriver Driver => _driver ?? throw new InvalidOperationException(Browser.MissingReason);

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        if (Browser.IsInstalled)
        {
            _profile = Path.Combine(Path.GetTempPath(), "compensation-studio-browser-" + Guid.NewGuid().ToString("N"));
            _driver = Browser.Start(_profile);
        }
    }

    public override async Task DisposeAsync()
    {
        _driver?.Quit();
        _driver?.Dispose();
        if (_profile is not null)
        {
            try
            {
                Directory.Delete(_profile, recursive: true);
            }
            catch (IOException)
            {
                // Chromium may still be closing its files; a temporary profile left behind is harmless.
            }
        }

        await base.DisposeAsync();
    }

    /// <summary>Opens the printed address (token, then cookie) and waits until the page has loaded the manual and its diagnostics.</summary>
    public void Open()
    {
        Driver.Navigate().GoToUrl(LaunchUrl);
        Wait(d => d.FindElement(By.TagName("body")).GetAttribute("data-ready") == "true");
    }

    public T Wait<T>(Func<IWebDriver, T> condition)
    {
        var wait = new WebDriverWait(Driver, Browser.Deadline) { PollingInterval = TimeSpan.FromMilliseconds(50) };
        wait.IgnoreExceptionTypes(typeof(NoSuchElementException), typeof(StaleElementReferenceException));
        return wait.Until(condition);
    }

    public IWebElement Find(string css) => Driver.FindElement(By.CssSelector(css));

    public IReadOnlyList<IWebElement> FindAll(string css) => Driver.FindElements(By.CssSelector(css));

    public object? Script(string script, params object[] args) => ((IJavaScriptExecutor)Driver).ExecuteScript(script, args);

    /// <summary>Opens a file of the manual in the editor.</summary>
    public void OpenFile(string relative)
    {
        Find($"#files a[data-path='{relative}']").Click();
        Wait(d => d.FindElement(By.Id("current-file")).Text == relative);
    }

    /// <summary>Selects the text <paramref name="find"/> (which must occur once) in the editor and types <paramref name="replace"/> over it, as a person would.</summary>
    public void TypeOver(string find, string replace)
    {
        var input = Find("#editor textarea");
        var at = Convert.ToInt32(Script("return arguments[0].value.indexOf(arguments[1]);", input, find), System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(at >= 0, $"'{find}' is not in the editor");
        Script("arguments[0].focus(); arguments[0].setSelectionRange(arguments[1], arguments[2]);", input, at, at + find.Length);
        input.SendKeys(replace);
    }

    /// <summary>Saves a screenshot under TestResults/studio/.</summary>
    public void Screenshot(string name)
    {
        if (_driver is not null)
        {
            _driver.GetScreenshot().SaveAsFile(Path.Combine(Repository.Artifacts, name + ".png"));
        }
    }

    public void ShowTab(string tab)
    {
        Find($".tabs button[data-tab='{tab}']").Click();
        Wait(d => d.FindElement(By.Id("panel-" + tab)).Displayed);
    }
}
