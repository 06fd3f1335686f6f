using System.Globalization;
using System.Text.Json.Serialization;
using Compensation.Decisions;
using Compensation.Facts;

namespace Compensation;

/// <summary>A percentage or amount off this order or the next purchase.</summary>
public sealed record DiscountRemedy : Remedy
{
    /// <inheritdoc />
    [JsonIgnore]
    public override RemedyKind Kind => RemedyKind.Discount;

    /// <summary>The percentage off, when the discount is a percentage.</summary>
    public decimal? Percent { get; init; }

    /// <summary>The amount off, when the discount is an amount.</summary>
    public decimal? Amount { get; init; }

    /// <summary>What the discount applies to.</summary>
    public DiscountTarget On { get; init; }

    /// <summary>How many days the discount can be used, if limited.</summary>
    public int? ValidDays { get; init; }


    /// <summary>The <c>discount</c> kind: a percentage of the order or an amount.</summary>
    internal sealed class Descriptor : RemedyDescriptor
    {
        private const int PercentAt = 0, AmountAt = 1, OnAt = 2, ValidDaysAt = 3;

        // Declared before Instance: static fields are set in the order written, and the instance reads this one.
        private static readonly string[] Targets = ["next-purchase", "this-order"];

        public static readonly Descriptor Instance = new();

        private Descriptor()
        {
        }

        public override string Name => "discount";

        public override RemedyKind Kind => RemedyKind.Discount;

        public override Type Type => typeof(DiscountRemedy);

        public override bool IsReducible => true;

        public override IReadOnlyList<RemedyParameter> Parameters { get; } =
        [
            new() { Name = "percent", Shape = ParameterShape.Formula, OneOf = true, OfOrder = true, Check = PercentCheck },
            new() { Name = "amount", Shape = ParameterShape.Formula, OneOf = true },
            new() { Name = "on", Shape = ParameterShape.Choice, Choices = Targets, Invalid = "'on' must be 'this-order' or 'next-purchase'" },
            new() { Name = "valid-days", Shape = ParameterShape.WholeDays },
        ];

        public override IReadOnlyList<RemedyField> Fields { get; } =
        [
            new() { Name = "percent", Shape = ParameterShape.Formula, Actual = static r => ((DiscountRemedy)r).Percent is { } p ? Number(p) : null },
            new() { Name = "amount", Shape = ParameterShape.Formula, Actual = static r => ((DiscountRemedy)r).Amount is { } a ? Number(a) : null },
            new() { Name = "on", Shape = ParameterShape.Choice, Choices = Targets, Actual = static r => ((DiscountRemedy)r).On == DiscountTarget.ThisOrder ? "this-order" : "next-purchase" },
            new() { Name = "valid-days", Shape = ParameterShape.WholeDays, Actual = static r => ((DiscountRemedy)r).ValidDays?.ToString(CultureInfo.InvariantCulture) },
        ];

        /// <summary>A percentage above 100 would cost more than the order.</summary>
        internal static string? PercentCheck(decimal percent) => percent > 100m ? string.Create(CultureInfo.InvariantCulture, $"the percentage is {percent}, above 100") : null;

        public override Remedy Create(in RemedyValues v)
        {
            var on = v.Choice(OnAt) == 1 ? DiscountTarget.ThisOrder : DiscountTarget.NextPurchase;
            if (v.Has(PercentAt))
            {
                var percent = Math.Round(v.Number(PercentAt), 2, MidpointRounding.AwayFromZero);
                return new DiscountRemedy { Rule = v.Rule, RuleSet = v.RuleSet, Section = v.Section, RequiredApproval = v.Approval, Cost = v.Round(v.Order * percent / 100m), Percent = percent, On = on, ValidDays = v.Days(ValidDaysAt) };
            }

            var amount = v.Round(v.Number(AmountAt));
            return new DiscountRemedy { Rule = v.Rule, RuleSet = v.RuleSet, Section = v.Section, RequiredApproval = v.Approval, Cost = amount, Amount = amount, On = on, ValidDays = v.Days(ValidDaysAt) };
        }

        public override Remedy WithCost(Remedy remedy, decimal cost, decimal order, CurrencyRounding rounding, decimal? originalCost)
        {
            var d = (DiscountRemedy)remedy;
            return d.Percent is not null
                ? d with { Cost = cost, Percent = order > 0 ? Math.Round(cost * 100m / order, 2, MidpointRounding.AwayFromZero) : 0m, OriginalCost = originalCost ?? d.OriginalCost }
                : d with { Cost = cost, Amount = cost, OriginalCost = originalCost ?? d.OriginalCost };
        }

        public override string Detail(Remedy remedy, IRemedyFormat f)
        {
            var d = (DiscountRemedy)remedy;
            var target = d.On == DiscountTarget.ThisOrder ? "this order" : "next purchase";
            var size = d.Percent is { } percent ? f.FormatNumber(percent) + " %" : f.FormatMoney(d.Amount ?? d.Cost);
            return $"{size} {target}{Valid(d.ValidDays, "{0} days")}";
        }

        protected override string Spanish(Remedy remedy, IRemedyFormat f)
        {
            var d = (DiscountRemedy)remedy;
            return d.Percent is { } p
                ? $"un descuento del {f.FormatNumber(p)} % {(d.On == DiscountTarget.ThisOrder ? $"en este pedido ({f.FormatMoney(d.Cost)})" : "en su próxima compra")}{Valid(d.ValidDays, "válido {0} días")}"
                : $"un descuento de {f.FormatMoney(d.Amount ?? d.Cost)} {(d.On == DiscountTarget.ThisOrder ? "en este pedido" : "en su próxima compra")}{Valid(d.ValidDays, "válido {0} días")}";
        }

        protected override string English(Remedy remedy, IRemedyFormat f)
        {
            var d = (DiscountRemedy)remedy;
            return d.Percent is { } p
                ? $"a {f.FormatNumber(p)}% discount {(d.On == DiscountTarget.ThisOrder ? $"on this order ({f.FormatMoney(d.Cost)})" : "on your next purchase")}{Valid(d.ValidDays, "valid for {0} days")}"
                : $"a discount of {f.FormatMoney(d.Amount ?? d.Cost)} {(d.On == DiscountTarget.ThisOrder ? "on this order" : "on your next purchase")}{Valid(d.ValidDays, "valid for {0} days")}";
        }
    }
}
