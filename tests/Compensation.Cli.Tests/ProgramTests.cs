namespace Compensation.Cli.Tests;

public class ProgramTests
{
    [Theory]
    [InlineData("validate")]
    [InlineData("decide")]
    [InlineData("explain")]
    public void Help_EveryCommand_ShowsUsageAndAnExample(string command)
    {
        var result = CliRunner.Run([command, "--help"]);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains($"compensation {command} <manual> [options]", result.Out, StringComparison.Ordinal);
        Assert.Contains($"    compensation {command} rules/tienda-ejemplo", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Main_NoArguments_ShowsTheCommandsAndExitsTwo()
    {
        var result = CliRunner.Run([]);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("validate <manual>", result.Out, StringComparison.Ordinal);
        Assert.Contains("decide <manual>", result.Out, StringComparison.Ordinal);
        Assert.Contains("explain <manual>", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Main_MisspelledCommand_SuggestsTheCommandAndExitsTwo()
    {
        var result = CliRunner.Run(["decid", CliRunner.SampleManual]);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("decide", result.Out + result.Error, StringComparison.Ordinal);
        Assert.Contains("Run 'compensation --help' to see the usage.", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Output_RedirectedWithoutNoColor_HasNoAnsiEscapes()
    {
        var result = CliRunner.RunProcess(["explain", CliRunner.SampleManual, "--incident", "rules/tienda-ejemplo/incidents/retraso-oro.json"], noColor: false);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.DoesNotContain('\u001b', result.Out);
    }
}
