using Compensation.TestSupport;

namespace Compensation.Tests.Validation;

/// <summary>
/// Runs every broken manual of the corpus (<see cref="BrokenManual"/>): each must be reported with its
/// stated code, at its stated line and column of its own file, with its key words.
/// </summary>
public sealed class BrokenManualTests
{
    public static TheoryData<string> Cases() => [.. BrokenManual.Names()];

    [Theory]
    [MemberData(nameof(Cases))]
    public void TryParse_BrokenManual_ReportsItsMistakeWhereItIs(string name)
    {
        var broken = BrokenManual.Read(name);

        var result = Hostile.Guarded(() => CompensationManual.TryParse(broken.Sources()));

        var all = string.Join(Environment.NewLine, result.Diagnostics);
        if (broken.Warning)
        {
            Assert.True(result.Succeeded, $"{name}: a warning case must still load; got:{Environment.NewLine}{all}");
        }
        else
        {
            Assert.Null(result.Manual);
        }

        var severity = broken.Warning ? DiagnosticSeverity.Warning : DiagnosticSeverity.Error;
        var found = result.Diagnostics.Where(d => d.Code == broken.Code && d.Severity == severity).ToList();
        Assert.True(found.Count > 0, $"{name}: expected {severity} {broken.Code}; got:{Environment.NewLine}{all}");
        var at = found.Where(d => d.Location.File == name && d.Location.Line == broken.Line && d.Location.Column == broken.Column).ToList();
        Assert.True(at.Count > 0, $"{name}: expected {broken.Code} at {name}:{broken.Line}:{broken.Column}; got:{Environment.NewLine}{all}");
        foreach (var phrase in broken.Phrases)
        {
            Assert.True(
                at.Any(d => phrase.StartsWith("hint:", StringComparison.Ordinal) ? (d.Hint ?? string.Empty).Contains(phrase[5..].Trim(), StringComparison.Ordinal) : d.Message.Contains(phrase, StringComparison.Ordinal)),
                $"{name}: expected the words \"{phrase}\"; got:{Environment.NewLine}{all}");
        }
    }

    [Fact]
    public void Cases_Always_AtLeastFortyMutationsOfTheSampleManual()
    {
        // A corpus emptied by a bad glob or a renamed folder would pass vacuously.
        var names = BrokenManual.Names();
        Assert.True(names.Count >= 40, $"the corpus has {names.Count} cases");
        Assert.All(names, name => Assert.True(BrokenManual.Read(name).Replaces is null || Hostile.SampleSources.Any(s => s.Path == BrokenManual.Read(name).Replaces), $"{name} replaces a file the sample manual does not have"));
    }

    [Fact]
    public void TryParse_ManyFilesOverTheRuleLimit_StopsReadingAtTheLimit()
    {
        // 60 generated rule files of 50 rules each, after the sample's header, with a limit of 500 rules:
        // after the header and 11 files there are 550 rules (> 500), so reading stops before the 13th source
        // (index 12) and the other 49 files are never parsed or compiled.
        var files = Enumerable.Range(1, 60).Select(f => new ManualSource($"{f:D2}-generado.yaml", GeneratedRuleFile(f, 50))).ToList();
        var options = new ManualLoadOptions { MaxRules = 500 };

        var result = Hostile.Guarded(() => CompensationManual.TryParse([Hostile.Header, .. files], options));

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("CMP021", diagnostic.Code);
        Assert.Equal("the manual has more than 500 rules (550 in its first 12 of 61 files; the rest were not read)", diagnostic.Message);
        Assert.Contains("--max-rules", diagnostic.Hint, StringComparison.Ordinal);

        // The 501st rule is the first rule of the 11th generated file (10 files × 50 rules before it).
        Assert.Equal("11-generado.yaml", diagnostic.Location.File);
    }

    private static string GeneratedRuleFile(int file, int rules)
        => "rule-sets:\n  - name: generado-" + file + "\n    hit-policy: collect\n    rules:\n"
           + string.Concat(Enumerable.Range(1, rules).Select(r => $"      - {{ name: r-{file}-{r}, when: 'delay.days >= {r}', grant: [ gift: {{ description: taza, cost: 1 }} ] }}\n"));
}
