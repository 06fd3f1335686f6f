using OpenQA.Selenium;

namespace Compensation.Studio.Tests;

/// <summary>The editor in a real browser: live diagnostics as markers, saving, and a save refused after a change on disk.</summary>
public sealed class EditorTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    [BrowserFact]
    public void Editor_TypoInAKey_MarksItsLineWithTheMessageAndHint_AndFixingItRemovesTheMarker()
    {
        host.Open();
        host.OpenFile("00-manual.yaml");
        Assert.Empty(host.FindAll("#editor .squiggle"));

        // What the library (and so 'compensation validate') reports for the same text.
        var typo = host.Manual.Read("00-manual.yaml").Replace("\ncurrency: EUR", "\ncurency: EUR", StringComparison.Ordinal);
        var expected = CompensationManual.TryParse([.. Directory.EnumerateFiles(host.Manual.Folder, "*.yaml").Order(StringComparer.Ordinal)
            .Select(f => new ManualSource(f, f.EndsWith("00-manual.yaml", StringComparison.Ordinal) ? typo : File.ReadAllText(f)))]).Diagnostics
            .Single(d => d.Code == "CMP002");
        Assert.Equal(8, expected.Location.Line);

        host.TypeOver("currency:", "curency:");

        var marker = host.Wait(d => d.FindElement(By.CssSelector("#editor .squiggle[data-code='CMP002']")));
        Assert.Equal("8", marker.GetAttribute("data-line"));
        Assert.Equal(expected.Location.Column.ToString(System.Globalization.CultureInfo.InvariantCulture), marker.GetAttribute("data-column"));
        Assert.Equal("curency", marker.Text);
        Assert.Contains("marker-error", host.Find("#editor .gutter-line[data-line='8']").GetAttribute("class"), StringComparison.Ordinal);
        var problem = host.Find("#problems li.problem[data-line='8']");
        Assert.Contains(expected.Message, problem.Text, StringComparison.Ordinal);
        Assert.Contains("hint: " + expected.Hint, problem.Text, StringComparison.Ordinal);
        Assert.Contains(expected.Message, host.Find("#editor .caret-message").Text, StringComparison.Ordinal);
        Assert.Equal("invalid", host.Find("#status").GetAttribute("data-state"));
        host.Screenshot("editor-typo");

        host.TypeOver("curency:", "currency:");

        host.Wait(d => d.FindElement(By.Id("status")).GetAttribute("data-state") == "valid");
        Assert.Empty(host.FindAll("#editor .squiggle"));
        Assert.Empty(host.FindAll("#problems li"));
        Assert.Equal(host.Manual.Read("00-manual.yaml").Replace("\r\n", "\n", StringComparison.Ordinal), host.Script("return document.querySelector('#editor textarea').value;"));
    }

    [BrowserFact]
    public void Save_EditedFile_WritesItToDisk()
    {
        host.Open();
        host.OpenFile("20-gestos.yaml");
        var before = host.Manual.Read("20-gestos.yaml");
        var firstLine = before.Split('\n')[0];

        host.TypeOver(firstLine, firstLine + "\n# revisado en el estudio");
        host.Find("#save").Click();

        host.Wait(d => d.FindElement(By.Id("save-status")).Text == "Saved");
        var after = host.Manual.Read("20-gestos.yaml");
        Assert.Equal(before.Replace(firstLine, firstLine + "\n# revisado en el estudio", StringComparison.Ordinal), after);
        Assert.Empty(Directory.EnumerateFiles(host.Manual.Folder, "*.tmp"));
        Assert.True(host.Find("#undo").Enabled);
    }

    [BrowserFact]
    public void Save_FileChangedOnDiskSinceOpened_IsRefusedAndShowsBothVersions()
    {
        host.Open();
        host.OpenFile("10-gravedad.yaml");
        var original = host.Manual.Read("10-gravedad.yaml");
        var firstLine = original.Split('\n')[0];

        // Someone else changes the file after the page read it.
        var theirs = original + "# cambio hecho fuera del estudio\n";
        File.WriteAllText(host.Manual.PathOf("10-gravedad.yaml"), theirs);
        host.TypeOver(firstLine, firstLine + "\n# mi cambio");
        host.Find("#save").Click();

        var dialog = host.Wait(d => d.FindElement(By.CssSelector("#dialog[open]")));
        Assert.Equal(theirs, host.Manual.Read("10-gravedad.yaml"));
        Assert.Contains("changed on disk", dialog.Text, StringComparison.Ordinal);
        Assert.Contains("# cambio hecho fuera del estudio", host.Find("#dialog-disk").GetAttribute("textContent"), StringComparison.Ordinal);
        Assert.Contains("# mi cambio", host.Find("#dialog-mine").GetAttribute("textContent"), StringComparison.Ordinal);
        Assert.DoesNotContain("# mi cambio", host.Find("#dialog-disk").GetAttribute("textContent"), StringComparison.Ordinal);
        host.Screenshot("save-conflict");

        // Keeping mine overwrites knowingly.
        host.Find("#dialog-keep-mine").Click();
        host.Wait(d => d.FindElement(By.Id("save-status")).Text == "Saved");
        Assert.Contains("# mi cambio", host.Manual.Read("10-gravedad.yaml"), StringComparison.Ordinal);
        Assert.DoesNotContain("# cambio hecho fuera del estudio", host.Manual.Read("10-gravedad.yaml"), StringComparison.Ordinal);
    }
}
