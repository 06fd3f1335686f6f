using System.Text.RegularExpressions;
using Compensation.TestSupport;

namespace Compensation.Tests.Validation;

/// <summary>
/// One case of the broken-manual corpus (<c>Validation/Broken/*.yaml</c>): a mutation of one file of the
/// sample manual. Its header says which sample file it replaces (or nothing, when it is added beside
/// them) and what validate must report:
/// <code>
/// # replaces: 30-retrasos.yaml
/// # expect: CMP025 at 12:37 "'max' takes 2 values, got 3"
/// </code>
/// The line and column are in the broken file itself; every quoted phrase must appear in the message
/// (or, when a phrase starts with "hint:", in the hint). <c>expect: warning CMP0xx</c> expects a warning
/// in a manual that still loads.
/// </summary>
internal sealed partial record BrokenManual(string Name, string Text, string? Replaces, string Code, bool Warning, int Line, int Column, IReadOnlyList<string> Phrases)
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Validation", "Broken");

    public static IReadOnlyList<string> Names()
        => [.. Directory.EnumerateFiles(Folder, "*.yaml").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    public static BrokenManual Read(string name)
    {
        var text = File.ReadAllText(Path.Combine(Folder, name));
        var expect = Expect().Match(text);
        Assert.True(expect.Success, $"{name} must have a line '# expect: CMP0xx at line:column \"words\"'");
        var replaces = ReplacesLine().Match(text);
        var phrases = Phrase().Matches(expect.Groups["words"].Value).Select(m => m.Groups[1].Value).ToList();
        return new BrokenManual(
            name,
            text,
            replaces.Success ? replaces.Groups[1].Value.Trim() : null,
            expect.Groups["code"].Value,
            expect.Groups["severity"].Value == "warning",
            int.Parse(expect.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture),
            int.Parse(expect.Groups["column"].Value, System.Globalization.CultureInfo.InvariantCulture),
            phrases);
    }

    /// <summary>The sample manual with this case's file in place of the one it replaces.</summary>
    public IReadOnlyList<ManualSource> Sources()
        => Replaces is null
            ? [.. Hostile.SampleSources, new ManualSource(Name, Text)]
            : [.. Hostile.SampleSources.Select(s => s.Path == Replaces ? new ManualSource(Name, Text) : s)];

    [GeneratedRegex(@"^# expect: (?:(?<severity>warning|error) )?(?<code>[A-Z]+[0-9]{3}) at (?<line>[0-9]+):(?<column>[0-9]+)(?<words>.*)$", RegexOptions.Multiline)]
    private static partial Regex Expect();

    [GeneratedRegex(@"^# replaces: (.+)$", RegexOptions.Multiline)]
    private static partial Regex ReplacesLine();

    [GeneratedRegex("\"([^\"]+)\"")]
    private static partial Regex Phrase();
}
