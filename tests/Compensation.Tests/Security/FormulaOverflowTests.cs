using Compensation.TestSupport;

namespace Compensation.Tests.Security;

/// <summary>
/// Formulas that overflow or fail at decision time end in <see cref="RuleEvaluationException"/> naming
/// the rule and the formula — never a wrapped-around number, never another exception type.
/// </summary>
public sealed class FormulaOverflowTests
{
    private static readonly Customer Basic = new() { Tier = "basico", PriorIncidents = 3 };

    /// <summary>The longest delay accepted is 100 years; this one is 99 years and 11 months (about 875,000 hours, 36,465 days), reported on delivery.</summary>
    private static readonly Incident LongDelay = new()
    {
        Failure = "retraso",
        PromisedAt = new DateTimeOffset(1950, 1, 1, 0, 0, 0, TimeSpan.Zero),
        DeliveredAt = new DateTimeOffset(2049, 12, 1, 0, 0, 0, TimeSpan.Zero),
        OccurredAt = new DateTimeOffset(2049, 12, 1, 0, 0, 0, TimeSpan.Zero), // reported on delivery: dated after the manual took effect (else INC013)
        OrderValue = 100m,
    };

    private static readonly Incident Defect = new() { Failure = "defecto", OrderValue = 100m };

    private static CompensationManual WithRule(string rule)
    {
        var header = HostileIncidentTests.SmallManual[..HostileIncidentTests.SmallManual.IndexOf("rule-sets:", StringComparison.Ordinal)];
        var text = header + "rule-sets:\n  - name: hostil\n    hit-policy: collect\n    rules:\n" + rule;
        return CompensationManual.Parse([new ManualSource("formula.yaml", text)]);
    }

    [Fact]
    public void Decide_WholeNumberProductOverflows_RuleEvaluationNotWrapAround()
    {
        // 3 * 1,000,000 * 1,000,000 = 3e12 does not fit an int. Unchecked, it wraps to 2,112,827,392
        // (3e12 - 698 * 2^32), a positive amount the total limit would quietly cap to the order value.
        var manual = WithRule("""
                  - name: enorme
                    when: failure == "defecto"
                    grant: [ store-credit: { amount: "customer.prior_incidents * 1000000 * 1000000" } ]

            """);

        var ex = Assert.Throws<RuleEvaluationException>(() => manual.Decide(Defect, Basic));

        Assert.Equal("enorme", ex.Rule);
        Assert.IsType<OverflowException>(ex.InnerException);
    }

    [Fact]
    public void Decide_DelayHoursCubed_RuleEvaluationNotWrapAround()
    {
        // About 875,000 hours late; hours * hours alone is about 7.7e11, far beyond an int.
        var manual = WithRule("""
                  - name: cubo
                    when: 'delay.hours * delay.hours * delay.hours > 0'
                    grant: [ gift: { description: taza, cost: 1 } ]

            """);

        var ex = Assert.Throws<RuleEvaluationException>(() => manual.Decide(LongDelay, Basic));

        Assert.Equal("delay.hours * delay.hours * delay.hours > 0", ex.Expression);
    }

    [Fact]
    public void Decide_NegatedMinimumInteger_RuleEvaluation()
    {
        // 3 - 2147483647 - 4 = -2147483648; its negation has no int value. Unchecked it stays
        // -2147483648, the condition is false and the rule silently does not match.
        var manual = WithRule("""
                  - name: negativo
                    when: '-(customer.prior_incidents - 2147483647 - 4) < 0'
                    grant: [ gift: { description: taza, cost: 1 } ]

            """);

        Assert.Throws<RuleEvaluationException>(() => manual.Decide(Defect, Basic));
    }

    [Fact]
    public void Decide_DerivedIntegerFactOverflows_RuleEvaluation()
    {
        // delay.hours * 10,000,000,000 is a long (about 8.8e15); stored into an integer fact it would be
        // truncated silently without a checked conversion.
        var manual = WithRule("""
                  - name: derivado
                    when: failure == "retraso"
                    set: { grande: "delay.hours * 10000000000" }

            """);

        var ex = Assert.Throws<RuleEvaluationException>(() => manual.Decide(LongDelay, Basic));

        Assert.Equal("derivado", ex.Rule);
    }

    [Fact]
    public void Decide_DecimalProductOverflows_RuleEvaluation()
    {
        // 1e12 cubed is 1e36, beyond decimal's 7.9e28.
        var manual = WithRule("""
                  - name: decimal
                    when: failure == "defecto"
                    grant: [ store-credit: { amount: "order.value * order.value * order.value", max: 10 } ]

            """);

        var ex = Assert.Throws<RuleEvaluationException>(() => manual.Decide(Defect with { OrderValue = 1_000_000_000_000m }, Basic));

        Assert.IsType<OverflowException>(ex.InnerException);
    }

    [Fact]
    public void Decide_DivisionByZero_RuleEvaluation()
    {
        var manual = WithRule("""
                  - name: division
                    when: failure == "defecto"
                    grant: [ store-credit: { amount: "order.value / customer.tenure_months" } ]

            """);

        var ex = Assert.Throws<RuleEvaluationException>(() => manual.Decide(Defect, Basic));

        Assert.IsType<DivideByZeroException>(ex.InnerException);
    }

    [Fact]
    public void Decide_PercentageAboveHundred_RuleEvaluation()
    {
        var manual = WithRule("""
                  - name: porcentaje
                    when: failure == "retraso"
                    grant: [ refund: { percent: "delay.days" } ]

            """);

        Assert.Throws<RuleEvaluationException>(() => manual.Decide(LongDelay, Basic));
    }

    [Fact]
    public void Decide_RoundWithConstantDigits_Decides()
    {
        // The control case for the round() restriction: round(order.value / 3, 2) = round(33.333…, 2) = 33.33.
        var manual = WithRule("""
                  - name: redondeo
                    when: failure == "defecto"
                    grant: [ store-credit: { amount: "round(order.value / 3, 2)" } ]

            """);

        Assert.Equal(33.33m, manual.Decide(Defect, Basic).TotalCost);
    }
}
