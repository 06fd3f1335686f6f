using System.Text.Json;
using Compensation.TestSupport;
using CsCheck;

namespace Compensation.Tests.Evaluation;

/// <summary>Same inputs, same decision; and an explained decision grants exactly what the fast path grants.</summary>
public class DeterminismTests
{
    private static readonly CompensationManual Manual = SampleManual.Manual;

    public static TheoryData<string> IncidentNames => [.. SampleManual.IncidentNames];

    private static string Json(Decision decision) => JsonSerializer.Serialize(decision, SampleManual.Json);

    [Theory]
    [MemberData(nameof(IncidentNames))]
    public void Decide_SameInputsTwiceAndOnAnotherLoad_GivesTheSameDecision(string name)
    {
        var (incident, customer) = SampleManual.Read(name);
        var reloaded = CompensationManual.Load(SampleManual.Folder);

        var first = Json(Manual.Decide(incident, customer, SampleManual.Clock));

        Assert.Equal(first, Json(Manual.Decide(incident, customer, SampleManual.Clock)));
        Assert.Equal(first, Json(reloaded.Decide(incident, customer, SampleManual.Clock)));
    }

    [Theory]
    [MemberData(nameof(IncidentNames))]
    public void Explain_SampleIncident_GrantsExactlyWhatDecideGrants(string name)
    {
        var (incident, customer) = SampleManual.Read(name);

        AssertSameGrant(Manual.Decide(incident, customer), Manual.Explain(incident, customer));
    }

    [Fact]
    public void Explain_GeneratedIncidents_GrantsExactlyWhatDecideGrants()
    {
        SampleCase.Gen(Manual).Sample(c => AssertSameGrant(Manual.Decide(c.Incident, c.Customer(Manual)), Manual.Explain(c.Incident, c.Customer(Manual))), iter: 1_000);
    }

    [Fact]
    public void Explain_SampleIncident_TracesEveryRuleOnce()
    {
        var (incident, customer) = SampleManual.Read("retraso-largo-platino");

        var decision = Manual.Explain(incident, customer);

        Assert.Equal(Manual.Rules.Select(r => r.Name).Order(StringComparer.Ordinal), decision.Trace.Select(t => t.Rule).Order(StringComparer.Ordinal));
        Assert.All(decision.Remedies, r => Assert.Contains(decision.Trace, t => t.Rule == r.Rule && t.Outcome == RuleOutcome.Fired));
    }

    [Fact]
    public void Decide_ManyThreadsAtOnce_GiveTheSameDecisions()
    {
        var cases = SampleManual.IncidentNames.Select(SampleManual.Read).ToArray();
        var expected = cases.Select(c => Json(Manual.Decide(c.Incident, c.Customer, SampleManual.Clock))).ToArray();

        var results = new string[64];
        Parallel.For(0, results.Length, i => results[i] = Json(Manual.Decide(cases[i % cases.Length].Incident, cases[i % cases.Length].Customer, SampleManual.Clock)));

        Assert.All(Enumerable.Range(0, results.Length), i => Assert.Equal(expected[i % cases.Length], results[i]));
    }

    [Fact]
    public void Parse_SameTextUnderAnotherFolder_HasTheSameContentHash()
    {
        var files = Directory.EnumerateFiles(SampleManual.Folder, "*.yaml").Order(StringComparer.Ordinal).Select(f => new ManualSource("elsewhere/" + Path.GetFileName(f), File.ReadAllText(f))).ToList();

        Assert.Equal(Manual.Stamp, CompensationManual.Parse(files).Stamp);
    }

    [Fact]
    public void Parse_ChangedText_ChangesTheContentHash()
    {
        var files = Directory.EnumerateFiles(SampleManual.Folder, "*.yaml").Order(StringComparer.Ordinal).Select(f => new ManualSource(f, File.ReadAllText(f))).ToList();
        files[^1] = files[^1] with { Text = files[^1].Text + "\n# un comentario\n" };

        Assert.NotEqual(Manual.Stamp.ContentHash, CompensationManual.Parse(files).Stamp.ContentHash);
    }

    private static void AssertSameGrant(Decision decided, Decision explained)
    {
        Assert.Equal(decided.Remedies, explained.Remedies);
        Assert.Equal(decided.TotalCost, explained.TotalCost);
        Assert.Equal(decided.Approval, explained.Approval);
        Assert.Equal(decided.Adjustments, explained.Adjustments);
        Assert.Empty(decided.Trace);
        Assert.NotEmpty(explained.Trace);
    }
}
