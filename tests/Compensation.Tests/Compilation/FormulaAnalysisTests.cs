using Compensation.TestSupport;

namespace Compensation.Tests.Compilation;

/// <summary>
/// Formula analysis at load: constants out of range are errors, formulas that can go wrong for some
/// allowed incident are warnings with an example, and guarded formulas are left alone (precise, not noisy).
/// </summary>
public sealed class FormulaAnalysisTests
{
    public static TheoryData<string> SampleManuals()
        => [.. Directory.EnumerateDirectories(Path.Combine(RepoPaths.Root, "rules")).Select(d => Path.GetFileName(d)!).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(SampleManuals))]
    public void TryLoad_SampleManual_NoWarnings(string folder)
    {
        var result = CompensationManual.TryLoad(Path.Combine(RepoPaths.Root, "rules", folder));

        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Diagnostics));
        Assert.Empty(result.Diagnostics);
    }

    [Theory]
    // The condition keeps the divisor at 1 or more.
    [InlineData("store-credit: { amount: 'order.value / delay.days' }", "delay.days >= 1")]
    // iif guards the division.
    [InlineData("store-credit: { amount: 'iif(delay.days > 0, order.value / delay.days, 0)' }", "true")]
    // 'and' evaluates its right side only when the left holds.
    [InlineData("gift: { description: x, cost: 1 }", "delay.days > 0 and order.value / delay.days > 10")]
    // Capped at 100 %.
    [InlineData("discount: { percent: 'min(10 * delay.days, 100)' }", "true")]
    // At most 9 days on this row: 9 × 10 = 90 %.
    [InlineData("discount: { percent: '10 * delay.days' }", "delay.days <= 9")]
    // Kept at 0 or more.
    [InlineData("store-credit: { amount: 'max(order.value - 50, 0)' }", "true")]
    public void TryParse_GuardedFormula_NoWarning(string grant, string when)
    {
        var result = CompensationManual.TryParse([new ManualSource("manual.yaml", TestManual.Header), new ManualSource("test.yaml", TestManual.OneRule(grant, when))]);

        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Diagnostics));
        Assert.Empty(result.Diagnostics);
    }

    [Theory]
    // delay.days is 0 or more: 0 divides by zero.
    [InlineData("store-credit: { amount: 'order.value / delay.days' }", "true", "'order.value / delay.days' can divide by zero (e.g. delay.days = 0)")]
    // Unbounded days: the probes include the formula's constant 10 and its neighbours, so 11 days (110 %) is the first above 100 %.
    [InlineData("discount: { percent: '10 * delay.days' }", "true", "'percent: 10 * delay.days' can exceed 100 % (e.g. delay.days = 11 gives 110)")]
    // An order of 0 gives -50.
    [InlineData("store-credit: { amount: 'order.value - 50' }", "true", "'amount: order.value - 50' can be negative (e.g. order.value = 0 gives -50)")]
    public void TryParse_FormulaThatCanGoWrong_WarnsWithAnExample(string grant, string when, string message)
    {
        var result = CompensationManual.TryParse([new ManualSource("manual.yaml", TestManual.Header), new ManualSource("test.yaml", TestManual.OneRule(grant, when))]);

        Assert.True(result.Succeeded);
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal(("CMP027", DiagnosticSeverity.Warning, message), (warning.Code, warning.Severity, warning.Message));
    }

    [Theory]
    [InlineData("discount: { percent: 150 }", "'percent: 150' is 150 %; a percentage is from 0 to 100")]
    [InlineData("discount: { amount: 10, min: 20, max: 5 }", "'min: 20' is above 'max: 5': the remedy would always be the max")]
    [InlineData("store-credit: { amount: 'order.value / 0' }", "'order.value / 0' divides by zero")]
    [InlineData("store-credit: { amount: '2 - 5' }", "'amount: 2 - 5' is negative (-3)")]
    public void TryParse_ConstantOutOfRange_IsAnError(string grant, string message)
    {
        var diagnostic = Assert.Single(TestManual.ErrorsWithRules(TestManual.OneRule(grant)));

        Assert.Equal(("CMP026", message), (diagnostic.Code, diagnostic.Message));
    }

    [Fact]
    public void TryParse_DerivedFactRange_ComesFromTheValuesItIsSetTo()
    {
        // 'nivel' is set to 1 or 2 (default 0) by an earlier rule set, so 50 × nivel is at most 100 %.
        var result = CompensationManual.TryParse([new ManualSource("manual.yaml", TestManual.Header), new ManualSource("test.yaml", """
            rule-sets:
              - name: valora
                hit-policy: first
                rules:
                  - { name: alto, when: "delay.days >= 5", set: { nivel: 2 } }
                  - { name: bajo, when: "delay.days >= 1", set: { nivel: 1 } }
              - name: concede
                hit-policy: collect
                rules:
                  - { name: regla, when: "true", grant: [ discount: { percent: "50 * nivel" } ] }
            """)]);

        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Diagnostics));
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void TryParse_ConditionNoIncidentMeets_AnalysedWithoutComplaint()
    {
        // Counts are never negative, so 'not (customer.prior_incidents >= 0)' holds for no incident: the rule's
        // formulas cannot go wrong and the empty range must not upset the search for an example (found by the fuzzer).
        var result = CompensationManual.TryParse([new ManualSource("manual.yaml", TestManual.Header), new ManualSource("test.yaml", TestManual.OneRule("refund: { amount: 'customer.prior_incidents - 56' }", "not (customer.prior_incidents >= 0)"))]);

        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Diagnostics));
        Assert.Empty(result.Diagnostics);
    }
}
