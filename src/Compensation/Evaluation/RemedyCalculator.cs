using System.Globalization;
using Compensation.Compilation;
using Compensation.Decisions;
using Compensation.Facts;

namespace Compensation.Evaluation;

/// <summary>Computes the remedy a grant gives for the facts of one incident: evaluates its formulas, lets its kind build it, applies its bounds.</summary>
internal static class RemedyCalculator
{
    public static Remedy Compute(CompiledManual manual, CompiledRule rule, CompiledGrant grant, FactFrame frame)
    {
        var round = frame.Rounding; // the incident's currency
        var order = frame.Decimals[manual.Schema.OrderValue.Slot];
        if (order == FactFrame.MissingMoney)
        {
            RequireNoShareOfOrder(manual, rule, grant);
        }

        var formulas = grant.Formulas;
        var parameters = grant.Descriptor.Parameters;
        Span<decimal> numbers = stackalloc decimal[formulas.Length];

        // The size first; the other formulas (a separate cost) must not be negative either; then each value's own check.
        var size = grant.Quantity;
        if (size is not null)
        {
            numbers[grant.SizeAt] = Evaluate(rule, size, frame);
        }

        for (var i = 0; i < formulas.Length; i++)
        {
            if (i != grant.SizeAt && formulas[i] is { } formula)
            {
                numbers[i] = NotNegative(rule, formula, Evaluate(rule, formula, frame));
            }
        }

        if (size is not null)
        {
            NotNegative(rule, size, numbers[grant.SizeAt]);
        }

        for (var i = 0; i < formulas.Length; i++)
        {
            if (formulas[i] is { } formula && parameters[i].Check is { } check && check(numbers[i]) is { } problem)
            {
                throw new RuleEvaluationException(rule.Name, formula.Source.Text, formula.Source.Location, new ArgumentOutOfRangeException(parameters[i].Name, numbers[i], problem));
            }
        }

        var remedy = grant.Descriptor.Create(new RemedyValues(numbers, grant.Arguments, order, round) { Rule = rule.Name, RuleSet = rule.RuleSet, Section = rule.Section, Approval = grant.Approval?.Role });
        var bounded = remedy.Cost;
        if (grant.Min is not null)
        {
            bounded = Math.Max(bounded, round.Round(Evaluate(rule, grant.Min, frame)));
        }

        if (grant.Max is not null)
        {
            bounded = Math.Min(bounded, round.Round(Evaluate(rule, grant.Max, frame)));
        }

        return bounded == remedy.Cost ? remedy : grant.Descriptor.WithCost(remedy, bounded, order, round, originalCost: null);
    }

    /// <summary>A share of the order (<c>percent</c>, <c>total</c>) needs the order's value: without one the incident is incomplete (INC014), not worth 0.</summary>
    private static void RequireNoShareOfOrder(CompiledManual manual, CompiledRule rule, CompiledGrant grant)
    {
        var parameters = grant.Descriptor.Parameters;
        for (var i = 0; i < parameters.Count; i++)
        {
            if (parameters[i].OfOrder && grant.Arguments[i].Present)
            {
                var written = grant.Formulas[i]?.Source.Text ?? "true";
                throw new RuleEvaluationException(rule.Name, $"{parameters[i].Name}: {written}", grant.Location, new MissingInputException(manual.Schema.OrderValue.Name));
            }
        }
    }

    /// <summary>The grant's threshold for this incident, rounded to the currency, or null when it has none.</summary>
    public static decimal? Threshold(CompiledManual manual, CompiledRule rule, CompiledGrant grant, FactFrame frame)
        => grant.Threshold is { } threshold ? frame.Rounding.Round(Evaluate(rule, threshold, frame)) : null;

    public static decimal Evaluate(CompiledRule rule, CompiledFormula<decimal> formula, FactFrame frame)
    {
        try
        {
            return formula.Evaluate(frame);
        }
        catch (ArithmeticException ex)
        {
            throw new RuleEvaluationException(rule.Name, formula.Source.Text, formula.Source.Location, ex);
        }
    }

    private static decimal NotNegative(CompiledRule rule, CompiledFormula<decimal> formula, decimal value)
    {
        if (value < 0)
        {
            throw new RuleEvaluationException(rule.Name, formula.Source.Text, formula.Source.Location, new ArgumentOutOfRangeException(nameof(value), value, string.Create(CultureInfo.InvariantCulture, $"the value is negative ({value}); a remedy cannot take money from the customer")));
        }

        return value;
    }
}
