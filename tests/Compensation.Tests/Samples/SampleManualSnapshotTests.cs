using System.Text.Json;
using Compensation.TestSupport;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Snapshooter;
using Snapshooter.Xunit;

namespace Compensation.Tests.Samples;

/// <summary>
/// Snapshots of the decision (as the library writes it in JSON) for each example incident of the sample
/// manual. Each snapshot was reviewed by hand against the rules; the reasoning is in the comment of its row.
/// The manual's content hash is left out of the snapshots (any edit of the rule files, comments included,
/// changes it); <see cref="Load_SampleManual_HasStableStamp"/> checks it instead.
/// Common to all: limits.total = order value, limits.store-credit = half of it; agente approves up to 30,
/// supervisor up to 150, gerente above.
/// </summary>
public class SampleManualSnapshotTests
{
    public static TheoryData<string> IncidentNames => [.. SampleManual.IncidentNames];

    /// <summary>The incidents whose decisions are reviewed below: a new example incident needs a row.</summary>
    public static TheoryData<string, decimal, string, string[]> Expected => new()
    {
        // Cita de instalación incumplida (1290 €, plata, causa interna, 3 incidentes previos, instalación incluida).
        // gravedad-alta (cita-incumplida) → gravedad 2; reincidente (3 ≥ 2); empresa_responsable (interna).
        // 2.6 instalación gratuita (cita incumplida, instalación incluida, ≥ 60 €): free-service 39.
        // 4.4 cita-incumplida (plata < oro, prioridad 10): store-credit 20.
        // 5.2 llamada por reincidencia (gravedad 2): manager-call 2d; saldo por reincidencia min(10 × 3, 50) = 30 (supervisor).
        // 5.3 responsabilidad propia (interna, gravedad 2): store-credit 10 in its own group.
        // Store credit 20 + 30 + 10 = 60 ≤ 645. Total 39 + 20 + 0 + 30 + 10 = 99 → supervisor (≤ 150, and asked for).
        { "cita-incumplida-plata", 99m, "supervisor", ["instalacion-gratuita-cita-incumplida", "cita-incumplida", "llamada-gerente-reincidente", "saldo-por-reincidencia", "saldo-por-responsabilidad-propia"] },

        // Artículo dañado (349.90 €, estándar, transportista): gravedad-muy-alta (danado) → 3.
        // 2.4 reposición urgente (≥ 30 €, estándar < oro): free-service 10. 2.7 garantía (danado, estándar): 12 months, cost 0.
        // 4.1 danado (prioridad 10; no oro): refund 10 % of 349.90 = 34.99 (≤ 150), approval supervisor.
        // No manager call (estándar, no reincidente). Total 10 + 0 + 34.99 = 44.99 → supervisor.
        { "danado-estandar", 44.99m, "supervisor", ["reposicion-urgente-danado", "ampliacion-garantia", "danado"] },

        // Error de facturación (85 €, oro, interna): gravedad-leve → 1; empresa_responsable.
        // No gesture applies. 4.5 error-facturacion: discount amount iif(oro, 10, 5) = 10.
        // 5.3 needs gravedad ≥ 2: no. Total 10 → agente.
        { "error-facturacion-oro", 10m, "agente", ["error-facturacion"] },

        // Retraso por fuerza mayor (59.90 €, estándar): 12 Nov 14:00 → 18 Nov 16:30 = 6 days 2.5 h → delay.days 6.
        // gravedad-alta (≥ 5 days) → 2; fuerza_mayor.
        // 2.1 envío gratis (≥ 2 days, ≥ 20 €): free-service 5.95.
        // 3.5 retraso-fuerza-mayor: min(2 × 6, 10) = 10 % of 59.90 = 5.99 (within min 5, max 30).
        // 3.6/3.7 exclude fuerza mayor; 4.6 excludes retrasos. Total 5.95 + 5.99 = 11.94 → agente.
        { "retraso-fuerza-mayor-estandar", 11.94m, "agente", ["envio-gratis-proximo-pedido", "retraso-fuerza-mayor"] },

        // Retraso largo (640 €, platino, interna, 2 previos, fecha señalada): 5 Nov 20:00 → 17 Nov 21:00 → 12 days.
        // gravedad-muy-alta (≥ 10) → 3; reincidente (2 ≥ 2); empresa_responsable.
        // Gestures: envío gratis 5.95; fecha señalada gift 8 (stacks); platino gift 15 (gravedad ≥ 2, ≥ 50 €).
        // 3.4 ≥ 10 days: discount 30 % of 640 = 192 → max 150 (23.44 %); refund 25 % (platino) = 160 (≤ 200), supervisor.
        // 3.6 best of platino min(48, 60) = 48, oro min(36, 40) = 36, plata min(24, 20) = 20 → store-credit 48.
        // 5.1 manager calls: platino 24h, oro 48h, reincidente 2d — one group, all cost 0: the first (24h) stays,
        // the other two are dropped by the group. 5.2 saldo reincidencia min(10 × 2, 50) = 20; 5.3 propia 10.
        // Store credit 48 + 20 + 10 = 78 ≤ 320; total 5.95 + 8 + 15 + 150 + 160 + 48 + 0 + 20 + 10 = 416.95 ≤ 640 → gerente.
        { "retraso-largo-platino", 416.95m, "gerente", ["envio-gratis-proximo-pedido", "obsequio-fecha-senalada", "obsequio-cliente-platino", "retraso-diez-dias-o-mas", "retraso-diez-dias-o-mas", "saldo-retraso-platino", "llamada-gerente-platino", "saldo-por-reincidencia", "saldo-por-responsabilidad-propia"] },

        // Retraso (120 €, oro, transportista, 1 previo): 10 Nov 18:00 → 15 Nov 12:00 = 4 days 18 h → 4 days.
        // gravedad-leve (1–4 days) → 1; not reincidente; not interna.
        // 2.1 envío gratis 5.95. 3.2 two-to-four days: 5 × 4 = 20 % of 120 = 24 (within 5..50).
        // 3.6 best: oro min(12, 40) = 12 beats plata min(8, 20) = 8 → store-credit 12.
        // 5.1 oro needs gravedad 3: no call. Total 5.95 + 24 + 12 = 41.95 → supervisor.
        { "retraso-oro", 41.95m, "supervisor", ["envio-gratis-proximo-pedido", "retraso-dos-a-cuatro-dias", "saldo-retraso-oro"] },
    };

