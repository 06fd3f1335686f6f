using System.Text.Json.Serialization;
using Compensation.Decisions;
using Compensation.Facts;

namespace Compensation;

/// <summary>Money back, partial or total.</summary>
public sealed record RefundRemedy : Remedy
{
    /// <inheritdoc />
    [JsonIgnore]
    public override RemedyKind Kind => RemedyKind.Refund;

    /// <summary>The amount refunded.</summary>
    public required decimal Amount { get; init; }

    /// <summary>True when the whole order value is refunded.</summary>
    public bool IsTotal { get; init; }


    /// <summary>The <c>refund</c> kind: an amount, a percentage of the order, or all of it.</summary>
    internal sealed class Descriptor : RemedyDescriptor
    {
        public static readonly Descriptor Instance = new();

        private const int AmountAt = 0, PercentAt = 1, TotalAt = 2;

        private Descriptor()
        {
        }

        public override string Name => "refund";

        public override RemedyKind Kind => RemedyKind.Refund;

        public override Type Type => typeof(RefundRemedy);

        public override bool IsReducible => true;

        public override IReadOnlyList<RemedyParameter> Parameters { get; } =
        [
            new() { Name = "amount", Shape = ParameterShape.Formula, OneOf = true },
            new() { Name = "percent", Shape = ParameterShape.Formula, OneOf = true, OfOrder = true, Check = DiscountRemedy.Descriptor.PercentCheck },
            new() { Name = "total", Shape = ParameterShape.Flag, OneOf = true, OfOrder = true, Hint = "for a partial refund write 'amount:' or 'percent:'" },
        ];

        public override IReadOnlyList<RemedyField> Fields { get; } =
        [
            new() { Name = "amount", Shape = ParameterShape.Formula, Actual = static r => Number(((RefundRemedy)r).Amount) },
            new() { Name = "total", Shape = ParameterShape.Flag, Actual = static r => ((RefundRemedy)r).IsTotal ? "true" : "false" },
        ];

        public override Remedy Create(in RemedyValues v)
        {
            if (v.Has(TotalAt))
            {
                return new RefundRemedy { Rule = v.Rule, RuleSet = v.RuleSet, Section = v.Section, RequiredApproval = v.Approval, Cost = v.Order, Amount = v.Order, IsTotal = true };
            }

            var amount = v.Has(PercentAt)
                ? v.Round(v.Order * Math.Round(v.Number(PercentAt), 2, MidpointRounding.AwayFromZero) / 100m)
                : v.Round(v.Number(AmountAt));
            return new RefundRemedy { Rule = v.Rule, RuleSet = v.RuleSet, Section = v.Section, RequiredApproval = v.Approval, Cost = amount, Amount = amount };
        }

        public override Remedy WithCost(Remedy remedy, decimal cost, decimal order, CurrencyRounding rounding, decimal? originalCost)
        {
            var r = (RefundRemedy)remedy;
            return r with { Cost = cost, Amount = cost, IsTotal = r.IsTotal && cost == order, OriginalCost = originalCost ?? r.OriginalCost };
        }

        public override string Detail(Remedy remedy, IRemedyFormat f)
        {
            var r = (RefundRemedy)remedy;
            return (r.IsTotal ? "total refund " : "refund ") + f.FormatMoney(r.Amount);
        }

        protected override string Spanish(Remedy remedy, IRemedyFormat f)
        {
            var r = (RefundRemedy)remedy;
            return r.IsTotal ? $"el reembolso íntegro de su pedido ({f.FormatMoney(r.Amount)})" : $"un reembolso de {f.FormatMoney(r.Amount)}";
        }

        protected override string English(Remedy remedy, IRemedyFormat f)
        {
            var r = (RefundRemedy)remedy;
            return r.IsTotal ? $"a full refund of your order ({f.FormatMoney(r.Amount)})" : $"a refund of {f.FormatMoney(r.Amount)}";
        }
    }
}
