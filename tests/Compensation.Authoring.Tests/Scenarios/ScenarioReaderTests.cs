using Compensation.TestSupport;

namespace Compensation.Authoring.Tests.Scenarios;

public class ScenarioReaderTests
{
    private static readonly CompensationManual Manual = TestManual.Tiny("""
        rule-sets:
          - name: r
            hit-policy: collect
            rules:
              - { name: cupon, when: "delay.days >= 1", grant: [ discount: { amount: 5 } ] }
        """);

    private static ScenarioSuite Parse(string yaml) => ScenarioSuite.Parse(Manual, [new ManualSource("s.yaml", yaml)]);

    [Fact]
    public void Parse_DelayWithoutDates_MeasuredFromEffectiveDate()
    {
        var suite = Parse("""
            scenarios:
              - name: a
                incident: { failure: retraso, cause: interna, delay: 2d 5h, order: 40.5, facts: { x: true, y: 3, z: "true" } }
                customer: { tier: alto, prior-incidents: 2, tenure-months: 7, recent-compensation: 12.5 }
                expect: { remedies: none }
            """);

        var scenario = Assert.Single(suite.Scenarios);
        Assert.Empty(suite.Diagnostics);
        // The manual is effective from 2026-01-01; delays are measured from 10:00 UTC that day.
        Assert.Equal(new DateTimeOffset(2026, 1, 1, 10, 0, 0, TimeSpan.Zero), scenario.Incident.PromisedAt);
        Assert.Equal(new DateTimeOffset(2026, 1, 3, 15, 0, 0, TimeSpan.Zero), scenario.Incident.DeliveredAt);
        Assert.Equal(40.5m, scenario.Incident.OrderValue);
        Assert.Equal(true, scenario.Incident.Facts["x"]);
        Assert.Equal(3m, scenario.Incident.Facts["y"]);
        Assert.Equal("true", scenario.Incident.Facts["z"]); // quoted: text
        Assert.Equal(new Customer { Tier = "alto", PriorIncidents = 2, TenureMonths = 7, RecentCompensation = 12.5m }, scenario.Customer);
    }

    [Fact]
    public void Parse_MalformedValues_ReportsEachWithPosition()
    {
        var suite = Parse("""
            scenarios:
              - name: a
                incident: { failure: retraso, delay: 2d, delivered: 2026-01-05, order: mucho }
                customer: { tier: alto, prior-incidents: -1 }
                expect: { remedies: [ discount: { percent: diez, on: tomorrow } ], total: 5 }
              - name: b
                incident: { failure: retraso }
                customer: { tier: alto }
                expect: {}
            """);

        Assert.True(suite.HasErrors);
        Assert.Equal(
            [
                "s.yaml:3:15: error CMP004: the incident has both 'delay' and 'delivered' (hint: write either 'delay: 3d' (measured from 'promised' or the manual's effective date) or the two dates)",
                "s.yaml:3:76: error CMP004: 'mucho' is not a number (hint: write it like 120 or 41.95)",
                "s.yaml:4:46: error CMP004: '-1' is not a whole number of zero or more (hint: write it like 0, 1 or 3)",
                "s.yaml:5:48: error CMP004: 'percent' must be a number, not 'diez'",
                "s.yaml:5:58: error CMP004: 'on' must be next-purchase or this-order, not 'tomorrow'",
                "s.yaml:9:13: error CMP003: 'expect' expects nothing (hint: add 'remedies:' (a list, or 'none'), 'approval:', 'total:' or 'fires:')",
            ],
            suite.Diagnostics.Select(d => d.ToString()));
        Assert.Empty(suite.Scenarios);
    }

    [Fact]
    public void Parse_NotAScenarioFile_SaysWhatToWrite()
    {
        var suite = Parse("- just a list");

        Assert.Equal("s.yaml:1:1: error CMP004: the file must be a mapping of 'key: value' lines, not a list (hint: start the file with 'scenarios:')", Assert.Single(suite.Diagnostics).ToString());
    }

    [Fact]
    public void Parse_AnchorsAndAliases_RejectedLikeInRuleFiles()
    {
        // The scenario reader goes through the rule files' front door: no anchors or aliases.
        var suite = Parse("""
            scenarios:
              - &uno
                name: a
                incident: { failure: retraso, delay: 2d, order: 100 }
                customer: { tier: oro }
                expect: { remedies: none }
              - *uno
            """);

        Assert.Contains(suite.Diagnostics, d => d.Code == "CMP020" && d.Location.Line == 2);
    }

    [Fact]
    public void Parse_DashesInsideAFlowMapping_IsASyntaxErrorNotACrash()
    {
        var suite = Parse("x: { ---");

        Assert.Equal("CMP001", Assert.Single(suite.Diagnostics).Code);
    }

    [Fact]
    public void Parse_TabIndentation_ReportedAtItsLine()
    {
        var suite = Parse("scenarios:\n\t- name: a\n");

        Assert.Equal("s.yaml:2:1: error CMP001: a tab is used to indent this line; YAML indents with spaces only (hint: replace the tab with spaces, aligned with the lines above)", Assert.Single(suite.Diagnostics).ToString());
    }

    [Theory]
    [InlineData("fires: [no-existe]", "the manual has no rule named 'no-existe'")]
    [InlineData("approval: jefe", "the manual has no role named 'jefe'")]
    [InlineData("remedies: [ discount: { rule: no-existe } ]", "the manual has no rule named 'no-existe'")]
    public void Parse_ExpectationNamingWhatTheManualLacks_IsALoadError(string expect, string message)
    {
        var suite = Parse($$"""
            scenarios:
              - name: a
                incident: { failure: retraso, delay: 2d, order: 100 }
                customer: { tier: oro }
                expect: { {{expect}} }
            """);

        var diagnostic = Assert.Single(suite.Diagnostics);
        Assert.Equal("CMP030", diagnostic.Code);
        Assert.Equal(message, diagnostic.Message);
    }

    [Fact]
    public void Parse_DuplicateScenarioNames_CitesBothPlaces()
    {
        var suite = Parse("""
            scenarios:
              - name: a
                incident: { failure: retraso, delay: 2d, order: 100 }
                customer: { tier: oro }
                expect: { remedies: none }
              - name: a
                incident: { failure: retraso, delay: 2d, order: 100 }
                customer: { tier: oro }
                expect: { remedies: none }
            """);

        // The second 'a' is at line 6, column 11 ("  - name: " is 10 characters); the first at line 2, column 11.
        Assert.Equal("s.yaml:6:11: error CMP005: a second scenario named 'a'; the first is at s.yaml:2:11 (hint: give every scenario its own name: it names the test)", Assert.Single(suite.Diagnostics).ToString());
    }
}
