using System.Text.Json;
using Compensation.TestSupport;


namespace Compensation.Tests.Security;

/// <summary>
/// Untrusted incident data: every problem is an <see cref="InvalidIncidentException"/> listing what and
/// where, before any rule runs — never an ArgumentException, OverflowException or NullReferenceException.
/// </summary>
public sealed class HostileIncidentTests
{
    internal const string SmallManual = """
        manual: Prueba de entradas hostiles
        version: "1"
        effective: 2026-01-01
        currency: EUR
        catalog:
          tiers: [basico, premium]
          failures: [retraso, defecto]
          delay-failures: [retraso]
          causes: [interna, transportista]
          facts:
            unidades: { type: integer, default: 0 }
            importe: { type: decimal, default: 0 }
            canal: { type: [web, tienda], default: web }
            urgente: { type: boolean, default: false }
        empowerment:
          - { role: agente, up-to: 30 }
          - { role: gerente }
        limits:
          total: "order.value"
        rule-sets:
          - name: resarcimiento
            hit-policy: collect
            rules:
              - name: por-retraso
                when: failure == "retraso" and delay.days >= 1
                grant: [ discount: { percent: "min(delay.days, 50)", on: next-purchase } ]
              - name: por-defecto
                when: failure == "defecto"
                grant: [ store-credit: { amount: "min(importe, 10) + unidades * 0" } ]
        """;

    private static readonly CompensationManual Manual = CompensationManual.Parse([new ManualSource("prueba.yaml", SmallManual)]);

    private static readonly Customer Basic = new() { Tier = "basico" };

    private static Incident Defect(params (string Name, object? Value)[] facts)
        => new() { Failure = "defecto", OrderValue = 100m, Facts = facts.ToDictionary(f => f.Name, f => f.Value) };

    public static TheoryData<string, Incident, Customer, string, string> BadInputs()
    {
        var max = DateTimeOffset.MaxValue;
        var min = DateTimeOffset.MinValue;
        return new()
        {
            { "order value decimal.MaxValue", new Incident { Failure = "defecto", OrderValue = decimal.MaxValue }, Basic, "Incident.OrderValue", "INC010" },
            { "order value just above the bound", new Incident { Failure = "defecto", OrderValue = 1_000_000_000_000.01m }, Basic, "Incident.OrderValue", "INC010" },
            { "negative order value", new Incident { Failure = "defecto", OrderValue = -0.01m }, Basic, "Incident.OrderValue", "INC007" },
            { "order value with a third decimal in EUR", new Incident { Failure = "defecto", OrderValue = 10.555m }, Basic, "Incident.OrderValue", "INC012" },
            { "recent compensation decimal.MaxValue", Defect(), Basic with { RecentCompensation = decimal.MaxValue }, "Customer.RecentCompensation", "INC010" },
            { "int.MaxValue prior incidents", Defect(), Basic with { PriorIncidents = int.MaxValue }, "Customer.PriorIncidents", "INC011" },
            { "int.MinValue tenure", Defect(), Basic with { TenureMonths = int.MinValue }, "Customer.TenureMonths", "INC011" },
            { "null failure", new Incident { Failure = null!, OrderValue = 1m }, Basic, "Incident.Failure", "INC001" },
            { "null tier", Defect(), new Customer { Tier = null! }, "Customer.Tier", "INC002" },
            { "a one-megabyte tier", Defect(), new Customer { Tier = new string('p', 1_000_000) }, "Customer.Tier", "INC002" },
            { "unknown cause", Defect() with { Cause = "\0" }, Basic, "Incident.Cause", "INC003" },
            { "empty currency", Defect() with { Currency = string.Empty }, Basic, "Incident.Currency", "INC009" },
            { "delivered before promised, at the extremes", new Incident { Failure = "retraso", PromisedAt = max, DeliveredAt = min }, Basic, "Incident.DeliveredAt", "INC008" },
            { "delay without dates", new Incident { Failure = "retraso" }, Basic, "Incident.PromisedAt", "INC008" },
            { "NaN for an integer fact", Defect(("unidades", double.NaN)), Basic, "Incident.Facts.unidades", "INC006" },
            { "Infinity for a decimal fact", Defect(("importe", double.PositiveInfinity)), Basic, "Incident.Facts.importe", "INC006" },
            { "1e300 for a decimal fact", Defect(("importe", 1e300)), Basic, "Incident.Facts.importe", "INC006" },
            { "decimal.MaxValue for a decimal fact", Defect(("importe", decimal.MaxValue)), Basic, "Incident.Facts.importe", "INC006" },
            { "long.MaxValue for an integer fact", Defect(("unidades", long.MaxValue)), Basic, "Incident.Facts.unidades", "INC006" },
            { "a fraction for an integer fact", Defect(("unidades", 1.5m)), Basic, "Incident.Facts.unidades", "INC006" },
            { "text for an integer fact", Defect(("unidades", "1; DROP TABLE")), Basic, "Incident.Facts.unidades", "INC006" },
            { "a number for a boolean fact", Defect(("urgente", 1)), Basic, "Incident.Facts.urgente", "INC006" },
            { "an undeclared value for a catalogue fact", Defect(("canal", "{{ 7 * 7 }}")), Basic, "Incident.Facts.canal", "INC006" },
            { "an arbitrary object for a fact", Defect(("importe", new Uri("file:///etc/passwd"))), Basic, "Incident.Facts.importe", "INC006" },
            { "JSON number beyond decimal", Defect(("importe", Json("1e400"))), Basic, "Incident.Facts.importe", "INC006" },
            { "JSON array", Defect(("unidades", Json("[1, 2, 3]"))), Basic, "Incident.Facts.unidades", "INC006" },
            { "JSON object", Defect(("urgente", Json("{\"a\": true}"))), Basic, "Incident.Facts.urgente", "INC006" },
            { "undeclared fact", Defect(("order.value", 1m)), Basic, "Incident.Facts.order.value", "INC004" },
        };
    }

