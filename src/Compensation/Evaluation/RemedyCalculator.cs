using Compensation.Compilation;
using Compensation.Facts;

namespace Compensation.Evaluation;

/// <summary>Computes the remedy a grant gives for the facts of one incident: its amounts, cost, bounds and rounding.</summary>
internal static class RemedyCalculator
{
    public static Remedy Compute(CompiledManual manual, CompiledRule rule, CompiledGrant grant, FactFrame frame)
    {
        var round = manual.Rounding;
        var order = frame.Decimals[manual.Schema.OrderValue.Slot];
        if (order == FactFrame.MissingMoney && grant.QuantityName is "percent" or "total")
        {
            // A share of the order needs the order's value: the incident is incomplete (INC014), not worth 0.
            throw new RuleEvaluationException(rule.Name, $"{grant.QuantityName}: {grant.Quantity?.Source.Text ?? "true"}", grant.Location, new MissingInputException(manual.Schema.OrderValue.Name));
        }

        var quantity = grant.Quantity is null ? 0m : Evaluate(rule, grant.Quantity, frame);
        var separateCost = grant.Cost is null ? 0m : round.Round(NotNegative(rule, grant.Cost, Evaluate(rule, grant.Cost, frame)));
        if (grant.Quantity is not null)
        {
            NotNegative(rule, grant.Quantity, quantity);
        }

        Remedy remedy = grant.Kind switch
        {
            RemedyKind.Discount when grant.QuantityName == "percent" => Discount(rule, grant, round, order, Percent(rule, grant, quantity)),
            RemedyKind.Discount => new DiscountRemedy { Rule = rule.Name, RuleSet = rule.RuleSet, Section = rule.Section, RequiredApproval = grant.Approval?.Role, Cost = round.Round(quantity), Amount = round.Round(quantity), On = grant.On, ValidDays = grant.ValidDays },
            RemedyKind.Refund when grant.QuantityName == "total" => new RefundRemedy { Rule = rule.Name, RuleSet = rule.RuleSet, Section = rule.Section, RequiredApproval = grant.Approval?.Role, Cost = order, Amount = order, IsTotal = true },
            RemedyKind.Refund when grant.QuantityName == "percent" => new RefundRemedy { Rule = rule.Name, RuleSet = rule.RuleSet, Section = rule.Section, RequiredApproval = grant.Approval?.Role, Cost = round.Round(order * Percent(rule, grant, quantity) / 100m), Amount = round.Round(order * Percent(rule, grant, quantity) / 100m) },
            RemedyKind.Refund => new RefundRemedy { Rule = rule.Name, RuleSet = rule.RuleSet, Section = rule.Section, RequiredApproval = grant.Approval?.Role, Cost = round.Round(quantity), Amount = round.Round(quantity) },
            RemedyKind.Gift => new GiftRemedy { Rule = rule.Name, RuleSet = rule.RuleSet, Section = rule.Section, RequiredApproval = grant.Approval?.Role, Cost = round.Round(quantity), Description = grant.Description ?? string.Empty },
            RemedyKind.FreeService => new FreeServiceRemedy { Rule = rule.Name, RuleSet = rule.RuleSet, Section = rule.Section, RequiredApproval = grant.Approval?.Role, Cost = round.Round(quantity), Description = grant.Description ?? string.Empty },
            RemedyKind.StoreCredit => new StoreCreditRemedy { Rule = rule.Name, RuleSet = rule.RuleSet, Section = rule.Section, RequiredApproval = grant.Approval?.Role, Cost = round.Round(quantity), Amount = round.Round(quantity), ValidDays = grant.ValidDays },
            RemedyKind.WarrantyExtension => new WarrantyExtensionRemedy { Rule = rule.Name, RuleSet = rule.RuleSet, Section = rule.Section, RequiredApproval = grant.Approval?.Role, Cost = separateCost, Months = Months(rule, grant, quantity) },
            _ => new ManagerCallRemedy { Rule = rule.Name, RuleSet = rule.RuleSet, Section = rule.Section, RequiredApproval = grant.Approval?.Role, Cost = separateCost, Within = grant.Within },
        };

        var bounded = remedy.Cost;
        if (grant.Min is not null)
        {
            bounded = Math.Max(bounded, round.Round(Evaluate(rule, grant.Min, frame)));
        }

        if (grant.Max is not null)
        {
            bounded = Math.Min(bounded, round.Round(Evaluate(rule, grant.Max, frame)));
        }

        return bounded == remedy.Cost ? remedy : WithCost(remedy, bounded, order, manual.Rounding);
    }

