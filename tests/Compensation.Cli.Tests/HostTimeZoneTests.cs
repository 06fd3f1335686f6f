namespace Compensation.Cli.Tests;

/// <summary>
/// The same incidents give the same decisions whatever the host's time zone: the tool runs as a child process
/// under <c>TZ</c> values on either side of the manual's zone (Europe/London for <c>rules/delay-repay</c>). Its scenarios
/// write dates without an offset, read in the manual's zone; one of them is timetabled across the night the United
/// States change their clocks (8 March 2026) and one across the British change (29 March), so reading them in the host's
/// zone gives another band on a Los Angeles machine.
/// </summary>
public class HostTimeZoneTests
{
    private static readonly string[] Zones = ["Asia/Kolkata", "America/Los_Angeles"];

    [Fact]
    public void Test_DelayRepayUnderTwoHostTimeZones_SameOutputEveryScenarioPasses()
    {
        var runs = Zones.Select(zone => (Zone: zone, Result: CliRunner.RunProcess(["test", "rules/delay-repay", "--min-coverage", "100"], environment: new Dictionary<string, string> { ["TZ"] = zone }))).ToList();

        Assert.All(runs, run => Assert.True(run.Result.ExitCode == 0, $"under TZ={run.Zone}: {run.Result}"));
        Assert.Equal(runs[0].Result.Out, runs[1].Result.Out);
    }

    [Fact]
    public void Decide_InlineDelayUnderTwoHostTimeZones_ByteIdenticalJson()
    {
        // --delay promises at noon UTC on the manual's effective date and delivers that much later: no host zone involved.
        string[] args = ["decide", "rules/delay-repay", "--failure", "late-arrival", "--delay", "1h40m", "--order", "10.10", "--json"];
        var outputs = Zones.Select(zone => CliRunner.RunProcess(args, environment: new Dictionary<string, string> { ["TZ"] = zone })).ToList();

        Assert.All(outputs, o => Assert.Equal(0, o.ExitCode));
        Assert.Equal(outputs[0].Out, outputs[1].Out);
        Assert.Contains("late-60-to-119-minutes", outputs[0].Out, StringComparison.Ordinal);
    }
}