    [Theory]
    [MemberData(nameof(BadInputs))]
    public void Decide_HostileInput_InvalidIncidentNamingTheProperty(string why, Incident incident, Customer customer, string property, string code)
    {
        var ex = Assert.Throws<InvalidIncidentException>(() => Hostile.Guarded(() => Manual.Decide(incident, customer)));

        Assert.True(ex.Errors.Any(e => e.Property == property && e.Code == code), $"{why}: expected {code} on {property}; got {ex.Message}");
        Assert.Equal(ex.Errors, Manual.Validate(incident, customer));
    }

    [Fact]
    public void Decide_TenThousandUndeclaredFacts_OneErrorEach()
    {
        var facts = Enumerable.Range(0, 10_000).ToDictionary(i => "f" + i, object? (i) => i);
        var incident = new Incident { Failure = "defecto", Facts = facts };

        var ex = Assert.Throws<InvalidIncidentException>(() => Hostile.Guarded(() => Manual.Decide(incident, Basic)));

        // 10,000 undeclared names, each reported once (INC004); nothing else is wrong.
        Assert.Equal(10_000, ex.Errors.Count);
        Assert.All(ex.Errors, e => Assert.Equal("INC004", e.Code));
    }

    [Fact]
    public void Decide_NullFactsDictionary_TreatedAsNoFacts()
    {
        // JSON "facts": null deserializes to null; the defaults apply: store credit min(0, 10) + 0 = 0.
        var decision = Manual.Decide(new Incident { Failure = "defecto", OrderValue = 50m, Facts = null! }, Basic);

        Assert.Equal(0m, decision.TotalCost);
    }

    [Fact]
    public void Decide_DelayFromMinValueToMaxValue_IsRejectedAsAbsurd()
    {
        // About 3.65 million days late: dates more than 100 years apart are a typing mistake, not a delay.
        // OccurredAt dates the incident inside the manual's life (effective 2026-01-01), so the span is the only problem.
        var incident = new Incident { Failure = "retraso", PromisedAt = DateTimeOffset.MinValue, DeliveredAt = DateTimeOffset.MaxValue, OccurredAt = new DateTimeOffset(2026, 3, 2, 0, 0, 0, TimeSpan.Zero), OrderValue = 80m };

        var ex = Assert.Throws<InvalidIncidentException>(() => Hostile.Guarded(() => Manual.Decide(incident, Basic)));

        Assert.Equal("INC008", Assert.Single(ex.Errors).Code);
    }

    [Fact]
    public void Decide_NinetyNineYearDelay_DecidesWithinTheCap()
    {
        // 1950-01-01 → 2049-01-01 is 36,160 days late: the percentage is min(days, 50) = 50, so 50 % of 80.00 = 40.00,
        // within limits.total (the order value). No overflow of minutes, hours or days. The incident is reported (occurred)
        // on delivery, after the manual took effect; dated by its 1950 promise it would be refused (INC013).
        var incident = new Incident { Failure = "retraso", PromisedAt = new DateTimeOffset(1950, 1, 1, 0, 0, 0, TimeSpan.Zero), DeliveredAt = new DateTimeOffset(2049, 1, 1, 0, 0, 0, TimeSpan.Zero), OccurredAt = new DateTimeOffset(2049, 1, 1, 0, 0, 0, TimeSpan.Zero), OrderValue = 80m };

        var decision = Hostile.Guarded(() => Manual.Decide(incident, Basic));

        Assert.Equal(40.00m, decision.TotalCost);
    }

    [Fact]
    public void Decide_LargestAcceptedOrder_DecidesExactly()
    {
        // 1,000,000,000,000.00 at 50 % (60 days late, capped at 50) = 500,000,000,000.00 exactly.
        var incident = new Incident { Failure = "retraso", PromisedAt = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), DeliveredAt = new DateTimeOffset(2026, 3, 2, 0, 0, 0, TimeSpan.Zero), OrderValue = 1_000_000_000_000m };

        Assert.Equal(500_000_000_000.00m, Manual.Decide(incident, Basic).TotalCost);
    }

    private static JsonElement Json(string text)
    {
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }
}
