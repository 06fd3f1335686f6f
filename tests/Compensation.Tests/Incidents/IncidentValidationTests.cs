using System.Text.Json;
using Compensation.TestSupport;

namespace Compensation.Tests.Incidents;

/// <summary>
/// An incident or customer that does not fit the manual is rejected with every problem listed, each with
/// its property path and a stable INC code, before any rule runs.
/// </summary>
public class IncidentValidationTests
{
    private static readonly CompensationManual Manual = CompensationManual.Parse(
    [
        new ManualSource("manual.yaml", TestManual.Header.Replace("  causes: [interna, transportista]", """
              causes: [interna, transportista]
              facts:
                canal: { type: [web, tienda], default: web }
                urgente: { type: boolean, default: false }
                reclamaciones: { type: integer, min: 0, max: 50, default: 0 }
                importe_extra: { type: decimal }
            """, StringComparison.Ordinal)),
        new ManualSource("test.yaml", TestManual.OneRule("store-credit: { amount: 'importe_extra + reclamaciones' }", "canal == \"web\" or urgente")),
    ]);

    private static Dictionary<string, object?> Facts(params (string Name, object? Value)[] facts)
    {
        var result = new Dictionary<string, object?> { ["importe_extra"] = 1m };
        foreach (var (name, value) in facts)
        {
            result[name] = value;
        }

        return result;
    }

    private static readonly Incident Valid = Make.Failure(facts: Facts());