    [Fact]
    public void IncidentNames_EveryExampleIncident_HasAReviewedRow()
    {
        Assert.Equal(SampleManual.IncidentNames, Expected.Select(row => (string)row[0]).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Expected))]
    public void Decide_SampleIncident_GrantsTheReviewedRemedies(string name, decimal total, string approval, string[] rules)
    {
        var (incident, customer) = SampleManual.Read(name);

        var decision = SampleManual.Manual.Decide(incident, customer);

        Assert.Equal(total, decision.TotalCost);
        Assert.Equal(approval, decision.Approval.Role);
        Assert.Equal(rules, decision.Remedies.Select(r => r.Rule));
    }

    [Theory]
    [MemberData(nameof(IncidentNames))]
    public void Decide_SampleIncident_MatchesSnapshot(string name)
    {
        var (incident, customer) = SampleManual.Read(name);
        var decision = SampleManual.Manual.Decide(incident, customer, SampleManual.Clock);
        var json = System.Text.Json.JsonSerializer.Serialize(decision, SampleManual.Json);

        AssertSnapshot(name, json);
    }

    [Fact]
    public void Load_SampleManual_HasStableStamp()
    {
        var stamp = SampleManual.Manual.Stamp;

        Assert.Equal(("Manual de resarcimiento — Tienda Ejemplo", "2026.11", new DateOnly(2026, 11, 1)), (stamp.Name, stamp.Version, stamp.Effective));
        Assert.Matches("^[0-9a-f]{64}$", stamp.ContentHash);
        Assert.Equal(stamp, CompensationManual.Load(SampleManual.Folder).Stamp);
    }

    [Fact]
    public void Load_SampleManual_LoadsItsRulesWithoutWarnings()
    {
        var manual = SampleManual.Manual;

        Assert.Empty(manual.Warnings);
        Assert.Equal(37, manual.Rules.Count);
        Assert.Equal(["gravedad", "contexto", "gestos", "retrasos", "retrasos-por-nivel", "fallos-servicio", "escalado"], manual.Rules.Select(r => r.RuleSet).Distinct());
        Assert.Equal(["estandar", "plata", "oro", "platino"], manual.Catalog.Tiers);
        Assert.Equal(("EUR", "es-ES"), (manual.Currency, manual.Locale));
    }

    /// <summary>
    /// Compares with the committed snapshot in Samples/__snapshots__. The folder is found from the repository
    /// root, not from the compiled source path (a CI build maps source paths away). A missing snapshot is
    /// written by Snapshooter, but the test still fails, so CI never passes without a reviewed, committed snapshot.
    /// </summary>
    private static void AssertSnapshot(string name, string json)
    {
        // Snapshooter keeps snapshots in a __snapshots__ folder under the folder it is given.
        var testFolder = RepoPaths.Combine("tests", "Compensation.Tests", "Samples");
        var fileName = name + ".snap";
        var path = Path.Combine(testFolder, "__snapshots__", fileName);
        var existed = File.Exists(path);

        using var reader = new JsonTextReader(new StringReader(json)) { FloatParseHandling = FloatParseHandling.Decimal, DateParseHandling = DateParseHandling.None };
        Snapshot.Match(JToken.ReadFrom(reader), new SnapshotFullName(fileName, testFolder), o => o.ExcludeField("manual.contentHash"));

        Assert.True(existed, $"A new snapshot was written to {path}: review it against the rules, commit it, and run again.");
    }
}
