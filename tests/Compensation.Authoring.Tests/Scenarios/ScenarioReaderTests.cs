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

        Assert.Equal("s.yaml:1:1: error CMP004: a scenario file must be a mapping with a 'scenarios:' list (hint: start the file with 'scenarios:')", Assert.Single(suite.Diagnostics).ToString());
    }
}
