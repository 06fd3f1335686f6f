using System.Diagnostics;
using Compensation.TestSupport;

namespace Compensation.Authoring.Tests.Determinism;

/// <summary>
/// Same input, same decision on any machine: the sample manual's example incidents and scenarios, explained under
/// four host time zones (one child process each, since a process's zone is fixed when it starts) and three
/// cultures (Turkish, for its dotted and dotless i; Spanish, for its decimal comma), give byte-identical JSON.
/// </summary>
public sealed class DeterminismTests
{
    private static readonly string[] Zones = ["UTC", "Europe/Madrid", "America/Los_Angeles", "Asia/Kolkata"];

    [Fact]
    public void Explain_ExamplesUnderFourTimeZonesAndThreeCultures_ByteIdenticalJson()
    {
        var runs = Zones.AsParallel().Select(zone => (Zone: zone, Lines: DecideIn(zone))).ToList();

        var reference = Decisions(runs[0].Lines, DecideExamples.Cultures[0]);
        Assert.True(reference.Count >= 10, $"only {reference.Count} examples were decided");
        Assert.Contains(reference, d => d.Key.StartsWith("incidents/", StringComparison.Ordinal));
        Assert.Contains(reference, d => d.Key.StartsWith("scenarios/", StringComparison.Ordinal));
        foreach (var (zone, lines) in runs)
        {
            // The child really ran in that zone and those cultures: otherwise the comparison proves nothing.
            var header = lines[0].Split('\t');
            Assert.True(header[0] == "zone" && header[1] == zone, $"the child ran in '{lines[0]}', not {zone}");
            Assert.Contains("culture\tes-ES\t1,5", lines);
            Assert.Contains("culture\ten-US\t1.5", lines);

            foreach (var culture in DecideExamples.Cultures)
            {
                var decisions = Decisions(lines, culture);
                Assert.Equal(reference.Keys, decisions.Keys);
                foreach (var (name, json) in reference)
                {
                    Assert.True(json == decisions[name], $"{name} under {zone}, {culture} differs from {runs[0].Zone}, {DecideExamples.Cultures[0]}:\n{Difference(decisions[name], json)}");
                }
            }
        }
    }

    /// <summary>Both texts around their first difference.</summary>
    private static string Difference(string actual, string expected)
    {
        var at = 0;
        while (at < actual.Length && at < expected.Length && actual[at] == expected[at])
        {
            at++;
        }

        var from = Math.Max(0, at - 100);
        return $"  here: ...{actual[from..Math.Min(actual.Length, at + 60)]}\n  there: ...{expected[from..Math.Min(expected.Length, at + 60)]}";
    }

    private static Dictionary<string, string> Decisions(string[] lines, string culture)
        => lines.Select(l => l.Split('\t', 3)).Where(p => p[0] == culture).ToDictionary(p => p[1], p => p[2]);

    private static string[] DecideIn(string zone)
    {
        var assembly = typeof(DecideExamples).Assembly.Location;
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
        };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(assembly);
        start.ArgumentList.Add("decide-examples");
        start.ArgumentList.Add(RepoPaths.Combine("rules", "tienda-ejemplo"));
        start.Environment["TZ"] = zone;

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"deciding the examples under {zone} did not finish within 5 minutes (a hang)");
        }

        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"the child under {zone} exited {process.ExitCode}:\n{error.Result}");
        return output.Result.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
    }
}
