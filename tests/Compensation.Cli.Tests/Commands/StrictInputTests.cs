using System.Text;
using System.Text.Json;

namespace Compensation.Cli.Tests.Commands;

/// <summary>The tool reads incident files with the library's strict reader, and with <c>--json</c> prints JSON on every path.</summary>
public sealed class StrictInputTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "compensation-strict-" + Guid.NewGuid().ToString("N"));

    public StrictInputTests() => Directory.CreateDirectory(_folder);

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // a temp folder left behind is harmless
        }
    }

    [Fact]
    public void Decide_NumberInQuotesAndDateWithoutOffset_ListsBothWithPathsAndExitsOne()
    {
        var file = Write("""
            { "incident": { "failure": "retraso", "promisedAt": "2027-03-27T12:00:00", "deliveredAt": "2027-03-29T12:00:00+01:00", "orderValue": "120" },
              "customer": { "tier": "oro" } }
            """);

        var result = CliRunner.Run(["decide", CliRunner.SampleManual, "--incident", file]);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Equal(string.Empty, result.Out);
        Assert.Equal(
            [
                $"error: the incident in {file} cannot be read:",
                "  $.incident.promisedAt: INC026 \"2027-03-27T12:00:00\" has no offset from UTC; write the offset, e.g. 2027-03-27T12:00:00+01:00 (or Z for UTC)",
                "  $.incident.orderValue: INC022 expected a number, found the text \"120\"; write the number without quotes, e.g. 120.50",
            ],
            result.ErrorLines);
    }

    [Fact]
    public void Decide_BadFileWithJson_StandardOutputIsTheErrorsAsJson()
    {
        var file = Write("""{ "incident": { "failure": "retraso" """);

        var result = CliRunner.Run(["decide", CliRunner.SampleManual, "--incident", file, "--json"]);

        Assert.True(result.ExitCode == 1, result.ToString());
        using var json = JsonDocument.Parse(result.Out);
        var error = Assert.Single(json.RootElement.GetProperty("errors").EnumerateArray());
        Assert.Equal("INC020", error.GetProperty("code").GetString());
        Assert.Equal("$", error.GetProperty("where").GetString());
    }

    [Fact]
    public void Decide_BytesThatAreNotUtf8_RefusedNotDecided()
    {
        var file = Path.Combine(_folder, "latin1.json");
        File.WriteAllBytes(file, Encoding.Latin1.GetBytes("""{ "incident": { "failure": "danado" }, "customer": { "tier": "oro", "name": "José" } }"""));

        var result = CliRunner.Run(["explain", CliRunner.SampleManual, "--incident", file]);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("INC021 the document is not valid UTF-8", result.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Out);
    }

    [Fact]
    public void Decide_UnknownOptionWithJson_StandardOutputIsJsonAndExitsTwo()
    {
        var result = CliRunner.Run(["decide", CliRunner.SampleManual, "--failure", "retraso", "--tier", "oro", "--currency", "USD", "--json"]);

        Assert.True(result.ExitCode == 2, result.ToString());
        using var json = JsonDocument.Parse(result.Out);
        Assert.Contains(json.RootElement.GetProperty("errors").EnumerateArray(), e => e.GetProperty("code").GetString() == "usage" && e.GetProperty("message").GetString()!.Contains("--currency", StringComparison.Ordinal));
        Assert.Contains("Run 'compensation decide --help' to see the usage.", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_InvalidIncidentWithJson_StandardOutputIsTheIncidentErrors()
    {
        var result = CliRunner.Run(["decide", CliRunner.SampleManual, "--failure", "retraso", "--tier", "gold", "--delay", "2d", "--json"]);

        Assert.True(result.ExitCode == 1, result.ToString());
        using var json = JsonDocument.Parse(result.Out);
        var error = Assert.Single(json.RootElement.GetProperty("errors").EnumerateArray());
        Assert.Equal("INC002", error.GetProperty("code").GetString());
        Assert.Equal("Customer.Tier", error.GetProperty("where").GetString());
    }

    private string Write(string json)
    {
        var file = Path.Combine(_folder, Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(file, json);
        return file;
    }
}
