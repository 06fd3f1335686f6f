using System.Text.Json;

namespace Compensation.TestSupport;

/// <summary>The sample manual (rules/tienda-ejemplo) and its example incidents.</summary>
internal static class SampleManual
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static readonly Lazy<CompensationManual> Loaded = new(() => CompensationManual.Load(Folder));

    public static string Folder => RepoPaths.Combine("rules", "tienda-ejemplo");

    public static CompensationManual Manual => Loaded.Value;

    /// <summary>
    /// A fixed "now" for decisions compared across runs: follow-ups are due a set time after the decision's
    /// clock, so with the system clock two equal decisions would differ in their due dates. 20 Nov 2026 is after
    /// every example delivery, so no message announces a new date.
    /// </summary>
    public static TimeProvider Clock { get; } = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.Zero));

    /// <summary>The names (without .json) of the example incidents.</summary>
    public static IEnumerable<string> IncidentNames
        => Directory.EnumerateFiles(Path.Combine(Folder, "incidents"), "*.json").Select(f => Path.GetFileNameWithoutExtension(f)!).Order(StringComparer.Ordinal);

    public static (Incident Incident, Customer Customer) Read(string name)
    {
        var file = JsonSerializer.Deserialize<IncidentFile>(File.ReadAllText(Path.Combine(Folder, "incidents", name + ".json")), Json)!;
        return (file.Incident, file.Customer);
    }

    private sealed record IncidentFile(Incident Incident, Customer Customer);
}
