using System.Text.Json;
using Compensation.TestSupport;

namespace Compensation.Tests.Decisions;

/// <summary>What a decision carries besides its remedies, and how it is written in JSON.</summary>
public class DecisionTests
{
    private static readonly CompensationManual Manual = TestManual.WithRules("""
        rule-sets:
          - name: s
            hit-policy: collect
            rules:
              - { name: oro, section: "5 Oro", when: tier >= "oro", grant: [ store-credit: { amount: 12.5 } ] }
              - { name: interna, when: cause == "interna" and order.value > 50, grant: [ manager-call: { within: 24h } ] }
        """);

    [Fact]
    public void Decide_Decision_CarriesIncidentIdCurrencyAndManualStamp()
    {
        var decision = Manual.Decide(Make.Failure() with { Id = "INC-7" }, Make.Customer("oro"));

        Assert.Equal("INC-7", decision.IncidentId);
        Assert.Equal("EUR", decision.Currency);
        Assert.Equal(Manual.Stamp, decision.Manual);
        Assert.Equal(("Manual de prueba", "1", new DateOnly(2026, 1, 1)), (decision.Manual.Name, decision.Manual.Version, decision.Manual.Effective));
    }

    [Fact]
    public void Decide_NothingMatches_HasNoRemedyAndZeroTotal()
    {
        var decision = Manual.Decide(Make.Failure(cause: "transportista"), Make.Customer("bronce"));

        Assert.False(decision.HasRemedy);
        Assert.Empty(decision.Remedies);
        Assert.Equal(0m, decision.TotalCost);
        Assert.Empty(decision.Adjustments);
    }

    [Fact]
    public void Decide_TotalCost_IsTheSumOfTheRemedies()
    {
        var decision = Manual.Decide(Make.Failure(), Make.Customer("oro"));

        // 12.50 of credit + a manager call costing 0.
        Assert.Equal(12.5m, decision.TotalCost);
        Assert.Equal(decision.Remedies.Sum(r => r.Cost), decision.TotalCost);
    }

    [Fact]
    public void Serialize_Decision_WritesCamelCaseKindsAndEnumNames()
    {
        var decision = Manual.Explain(Make.Failure(cause: "transportista"), Make.Customer("oro"));

        using var json = JsonDocument.Parse(JsonSerializer.Serialize(decision, new JsonSerializerOptions(JsonSerializerDefaults.Web)));
        var root = json.RootElement;

        Assert.Equal(12.5m, root.GetProperty("totalCost").GetDecimal());
        Assert.Equal("store-credit", root.GetProperty("remedies")[0].GetProperty("kind").GetString());
        Assert.Equal("agente", root.GetProperty("approval").GetProperty("role").GetString());
        Assert.Equal("fired", root.GetProperty("trace")[0].GetProperty("outcome").GetString());
        Assert.Equal("not-matched", root.GetProperty("trace")[1].GetProperty("outcome").GetString());
    }

    [Fact]
    public void Explain_NotMatchedOnACatalogueValue_ShowsTheValueByName()
    {
        var decision = Manual.Explain(Make.Failure(cause: null), Make.Customer("plata"));

        var oro = decision.Trace[0];
        Assert.Equal("tier >= \"oro\"", oro.FailedCondition);
        Assert.Equal([new FactValue("tier", "plata")], oro.Values);
        var interna = decision.Trace[1];
        Assert.Equal("cause == \"interna\"", interna.FailedCondition);
        Assert.Equal([new FactValue("cause", "(none)")], interna.Values);
    }

    [Fact]
    public void Explain_SecondConditionPartFails_NamesThatPartOnly()
    {
        var decision = Manual.Explain(Make.Failure(orderValue: 20m), Make.Customer());

        var trace = decision.Trace[1];
        Assert.Equal("order.value > 50", trace.FailedCondition);
        Assert.Equal([new FactValue("order.value", "20")], trace.Values);
        Assert.Equal(new SourceLocation("test.yaml", 6, 9), trace.Location);
    }

    [Fact]
    public void Explain_Trace_QuotesTheRuleSection()
    {
        var decision = Manual.Explain(Make.Failure(), Make.Customer("oro"));

        Assert.Equal("5 Oro", decision.Trace[0].Section);
        Assert.Equal("5 Oro", decision.Remedies[0].Section);
        Assert.Equal("s/oro: fired", decision.Trace[0].ToString());
    }

    [Fact]
    public void Decide_WithoutExplain_HasNoTraceAndNoFacts()
    {
        var decision = Manual.Decide(Make.Failure(), Make.Customer("oro"));

        Assert.Empty(decision.Trace);
        Assert.Empty(decision.Facts);
    }
}