    /// <summary>An incident, a customer, and the one error they must produce (property, code).</summary>
    public static TheoryData<string, Incident, Customer, string, string> Cases => new()
    {
        { "unknown failure", Valid with { Failure = "retrazo" }, Make.Customer(), "Incident.Failure", "INC001" },
        { "empty failure", Valid with { Failure = "" }, Make.Customer(), "Incident.Failure", "INC001" },
        { "unknown tier", Valid, Make.Customer("platino"), "Customer.Tier", "INC002" },
        { "unknown cause", Valid with { Cause = "lluvia" }, Make.Customer(), "Incident.Cause", "INC003" },
        { "undeclared fact", Valid with { Facts = Facts(("color", "rojo")) }, Make.Customer(), "Incident.Facts.color", "INC004" },
        { "required fact missing", Valid with { Facts = new Dictionary<string, object?>() }, Make.Customer(), "Incident.Facts.importe_extra", "INC005" },
        { "required fact null", Valid with { Facts = Facts(("importe_extra", null)) }, Make.Customer(), "Incident.Facts.importe_extra", "INC005" },
        { "text for an integer", Valid with { Facts = Facts(("reclamaciones", "tres")) }, Make.Customer(), "Incident.Facts.reclamaciones", "INC006" },
        { "fraction for an integer", Valid with { Facts = Facts(("reclamaciones", 2.5m)) }, Make.Customer(), "Incident.Facts.reclamaciones", "INC006" },
        { "integer above max", Valid with { Facts = Facts(("reclamaciones", 51)) }, Make.Customer(), "Incident.Facts.reclamaciones", "INC006" },
        { "value not in list", Valid with { Facts = Facts(("canal", "telefono")) }, Make.Customer(), "Incident.Facts.canal", "INC006" },
        { "number for a boolean", Valid with { Facts = Facts(("urgente", 1)) }, Make.Customer(), "Incident.Facts.urgente", "INC006" },
        { "negative order value", Valid with { OrderValue = -1m }, Make.Customer(), "Incident.OrderValue", "INC007" },
        { "negative recent compensation", Valid, Make.Customer() with { RecentCompensation = -5m }, "Customer.RecentCompensation", "INC007" },
        { "delay without dates", Valid with { Failure = "retraso" }, Make.Customer(), "Incident.PromisedAt", "INC008" },
        { "delay without delivery", Valid with { Failure = "retraso", PromisedAt = Make.Promised }, Make.Customer(), "Incident.DeliveredAt", "INC008" },
        { "delivered more than 100 years late", Valid with { Failure = "retraso", PromisedAt = Make.Promised, DeliveredAt = Make.Promised.AddYears(101) }, Make.Customer(), "Incident.DeliveredAt", "INC008" },
        { "other currency", Valid with { Currency = "USD" }, Make.Customer(), "Incident.Currency", "INC009" },
        { "order value beyond the largest accepted", Valid with { OrderValue = 1_000_000_000_001m }, Make.Customer(), "Incident.OrderValue", "INC010" },
        { "negative tenure", Valid, Make.Customer() with { TenureMonths = -1 }, "Customer.TenureMonths", "INC011" },
        { "negative prior incidents", Valid, Make.Customer(priorIncidents: -2), "Customer.PriorIncidents", "INC011" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Validate_InvalidIncident_ReportsPropertyAndCode(string scenario, Incident incident, Customer customer, string property, string code)
    {
        var error = Assert.Single(Manual.Validate(incident, customer));

        Assert.True(error.Property == property && error.Code == code, $"{scenario}: got {error}");
        Assert.False(string.IsNullOrWhiteSpace(error.Message));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Decide_InvalidIncident_ThrowsBeforeAnyRuleRuns(string scenario, Incident incident, Customer customer, string property, string code)
    {
        var ex = Assert.Throws<InvalidIncidentException>(() => Manual.Explain(incident, customer));

        var error = Assert.Single(ex.Errors);
        Assert.True(error.Property == property && error.Code == code, scenario);
    }

    [Fact]
    public void Validate_ValidIncident_IsEmpty()
    {
        Assert.Empty(Manual.Validate(Valid, Make.Customer()));
        Assert.Empty(Manual.Validate(Make.Delay(3, facts: Facts()), Make.Customer("oro")));
    }

    [Fact]
    public void Validate_SeveralProblems_ListsEveryOne()
    {
        var incident = Valid with { Failure = "retrazo", Cause = "lluvia", OrderValue = -3m, Facts = Facts(("color", "rojo")) };

        var errors = Manual.Validate(incident, Make.Customer("platino"));

        Assert.Equal(["INC001", "INC002", "INC003", "INC007", "INC004"], errors.Select(e => e.Code));
    }

    [Fact]
    public void Validate_UnknownFailure_SuggestsTheNearestKind()
    {
        var error = Assert.Single(Manual.Validate(Valid with { Failure = "retrazo" }, Make.Customer()));

        Assert.Equal(
            """Incident.Failure: INC001 unknown failure kind 'retrazo'; declared failure kinds are: retraso, defecto, danado; did you mean 'retraso'?""",
            error.ToString());
    }

    [Fact]
    public void Decide_InvalidIncident_ExceptionMessageListsEveryError()
    {
        var ex = Assert.Throws<InvalidIncidentException>(() => Manual.Decide(Valid with { Cause = "lluvia" }, Make.Customer("platino")));

        var nl = Environment.NewLine;
        Assert.Equal(
            "The incident cannot be decided:" + nl
            + "  Customer.Tier: INC002 unknown tier 'platino'; declared tiers are: bronce, plata, oro; did you mean 'plata'?" + nl
            + "  Incident.Cause: INC003 unknown cause 'lluvia'; declared causes are: interna, transportista",
            ex.Message);
    }

    [Fact]
    public void Decide_IncidentFromJson_AcceptsJsonElementFacts()
    {
        const string json = """
            {
              "failure": "defecto",
              "cause": "interna",
              "orderValue": 80.5,
              "facts": { "canal": "tienda", "urgente": true, "reclamaciones": 4, "importe_extra": 2.25 }
            }
            """;
        var incident = JsonSerializer.Deserialize<Incident>(json, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;

        var decision = Manual.Decide(incident, Make.Customer());

        // canal is 'tienda' but urgente holds: the rule fires with 2.25 + 4 = 6.25.
        Assert.Equal(6.25m, decision.TotalCost);
    }

    [Fact]
    public void Validate_JsonWithNullFacts_TreatsThemAsNone()
    {
        var incident = JsonSerializer.Deserialize<Incident>("""{ "failure": "defecto", "facts": null }""", new JsonSerializerOptions(JsonSerializerDefaults.Web))!;

        // No facts: the one required fact is missing (a clear error, not a NullReferenceException).
        var error = Assert.Single(Manual.Validate(incident, Make.Customer()));
        Assert.Equal(("Incident.Facts.importe_extra", "INC005"), (error.Property, error.Code));
    }

    [Fact]
    public void Decide_OptionalFactsLeftOut_UseTheirDefaults()
    {
        var explained = Manual.Explain(Valid, Make.Customer());

        Assert.Contains(new FactValue("canal", "web"), explained.Facts);
        Assert.Contains(new FactValue("urgente", "false"), explained.Facts);
        Assert.Contains(new FactValue("reclamaciones", "0"), explained.Facts);
        Assert.Equal(1m, explained.TotalCost); // importe_extra 1 + reclamaciones 0
    }

    [Fact]
    public void Decide_IncidentWithoutCause_FailsEveryEqualityWithACause()
    {
        var manual = TestManual.WithRules("""
            rule-sets:
              - name: s
                hit-policy: collect
                rules:
                  - { name: es-interna, when: cause == "interna", grant: [ gift: { description: a, cost: 1, group: a } ] }
                  - { name: no-es-interna, when: cause != "interna", grant: [ gift: { description: b, cost: 1, group: b } ] }
            """);

        var decision = manual.Decide(Make.Failure(cause: null), Make.Customer());

        // An absent cause is not 'interna', so only '!=' holds.
        Assert.Equal("no-es-interna", Assert.Single(decision.Remedies).Rule);
    }

    [Theory]
    [InlineData(0, 5, 0, 5)]      // 5 hours late: 0 whole days
    [InlineData(1, 0, 1, 24)]
    [InlineData(2, 23, 2, 71)]    // 2 days 23 hours: still 2 whole days
    public void Explain_Delay_CountsWholeDaysAndHours(int days, int hours, int wholeDays, int totalHours)
    {
        var decision = Manual.Explain(Make.Delay(days, extraHours: hours, facts: Facts()), Make.Customer());

        Assert.Contains(new FactValue("delay.days", wholeDays.ToString(System.Globalization.CultureInfo.InvariantCulture)), decision.Facts);
        Assert.Contains(new FactValue("delay.hours", totalHours.ToString(System.Globalization.CultureInfo.InvariantCulture)), decision.Facts);
    }
}
