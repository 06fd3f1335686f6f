using Compensation.Compilation;
using Compensation.Facts;
using Compensation.TestSupport;

namespace Compensation.Tests.Compilation;

/// <summary>
/// Comparisons of catalogue facts (written either way round, negated, in lists, inside 'or') decide the
/// same whether the rule index picks the candidates (Decide) or every rule is walked (Explain).
/// </summary>
public class RuleIndexTests
{
    private static readonly string[] Tiers = ["bronce", "plata", "oro"];
    private static readonly string[] Failures = ["retraso", "defecto", "danado"];

    /// <summary>A condition and what it means, in C#, over (failure, tier position, cause).</summary>
    private static readonly (string When, Func<string, int, string?, bool> Holds)[] Conditions =
    [
        ("tier >= \"plata\"", (f, t, c) => t >= 1),
        ("\"plata\" <= tier", (f, t, c) => t >= 1),
        ("\"plata\" > tier", (f, t, c) => t < 1),
        ("tier < \"oro\"", (f, t, c) => t < 2),
        ("tier != \"oro\"", (f, t, c) => t != 2),
        ("tier in (\"bronce\", \"oro\")", (f, t, c) => t is 0 or 2),
        ("\"danado\" == failure", (f, t, c) => f == "danado"),
        ("failure != \"retraso\"", (f, t, c) => f != "retraso"),
        ("failure in (\"defecto\", \"danado\")", (f, t, c) => f is "defecto" or "danado"),
        ("not (failure == \"retraso\")", (f, t, c) => f != "retraso"),
        ("failure == \"retraso\" or tier == \"oro\"", (f, t, c) => f == "retraso" || t == 2),
        ("failure == \"defecto\" and tier >= \"oro\"", (f, t, c) => f == "defecto" && t >= 2),
        ("cause == \"interna\"", (f, t, c) => c == "interna"),
        ("cause != \"interna\"", (f, t, c) => c != "interna"),
        ("cause in (\"interna\", \"transportista\")", (f, t, c) => c is not null),
        ("iif(tier >= \"oro\", failure == \"danado\", false)", (f, t, c) => t >= 2 && f == "danado"),
    ];

    private static readonly CompensationManual Manual = TestManual.WithRules(
        "rule-sets:\n  - name: s\n    hit-policy: collect\n    rules:\n"
        + string.Join("\n", Conditions.Select((c, i) => $"      - {{ name: r{i}, when: '{c.When}', grant: [ gift: {{ description: x, cost: 1, group: g{i} }} ] }}")));

    public static TheoryData<string, int, string?> Cases()
    {
        var data = new TheoryData<string, int, string?>();
        foreach (var failure in Failures)
        {
            for (var tier = 0; tier < Tiers.Length; tier++)
            {
                foreach (var cause in new[] { "interna", "transportista", null })
                {
                    data.Add(failure, tier, cause);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Decide_CatalogueComparisons_FireExactlyTheRulesThatHold(string failure, int tier, string? cause)
    {
        var incident = failure == "retraso" ? Make.Delay(3, cause: cause) : Make.Failure(failure, cause: cause);
        var expected = Conditions.Select((c, i) => (c, i)).Where(x => x.c.Holds(failure, tier, cause)).Select(x => $"r{x.i}").ToList();

        var decided = Manual.Decide(incident, Make.Customer(Tiers[tier])).Remedies.Select(r => r.Rule).ToList();
        var explained = Manual.Explain(incident, Make.Customer(Tiers[tier])).Remedies.Select(r => r.Rule).ToList();

        Assert.Equal(expected, decided);
        Assert.Equal(expected, explained);
    }

    [Fact]
    public void Candidates_RuleRestrictedToAFailureAndTiers_IsListedOnlyUnderThem()
    {
        var compiled = TestManual.WithRules("""
            rule-sets:
              - name: s
                hit-policy: collect
                rules:
                  - { name: danado-alto, when: failure == "danado" and tier >= "plata" and order.value > 10, grant: [ gift: { description: x, cost: 1 } ] }
                  - { name: libre, when: order.value > 10, grant: [ gift: { description: y, cost: 1 } ] }
            """).Compiled;
        var ruleSet = compiled.RuleSets[0];
        var frame = new FactFrame(compiled.Schema);

        // Positions: failure danado = 2; tiers bronce 0, plata 1, oro 2.
        frame.Ints[compiled.Schema.Failure.Slot] = 2;
        frame.Ints[compiled.Schema.Tier.Slot] = 1;
        Assert.Equal(["danado-alto", "libre"], ruleSet.Index.Candidates(frame).Select(r => r.Name));

        frame.Ints[compiled.Schema.Tier.Slot] = 0;
        Assert.Equal(["libre"], ruleSet.Index.Candidates(frame).Select(r => r.Name));

        frame.Ints[compiled.Schema.Failure.Slot] = 0;
        frame.Ints[compiled.Schema.Tier.Slot] = 2;
        Assert.Equal(["libre"], ruleSet.Index.Candidates(frame).Select(r => r.Name));
        Assert.IsType<RuleIndex>(ruleSet.Index);
    }
}
