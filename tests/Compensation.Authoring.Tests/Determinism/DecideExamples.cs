using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;

namespace Compensation.Authoring.Tests.Determinism;

/// <summary>
/// What the child process of <see cref="DeterminismTests"/> runs (<c>dotnet Compensation.Authoring.Tests.dll
/// decide-examples &lt;manual&gt;</c>): decides the manual's example incidents and scenarios under each culture and
/// prints one line per decision, <c>culture TAB name TAB json</c>, after a first line naming the host's time zone.
/// </summary>
internal static class DecideExamples
{
    public static readonly string[] Cultures = ["es-ES", "en-US", "tr-TR"];

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static int Run(string manualPath, TextWriter output)
    {
        var manual = CompensationManual.Load(manualPath);
        var cases = new List<(string Name, Incident Incident, Customer Customer)>();
        foreach (var file in Directory.GetFiles(Path.Combine(manualPath, "incidents"), "*.json").Order(StringComparer.Ordinal))
        {
            var read = IncidentJson.Read(File.ReadAllBytes(file));
            cases.Add(("incidents/" + Path.GetFileName(file), read.Incident!, read.Customer!));
        }

        var suite = ScenarioSuite.Load(manual, Path.Combine(manualPath, ScenarioSuite.FolderName));
        cases.AddRange(suite.Scenarios.Select(s => ("scenarios/" + s.Name, s.Incident, s.Customer)));

        // The host's zone and how this culture writes 1.5: the parent checks both took effect.
        output.WriteLine($"zone\t{TimeZoneInfo.Local.Id}\t{TimeZoneInfo.Local.BaseUtcOffset}");
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 20, 9, 30, 0, TimeSpan.Zero));
        foreach (var culture in Cultures)
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            output.WriteLine($"culture\t{culture}\t{1.5m}");
            foreach (var (name, incident, customer) in cases)
            {
                string text;
                try
                {
                    text = JsonSerializer.Serialize(manual.Explain(incident, customer, clock), Json);
                }
                catch (CompensationException ex)
                {
                    text = ex.GetType().Name + ": " + ex.Message;
                }

                output.WriteLine($"{culture}\t{name}\t{text.Replace('\n', ' ')}");
            }
        }

        return 0;
    }
}
