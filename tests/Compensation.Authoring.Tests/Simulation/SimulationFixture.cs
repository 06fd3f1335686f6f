using System.Text.Json;

namespace Compensation.Authoring.Tests.Simulation;

/// <summary>The sample manual, a baseline variant of it, and generated histories, shared by the simulation tests.</summary>
internal static class SimulationFixture
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string Folder { get; } = FindSample();

    public static CompensationManual Manual { get; } = CompensationManual.Load(Folder);

    /// <summary>
    /// The sample manual with the one-day delay coupon lowered from 5 to 3 (rule retraso-un-dia, 3.1): the only change,
    /// so exactly the one-day delays not caused by force majeure change remedy, each by 2.00.
    /// </summary>
    public static CompensationManual Baseline { get; } = CompensationManual.Parse(
        Directory.GetFiles(Folder, "*.yaml").Order(StringComparer.Ordinal).Select(path => new ManualSource(
            path,
            File.ReadAllText(path).Replace("discount: { amount: 5, on: next-purchase, valid-days: 60 }", "discount: { amount: 3, on: next-purchase, valid-days: 60 }", StringComparison.Ordinal))));

    public static string Generate(long rows, HistoryFormat format, double malformed = 0, int seed = 7)
    {
        using var writer = new StringWriter();
        new HistoryGenerator(Manual) { Seed = seed, MalformedRate = malformed }.Write(writer, rows, format);
        return writer.ToString();
    }

    /// <summary>The incidents of a JSON-lines history, read without the simulator (line number, incident, customer).</summary>
    public static IEnumerable<(long Row, Incident Incident, Customer Customer)> ReadJsonLines(string history)
        => history.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select((line, i) =>
        {
            var parsed = JsonSerializer.Deserialize<Line>(line, Json)!;
            return ((long)i + 1, parsed.Incident, parsed.Customer);
        });

    private static string FindSample()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "rules", "tienda-ejemplo");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("rules/tienda-ejemplo not found above " + AppContext.BaseDirectory);
    }

    private sealed record Line(Incident Incident, Customer Customer);
}
