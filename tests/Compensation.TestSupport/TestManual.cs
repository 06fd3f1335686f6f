namespace Compensation.TestSupport;

/// <summary>
/// Builds manuals from inline YAML: the one place tests turn rule-file texts into a manual. With
/// <see cref="WithRules"/> the header (catalogue, empowerment) lives in its own file, "manual.yaml", and the
/// rule sets a test states in "test.yaml", so the line and column of a diagnostic in "test.yaml" are those of
/// the test's raw string literal.
/// </summary>
internal static class TestManual
{
    /// <summary>
    /// Tiers bronce &lt; plata &lt; oro; agente approves up to 30, supervisor up to 150, gerente anything.
    /// </summary>
    public const string Header = """
        manual: Manual de prueba
        version: "1"
        effective: 2026-01-01
        currency: EUR
        locale: es-ES
        catalog:
          tiers: [bronce, plata, oro]
          failures: [retraso, defecto, danado]
          delay-failures: [retraso]
          causes: [interna, transportista]
        empowerment:
          - { role: agente, up-to: 30 }
          - { role: supervisor, up-to: 150 }
          - { role: gerente }
        """;

    /// <summary>A rule-set file that grants nothing, for tests about the header.</summary>
    public const string NoRules = """
        rule-sets:
          - name: nada
            hit-policy: collect
            rules:
              - { name: nada, when: "false", set: { x: 1 } }
        """;

    /// <summary>A smaller catalogue: tiers bajo &lt; alto, failures retraso and defecto; agente up to 30, then gerente.</summary>
    public const string TinyHeader = """
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

    /// <summary>Loads rule files held in memory; fails the test, listing every diagnostic, when the manual has errors.</summary>
    public static CompensationManual Load(params ManualSource[] files)
    {
        var result = CompensationManual.TryParse(files);
        Assert.True(result.Manual is not null, string.Join(Environment.NewLine, result.Diagnostics));
        return result.Manual!;
    }

    /// <summary>Loads <see cref="TinyHeader"/> followed by <paramref name="ruleSets"/> as one file, "pequeno.yaml".</summary>
    public static CompensationManual Tiny(string ruleSets) => Load(new ManualSource("pequeno.yaml", TinyHeader + ruleSets));

    /// <summary>Loads the shared header plus <paramref name="ruleSets"/> (as "test.yaml").</summary>
    public static CompensationManual WithRules(string ruleSets, ManualLoadOptions? options = null)
        => CompensationManual.Parse([new ManualSource("manual.yaml", Header), new ManualSource("test.yaml", ruleSets)], options);

    /// <summary>Loads one complete manual file, "test.yaml".</summary>
    public static CompensationManual Single(string yaml) => CompensationManual.Parse([new ManualSource("test.yaml", yaml)]);

    /// <summary>The diagnostics of the shared header plus <paramref name="ruleSets"/>; fails if the manual loads.</summary>
    public static IReadOnlyList<Diagnostic> ErrorsWithRules(string ruleSets, ManualLoadOptions? options = null)
        => Failed(CompensationManual.TryParse([new ManualSource("manual.yaml", Header), new ManualSource("test.yaml", ruleSets)], options));

    /// <summary>The diagnostics of one complete manual file, "test.yaml"; fails if the manual loads.</summary>
    public static IReadOnlyList<Diagnostic> ErrorsSingle(string yaml)
        => Failed(CompensationManual.TryParse([new ManualSource("test.yaml", yaml)]));

    /// <summary>A manual whose one collect rule set grants <paramref name="grant"/> (a YAML flow list item) when <paramref name="when"/> holds.</summary>
    public static string OneRule(string grant, string when = "true") => $$"""
        rule-sets:
          - name: prueba
            hit-policy: collect
            rules:
              - name: regla
                when: '{{when}}'
                grant:
                  - {{grant}}
        """;

    private static IReadOnlyList<Diagnostic> Failed(ManualLoadResult result)
    {
        Assert.False(result.Succeeded, "the manual was expected to have errors but it loaded");
        return result.Diagnostics;
    }
}
