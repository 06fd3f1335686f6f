using System.Text.Json.Nodes;
using OpenQA.Selenium;

namespace Compensation.Studio.Tests;

/// <summary>Completion from the manual's JSON Schema in a real browser: keys at the caret's YAML path, remedy kinds and their parameters, enum values.</summary>
public sealed class CompletionTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    private static readonly JsonNode ManualSchema = Schema("manual.schema.json");
    private static readonly JsonNode ScenariosSchema = Schema("scenarios.schema.json");

    [BrowserFact]
    public void Completion_CtrlSpaceOnANewTopLevelLine_OffersTheKeysNotYetWrittenWithTheirDescriptions()
    {
        host.Open();
        host.OpenFile("00-manual.yaml");
        var original = EditorText();
        CaretAt(original.Length);
        Assert.EndsWith("\n", original, StringComparison.Ordinal); // so the caret is at the start of an empty top-level line

        host.Find("#editor textarea").SendKeys(Keys.Control + Keys.Space);

        var labels = Labels();
        // Every top-level key of the schema but those the header file already writes.
        var written = original.Split('\n').Where(l => l.Length > 0 && char.IsAsciiLetterLower(l[0])).Select(l => l[..l.IndexOf(':', StringComparison.Ordinal)]).ToHashSet();
        var expected = ManualSchema["properties"]!.AsObject().Select(p => p.Key).Where(k => !written.Contains(k)).ToList();
        Assert.Contains("rule-sets", expected);
        Assert.Contains("currency", written);
        Assert.Equal(expected, labels);
        // A list's hint is its items' description.
        Assert.Equal((string?)ManualSchema["definitions"]!["rule-set"]!["description"], host.Find("#editor .completion li[data-label='rule-sets'] .detail").Text);
        host.Screenshot("completion-top-level");

        host.Find("#editor textarea").SendKeys(Keys.Escape);
        host.Wait(_ => !CompletionOpen());
        Assert.Equal(original, EditorText());
    }

    [BrowserFact]
    public void Completion_RemedyPrefixUnderGrant_OffersTheKindThenItsParametersAndValues()
    {
        host.Open();
        host.OpenFile("20-gestos.yaml");
        var original = EditorText();

        // Typing the first letters of a remedy kind as a new item of a rule's 'grant:' opens the list by itself.
        host.TypeOver("- gift: { description: \"Cesta de disculpa Tienda Ejemplo\", cost: 15 }", "- dis");
        host.Wait(_ => Labels().SequenceEqual(["discount"]));

        host.Find("#editor textarea").SendKeys(Keys.Enter);
        host.Wait(_ => CurrentLine() == "          - discount: ");

        // Inside its flow mapping: the parameters of 'discount' from the schema.
        var input = host.Find("#editor textarea");
        input.SendKeys("{ ");
        input.SendKeys(Keys.Control + Keys.Space);
        var parameters = ManualSchema["definitions"]!["remedy-discount"]!["properties"]!.AsObject().Select(p => p.Key).ToList();
        Assert.Equal(parameters, Labels());
        Assert.Contains("valid-days", parameters);

        // 'o' narrows to 'on' first; accepting it offers its values ('on' has an enum).
        input.SendKeys("o");
        host.Wait(_ => Labels().FirstOrDefault() == "on");
        input.SendKeys(Keys.Tab);
        var values = ManualSchema["definitions"]!["remedy-discount"]!["properties"]!["on"]!["enum"]!.AsArray().Select(v => (string)v!).ToList();
        host.Wait(_ => Labels().SequenceEqual(values));
        Assert.Equal("          - discount: { on: ", CurrentLine());

        input.SendKeys(Keys.ArrowDown + Keys.Enter);
        host.Wait(_ => CurrentLine() == $"          - discount: {{ on: {values[1]}");
        Assert.False(CompletionOpen());
        Restore(original);
    }

    [BrowserFact]
    public void Completion_NextIndentedLineUnderARemedy_OffersItsParameters()
    {
        host.Open();
        host.OpenFile("20-gestos.yaml");
        var original = EditorText();

        host.TypeOver("- warranty-extension: { months: 'iif(tier >= \"oro\", 24, 12)' }", "- discount:" + Keys.Enter + new string(' ', 14));
        host.Find("#editor textarea").SendKeys(Keys.Control + Keys.Space);

        var labels = host.Wait(_ => Labels() is { Count: > 0 } l ? l : null);
        Assert.Equal(ManualSchema["definitions"]!["remedy-discount"]!["properties"]!.AsObject().Select(p => p.Key), labels);
        Restore(original);
    }

    [BrowserFact]
    public void Completion_AfterHitPolicyColon_OffersThePoliciesAndEnterInsertsTheChosenOne()
    {
        host.Open();
        host.OpenFile("20-gestos.yaml");
        var original = EditorText();

        host.TypeOver("hit-policy: collect", "hit-policy: ");

        var policies = ManualSchema["definitions"]!["rule-set"]!["properties"]!["hit-policy"]!["enum"]!.AsArray().Select(v => (string)v!).ToList();
        Assert.True(policies.Count >= 4, "the engine has at least collect, first, priority and best");
        host.Wait(_ => Labels().SequenceEqual(policies));
        // The key's description explains the values.
        Assert.Equal((string?)ManualSchema["definitions"]!["rule-set"]!["properties"]!["hit-policy"]!["description"], host.Find("#editor .completion-detail").Text);
        host.Screenshot("completion-hit-policy");

        host.Find("#editor textarea").SendKeys(Keys.ArrowDown + Keys.ArrowDown + Keys.Enter);

        host.Wait(_ => CurrentLine() == "    hit-policy: " + policies[2]);
        Assert.False(CompletionOpen());
        Restore(original);
    }

    [BrowserFact]
    public void Completion_ScenarioFileInsideExpect_OffersTheExpectFieldsNotYetWritten()
    {
        host.Open();
        host.OpenFile("scenarios/retrasos.yaml");
        var original = EditorText();

        host.TypeOver("expect: { remedies: none, approval: agente, total: 0 }", "expect: { remedies: none, ");
        host.Find("#editor textarea").SendKeys(Keys.Control + Keys.Space);

        var expect = ScenariosSchema["properties"]!["scenarios"]!["items"]!["properties"]!["expect"]!;
        var expected = expect["properties"]!.AsObject().Select(p => p.Key).Where(k => k != "remedies").ToList();
        Assert.Contains("total", expected);
        host.Wait(_ => Labels().SequenceEqual(expected));

        host.Find("#editor textarea").SendKeys("tot" + Keys.Enter);
        host.Wait(_ => CurrentLine().EndsWith("expect: { remedies: none, total: ", StringComparison.Ordinal));
        Restore(original);
    }

    [Theory]
    [InlineData("manual.schema.json")]
    [InlineData("scenarios.schema.json")]
    public async Task Schemas_ServedByTheStudio_AreTheLibrarysSchemas(string name)
    {
        using var client = await host.SignedInClient();

        var served = await client.GetStringAsync(new Uri("/schemas/" + name, UriKind.Relative));

        Assert.Equal(File.ReadAllText(Path.Combine(Repository.Root, "src", "Compensation", "Schemas", name)), served);
    }

    private static JsonNode Schema(string name)
        => JsonNode.Parse(File.ReadAllText(Path.Combine(Repository.Root, "src", "Compensation", "Schemas", name)))!;

    private List<string> Labels()
        => CompletionOpen() ? [.. host.FindAll("#editor .completion li").Select(li => li.GetAttribute("data-label")!)] : [];

    private bool CompletionOpen() => host.Find("#editor .completion").Displayed;

    private string EditorText() => (string)host.Script("return document.querySelector('#editor textarea').value;")!;

    private string CurrentLine() => (string)host.Script(
        "const t = document.querySelector('#editor textarea'); const s = t.value.lastIndexOf('\\n', t.selectionStart - 1) + 1; const e = t.value.indexOf('\\n', t.selectionStart); return t.value.slice(s, e < 0 ? t.value.length : e);")!;

    private void CaretAt(int offset) => host.Script("const t = document.querySelector('#editor textarea'); t.focus(); t.setSelectionRange(arguments[0], arguments[0]);", offset);

    /// <summary>Puts the file's text back (as an edit), so the page holds no unsaved change when the next test opens it.</summary>
    private void Restore(string text)
    {
        host.Script("const t = document.querySelector('#editor textarea'); t.focus(); t.select(); document.execCommand('insertText', false, arguments[0]);", text);
        Assert.Equal(text, EditorText());
        host.Wait(_ => host.FindAll("#files a.modified").Count == 0);
    }
}
