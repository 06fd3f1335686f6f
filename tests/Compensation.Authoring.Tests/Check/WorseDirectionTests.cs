using Compensation.Check;

namespace Compensation.Authoring.Tests.Check;

/// <summary>
/// CHECK005 follows a declared direction of harm (<c>worse: lower</c>): a cloud SLA where a lower uptime must earn
/// more, with its thresholds written in a 'set:' formula's 'when:' and inside an amount.
/// </summary>
public class WorseDirectionTests
{
    private static List<string> Check(string amount, string worse = "lower")
    {
        var manual = CompensationManual.Parse(
        [
            new ManualSource("sla.yaml", $$"""
                manual: SLA
                version: "1"
                effective: 2026-01-01
                currency: EUR
                catalog:
                  failures: [outage]
                  facts:
                    uptime: { type: decimal, min: 90, max: 100, default: 100, worse: {{worse}} }
                rule-sets:
                  - name: band
                    hit-policy: first
                    rules:
                      - { name: severe, when: "uptime < 99", set: { band: 2 } }
                      - { name: minor, when: "uptime < 99.9", set: { band: 1 } }
                  - name: credit
                    hit-policy: collect
                    rules:
                      - { name: service-credit, when: band >= 1, grant: [ store-credit: { amount: "{{amount}}" } ] }
                """),
        ]);
        return [.. ManualCheck.Run(manual).Findings.Where(f => f.Code == CheckCodes.Proportionality).Select(f => f.Message)];
    }

    [Fact]
    public void Run_LowerUptimeEarnsMore_NoProportionalityError()
    {
        Assert.Empty(Check("iif(uptime < 95, 50, band * 10)"));
    }

    [Fact]
    public void Run_LowerUptimeEarnsLessAtAThresholdInsideTheAmount_Check005AtThatThreshold()
    {
        // 95 is only written inside the amount: the grid probes 95 and 94.99 because formulas' thresholds are collected.
        var message = Assert.Single(Check("iif(uptime < 95, 5, band * 10)"));

        Assert.StartsWith("not proportional: a lower uptime earns less — 'outage' with uptime 95 → 94.99 lowers the total from 20 to 5", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_DeclaredHigherIsWorseButTheManualPaysForLowUptime_Check005()
    {
        // The same proportional SLA, declared the wrong way round: a higher uptime (worse, as declared) earns less.
        Assert.NotEmpty(Check("iif(uptime < 95, 50, band * 10)", worse: "higher"));
    }
}
