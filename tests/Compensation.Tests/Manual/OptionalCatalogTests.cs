using Compensation.TestSupport;

namespace Compensation.Tests.Manual;

/// <summary>
/// Schemes that treat every customer alike (no <c>tiers:</c>) and pay without anyone approving (no <c>empowerment:</c>),
/// like a statutory delay-repay scheme.
/// </summary>
public class OptionalCatalogTests
{
    private const string Header = """
        manual: Sin niveles
        version: "1"
        effective: 2026-01-01
        currency: EUR
        catalog:
          failures: [retraso, defecto]
          delay-failures: [retraso]
        """;

    private static string Rules(string when, string grant = "store-credit: { amount: 5 }") => $$"""
        rule-sets:
          - name: todo
            hit-policy: collect
            rules:
              - name: regla
                when: '{{when}}'
                grant:
                  - {{grant}}
        """;

    private static ManualLoadResult Load(string when, string grant = "store-credit: { amount: 5 }", string header = Header)
        => CompensationManual.TryParse([new ManualSource("manual.yaml", header), new ManualSource("test.yaml", Rules(when, grant))]);

    private static readonly Incident Defect = new() { Failure = "defecto", OrderValue = 40m };

    [Fact]
    public void Decide_NoTiersNoEmpowerment_CustomerWithoutTierIsDecidedAndNeedsNoApproval()
    {
        var manual = Load("failure == \"defecto\"").Manual!;

        var decision = manual.Decide(Defect, new Customer());

        Assert.Equal(5m, decision.TotalCost);
        Assert.Same(ApprovalLevel.None, decision.Approval);
        Assert.False(decision.Approval.IsRequired);
        Assert.Empty(manual.Catalog.Tiers);
    }

    [Fact]
    public void Decide_NoTiersCustomerGivesOne_Inc002()
    {
        var manual = Load("true").Manual!;

        var error = Assert.Single(Assert.Throws<InvalidIncidentException>(() => manual.Decide(Defect, new Customer { Tier = "oro" })).Errors);

        Assert.Equal(("Customer.Tier", "INC002"), (error.Property, error.Code));
        Assert.Contains("the manual declares no tiers", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("tier >= \"oro\"")]
    [InlineData("tier == \"oro\"")]
    [InlineData("tier in (\"oro\", \"plata\")")]
    public void Load_NoTiersRuleComparesTier_ErrorSaysTheManualDeclaresNoTiers(string when)
    {
        var result = Load(when);

        Assert.Null(result.Manual);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(("test.yaml", 6), (error.Location.File, error.Location.Line));
        Assert.Contains("the manual declares no tiers, so 'tier' cannot be compared", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_NoEmpowermentGrantNamesARole_ErrorSaysThereAreNoLevels()
    {
        var result = Load("true", "store-credit: { amount: 5, approval: gerente }");

        var error = Assert.Single(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal("CMP016", error.Code);
        Assert.Contains("the manual declares no empowerment levels, so no role 'gerente' can approve this remedy", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_RoleNamedNone_IsRefused()
    {
        var result = Load("true", header: Header + "\nempowerment:\n  - { role: none }\n");

        var error = Assert.Single(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal("CMP016", error.Code);
        Assert.Contains("a role cannot be named 'none'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_TieredManualCustomerWithoutTier_Inc002Missing()
    {
        var manual = TestManual.WithRules(TestManual.OneRule("store-credit: { amount: 5 }"));

        var error = Assert.Single(Assert.Throws<InvalidIncidentException>(() => manual.Decide(Defect, new Customer())).Errors);

        Assert.Equal(("Customer.Tier", "INC002"), (error.Property, error.Code));
        Assert.Contains("the tier is missing", error.Message, StringComparison.Ordinal);
    }
}
