namespace Compensation.TestSupport;

/// <summary>A two-tier, two-failure manual in memory, with the rule sets a test supplies.</summary>
internal static class TinyManual
{
    public const string Header = """
        manual: Pequeño
        version: "1"
        effective: 2026-01-01
        currency: EUR
        catalog:
          tiers: [bajo, alto]
          failures: [retraso, defecto]
          delay-failures: [retraso]
          causes: [interna, externa]
        empowerment:
          - { role: agente, up-to: 30 }
          - { role: gerente }

        """;

    public static CompensationManual With(string ruleSets)
    {
        var result = CompensationManual.TryParse([new ManualSource("pequeno.yaml", Header + ruleSets)]);
        Assert.True(result.Manual is not null, string.Join(Environment.NewLine, result.Diagnostics));
        return result.Manual!;
    }
}