    private static DiscountRemedy Discount(CompiledRule rule, CompiledGrant grant, CurrencyRounding round, decimal order, decimal percent)
        => new() { Rule = rule.Name, RuleSet = rule.RuleSet, Section = rule.Section, RequiredApproval = grant.Approval?.Role, Cost = round.Round(order * percent / 100m), Percent = percent, On = grant.On, ValidDays = grant.ValidDays };

    /// <summary>Whether a limit may reduce the remedy (money-like remedies) rather than drop it.</summary>
    public static bool IsReducible(Remedy remedy) => remedy is DiscountRemedy or RefundRemedy or StoreCreditRemedy;

    /// <summary>The remedy with a new cost, its amount or percentage following.</summary>
    /// <param name="remedy">The remedy to copy.</param>
    /// <param name="cost">Its new cost.</param>
    /// <param name="order">The order value (for percentages).</param>
    /// <param name="rounding">The currency's rounding.</param>
    /// <param name="originalCost">When a limit reduced it: the cost before (set in the same copy, not a second one).</param>
    public static Remedy WithCost(Remedy remedy, decimal cost, decimal order, CurrencyRounding rounding, decimal? originalCost = null) => remedy switch
    {
        DiscountRemedy { Percent: not null } d => d with { Cost = cost, Percent = order > 0 ? Math.Round(cost * 100m / order, 2, MidpointRounding.AwayFromZero) : 0m, OriginalCost = originalCost ?? d.OriginalCost },
        DiscountRemedy d => d with { Cost = cost, Amount = cost, OriginalCost = originalCost ?? d.OriginalCost },
        RefundRemedy r => r with { Cost = cost, Amount = cost, IsTotal = r.IsTotal && cost == order, OriginalCost = originalCost ?? r.OriginalCost },
        StoreCreditRemedy s => s with { Cost = cost, Amount = cost, OriginalCost = originalCost ?? s.OriginalCost },
        _ => remedy with { Cost = rounding.Round(cost), OriginalCost = originalCost ?? remedy.OriginalCost },
    };

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

    private static decimal Percent(CompiledRule rule, CompiledGrant grant, decimal percent)
    {
        if (percent > 100m)
        {
            throw new RuleEvaluationException(rule.Name, grant.Quantity!.Source.Text, grant.Quantity.Source.Location, new ArgumentOutOfRangeException(nameof(percent), percent, $"the percentage is {percent}, above 100"));
        }

        return Math.Round(percent, 2, MidpointRounding.AwayFromZero);
    }

    private static int Months(CompiledRule rule, CompiledGrant grant, decimal months)
    {
        if (months != decimal.Truncate(months) || months > 1200)
        {
            throw new RuleEvaluationException(rule.Name, grant.Quantity!.Source.Text, grant.Quantity.Source.Location, new ArgumentOutOfRangeException(nameof(months), months, $"warranty months must be a whole number up to 1200, not {months}"));
        }

        return (int)months;
    }

    private static decimal NotNegative(CompiledRule rule, CompiledFormula<decimal> formula, decimal value)
    {
        if (value < 0)
        {
            throw new RuleEvaluationException(rule.Name, formula.Source.Text, formula.Source.Location, new ArgumentOutOfRangeException(nameof(value), value, $"the value is negative ({value}); a remedy cannot take money from the customer"));
        }

        return value;
    }
}
