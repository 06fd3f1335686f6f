using System.Text.Json;
using Compensation.TestSupport;


namespace Compensation.Tests.Security;

/// <summary>
/// Extreme and malformed values in otherwise valid rule files (numbers beyond every type, impossible
/// dates, enormous durations): each is a diagnostic or a working manual, never an exception.
/// </summary>
public sealed class HostileValueTests
{
    public static TheoryData<string, string, string> Replacements() => new()
    {
        // file, text in the sample, replacement
        { "00-manual.yaml", "up-to: 30", "up-to: 99999999999999999999999999999" },
        { "00-manual.yaml", "up-to: 30", "up-to: 1e400" },
        { "00-manual.yaml", "up-to: 30", "up-to: -5" },
        { "00-manual.yaml", "up-to: 30", "up-to: .nan" },
        { "00-manual.yaml", "up-to: 30", "up-to: [30]" },
        { "00-manual.yaml", "effective: 2026-11-01", "effective: 9999-99-99" },
        { "00-manual.yaml", "effective: 2026-11-01", "effective: 0000-01-01" },
        { "00-manual.yaml", "effective: 2026-11-01", "effective: 2026-02-30" },
        { "00-manual.yaml", "currency: EUR", "currency: \"\"" },
        { "00-manual.yaml", "currency: EUR", "currency: ~" },
        { "00-manual.yaml", "currency: EUR", "currency: {a: 1}" },
        { "00-manual.yaml", "total: \"order.value\"", "total: \"1e30\"" },
        { "00-manual.yaml", "total: \"order.value\"", "total: \"-order.value\"" },
        { "00-manual.yaml", "total: \"order.value\"", "total: \"order.value / 0\"" },
        { "00-manual.yaml", "{ type: boolean, default: false }", "{ type: integer, min: 99999999999999999999999999999, default: 0 }" },
        { "00-manual.yaml", "{ type: boolean, default: false }", "{ type: decimal, min: 1e400, max: -1e400 }" },
        { "00-manual.yaml", "{ type: boolean, default: false }", "{ type: integer, default: 2147483648 }" },
        { "00-manual.yaml", "{ type: boolean, default: false }", "{ type: [], default: x }" },
        { "00-manual.yaml", "tiers: [estandar, plata, oro, platino]", "tiers: [estandar, estandar]" },
        { "00-manual.yaml", "tiers: [estandar, plata, oro, platino]", "tiers: [\"\", \" \", \"a\\u0000b\"]" },
        { "30-retrasos.yaml", "valid-days: 90", "valid-days: 99999999999" },
        { "30-retrasos.yaml", "valid-days: 90", "valid-days: -1" },
        { "30-retrasos.yaml", "valid-days: 90", "valid-days: 1.5" },
        { "30-retrasos.yaml", "min: 5, max: 30", "min: 99999999999999999999999999999, max: -1" },
        { "30-retrasos.yaml", "\"5 * delay.days\"", "\"5 * delay.days * 1000000000000000000000000000\"" },
        { "30-retrasos.yaml", "\">= 10\"", "\">= 99999999999999999999999\"" },
        { "30-retrasos.yaml", "\"5..9\"", "\"9..5\"" },
        { "30-retrasos.yaml", "\"5..9\"", "\"-2147483648..2147483647\"" },
        { "30-retrasos.yaml", "\"5..9\"", "\"5..99999999999\"" },
        { "30-retrasos.yaml", "hit-policy: unique", "hit-policy: \"unique; rm -rf /\"" },
        { "40-fallos-servicio.yaml", "percent: 20", "percent: 101" },
        { "40-fallos-servicio.yaml", "percent: 20", "percent: -20" },
        { "50-escalado.yaml", "within: 24h", "within: 99999999999999h" },
        { "50-escalado.yaml", "within: 24h", "within: -1h" },
        { "50-escalado.yaml", "within: 24h", "within: 1e9d" },
        { "50-escalado.yaml", "within: 24h", "within: 2147483647d" },
    };

    [Theory]
    [MemberData(nameof(Replacements))]
    public void TryParse_ExtremeValue_ManualOrDiagnosticsNeverException(string file, string find, string replace)
    {
        var sources = Hostile.SampleSources.Select(s => s.Path == file ? s with { Text = ReplaceOnce(s.Text, find, replace) } : s).ToList();

        var result = Hostile.Guarded(() => CompensationManual.TryParse(sources));

        if (result.Manual is null)
        {
            Assert.Contains(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error && d.Location.Line > 0);
            return;
        }

        // It loaded: the sample incidents decide, or fail with the library's own exceptions only.
        foreach (var (incident, customer) in SampleIncidents.Value)
        {
            try
            {
                result.Manual.Explain(incident, customer);
            }
            catch (Exception ex) when (ex is InvalidIncidentException or RuleEvaluationException)
            {
                Assert.NotEmpty(ex.Message);
            }
        }
    }

    private static readonly Lazy<List<(Incident, Customer)>> SampleIncidents = new(() =>
    [
        .. Directory.EnumerateFiles(Path.Combine(Hostile.SampleFolder, "incidents"), "*.json").Order(StringComparer.Ordinal).Select(f =>
        {
            using var json = JsonDocument.Parse(File.ReadAllText(f));
            var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
            return (json.RootElement.GetProperty("incident").Deserialize<Incident>(options)!, json.RootElement.GetProperty("customer").Deserialize<Customer>(options)!);
        }),
    ]);

    private static string ReplaceOnce(string text, string find, string replace)
    {
        var at = text.IndexOf(find, StringComparison.Ordinal);
        Assert.True(at >= 0, $"the sample no longer contains '{find}'");
        return string.Concat(text.AsSpan(0, at), replace, text.AsSpan(at + find.Length));
    }
}
