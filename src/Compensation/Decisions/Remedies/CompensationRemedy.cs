using System.Text.Json.Serialization;
using Compensation.Decisions;
using Compensation.Facts;

namespace Compensation;

/// <summary>
/// A payment owed to the customer that is not money back on an order: statutory compensation for a late train or
/// flight, a fixed indemnity. Money-like: a cap reduces it.
/// </summary>
public sealed record CompensationRemedy : Remedy
{
    /// <inheritdoc />
    [JsonIgnore]
    public override RemedyKind Kind => RemedyKind.Compensation;

    /// <summary>The amount paid.</summary>
    public required decimal Amount { get; init; }

    /// <summary>What the payment is for, as the manual words it (<c>compensación por retraso del vuelo</c>), if it says.</summary>
    public string? Description { get; init; }

    /// <summary>The <c>compensation</c> kind: an amount owed, with an optional description.</summary>
    internal sealed class Descriptor : RemedyDescriptor
    {
        public static readonly Descriptor Instance = new();

        private const int AmountAt = 0, DescriptionAt = 1;

        private Descriptor()
        {
        }

        public override string Name => "compensation";

        public override RemedyKind Kind => RemedyKind.Compensation;

        public override Type Type => typeof(CompensationRemedy);

        public override bool IsReducible => true;

        public override IReadOnlyList<RemedyParameter> Parameters { get; } =
        [
            new() { Name = "amount", Shape = ParameterShape.Formula, Required = true },
            new() { Name = "description", Shape = ParameterShape.Text },
        ];

        public override IReadOnlyList<RemedyField> Fields { get; } =
        [
            new() { Name = "amount", Shape = ParameterShape.Formula, Actual = static r => Number(((CompensationRemedy)r).Amount) },
            new() { Name = "description", Shape = ParameterShape.Text, Actual = static r => ((CompensationRemedy)r).Description },
        ];

        public override Remedy Create(in RemedyValues v)
        {
            var amount = v.Round(v.Number(AmountAt));
            return new CompensationRemedy
            {
                Rule = v.Rule, RuleSet = v.RuleSet, Section = v.Section, RequiredApproval = v.Approval, Cost = amount, Amount = amount,
                Description = v.Has(DescriptionAt) ? v.Text(DescriptionAt) : null,
            };
        }

        public override Remedy WithCost(Remedy remedy, decimal cost, decimal order, CurrencyRounding rounding, decimal? originalCost)
        {
            var c = (CompensationRemedy)remedy;
            return c with { Cost = cost, Amount = cost, OriginalCost = originalCost ?? c.OriginalCost };
        }

        public override string Detail(Remedy remedy, IRemedyFormat f)
        {
            var c = (CompensationRemedy)remedy;
            return "compensation " + f.FormatMoney(c.Amount) + (c.Description is { } d ? $" ({d})" : string.Empty);
        }

        protected override string Spanish(Remedy remedy, IRemedyFormat f)
        {
            var c = (CompensationRemedy)remedy;
            return $"una compensación de {f.FormatMoney(c.Amount)}" + (c.Description is { } d ? $" ({Lower(d)})" : string.Empty);
        }

        protected override string English(Remedy remedy, IRemedyFormat f)
        {
            var c = (CompensationRemedy)remedy;
            return $"compensation of {f.FormatMoney(c.Amount)}" + (c.Description is { } d ? $" ({Lower(d)})" : string.Empty);
        }
    }
}
