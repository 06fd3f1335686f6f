using System.Globalization;
using System.Text.Json.Serialization;
using Compensation.Decisions;
using Compensation.Facts;

namespace Compensation;

/// <summary>Credit to spend in the store.</summary>
public sealed record StoreCreditRemedy : Remedy
{
    /// <inheritdoc />
    [JsonIgnore]
    public override RemedyKind Kind => RemedyKind.StoreCredit;

    /// <summary>The credit.</summary>
    public required decimal Amount { get; init; }

    /// <summary>How many days the credit can be used, if limited.</summary>
    public int? ValidDays { get; init; }


    /// <summary>The <c>store-credit</c> kind: an amount to spend, maybe for a limited time.</summary>
    internal sealed class Descriptor : RemedyDescriptor
    {
        public static readonly Descriptor Instance = new();

        private const int AmountAt = 0, ValidDaysAt = 1, PercentAt = 2;

        private Descriptor()
        {
        }

        public override string Name => "store-credit";

        public override RemedyKind Kind => RemedyKind.StoreCredit;

        public override Type Type => typeof(StoreCreditRemedy);

        public override bool IsReducible => true;

        public override IReadOnlyList<RemedyParameter> Parameters { get; } =
        [
            new() { Name = "amount", Shape = ParameterShape.Formula, OneOf = true },
            new() { Name = "valid-days", Shape = ParameterShape.WholeDays },
            new() { Name = "percent", Shape = ParameterShape.Formula, OneOf = true, OfOrder = true, Check = DiscountRemedy.Descriptor.PercentCheck },
        ];

        public override IReadOnlyList<RemedyField> Fields { get; } =
        [
            new() { Name = "amount", Shape = ParameterShape.Formula, Actual = static r => Number(((StoreCreditRemedy)r).Amount) },
            new() { Name = "valid-days", Shape = ParameterShape.WholeDays, Actual = static r => ((StoreCreditRemedy)r).ValidDays?.ToString(CultureInfo.InvariantCulture) },
        ];

        public override Remedy Create(in RemedyValues v)
        {
            // A percentage is of the order's value, like a refund's: 10 % of 59.90 is 5.99.
            var amount = v.Has(PercentAt)
                ? v.Round(v.Order * Math.Round(v.Number(PercentAt), 2, MidpointRounding.AwayFromZero) / 100m)
                : v.Round(v.Number(AmountAt));
            return new StoreCreditRemedy { Rule = v.Rule, RuleSet = v.RuleSet, Section = v.Section, RequiredApproval = v.Approval, Cost = amount, Amount = amount, ValidDays = v.Days(ValidDaysAt) };
        }

        public override Remedy WithCost(Remedy remedy, decimal cost, decimal order, CurrencyRounding rounding, decimal? originalCost)
        {
            var s = (StoreCreditRemedy)remedy;
            return s with { Cost = cost, Amount = cost, OriginalCost = originalCost ?? s.OriginalCost };
        }

        /// <summary>A customer reads "un saldo de 60,00 €", not three credits from three rules.</summary>
        public override bool TellsTogether(Remedy first, Remedy other)
            => other is StoreCreditRemedy o && o.ValidDays == ((StoreCreditRemedy)first).ValidDays;

        public override Remedy Together(IReadOnlyList<Remedy> remedies)
        {
            var sum = 0m;
            foreach (var remedy in remedies)
            {
                sum += ((StoreCreditRemedy)remedy).Amount;
            }

            return (StoreCreditRemedy)remedies[0] with { Amount = sum };
        }

        public override string Detail(Remedy remedy, IRemedyFormat f)
        {
            var s = (StoreCreditRemedy)remedy;
            return f.FormatMoney(s.Amount) + " store credit" + Valid(s.ValidDays, "{0} days");
        }

        protected override string Spanish(Remedy remedy, IRemedyFormat f)
        {
            var c = (StoreCreditRemedy)remedy;
            return $"un saldo de {f.FormatMoney(c.Amount)} para sus compras en la tienda{Valid(c.ValidDays, "válido {0} días")}";
        }

        protected override string English(Remedy remedy, IRemedyFormat f)
        {
            var c = (StoreCreditRemedy)remedy;
            return $"{f.FormatMoney(c.Amount)} of store credit{Valid(c.ValidDays, "valid for {0} days")}";
        }
    }
}
