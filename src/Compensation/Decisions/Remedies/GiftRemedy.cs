using System.Text.Json.Serialization;
using Compensation.Decisions;

namespace Compensation;

/// <summary>A gift, described for the customer, with its cost to the company.</summary>
public sealed record GiftRemedy : Remedy
{
    /// <inheritdoc />
    [JsonIgnore]
    public override RemedyKind Kind => RemedyKind.Gift;

    /// <summary>What the gift is.</summary>
    public required string Description { get; init; }


    /// <summary>The <c>gift</c> kind: a described item and its cost.</summary>
    internal sealed class Descriptor : RemedyDescriptor
    {
        public static readonly Descriptor Instance = new();

        private const int DescriptionAt = 0, CostAt = 1;

        private Descriptor()
        {
        }

        public override string Name => "gift";

        public override RemedyKind Kind => RemedyKind.Gift;

        public override Type Type => typeof(GiftRemedy);

        public override IReadOnlyList<RemedyParameter> Parameters { get; } =
        [
            new() { Name = "description", Shape = ParameterShape.Text, Required = true },
            new() { Name = "cost", Shape = ParameterShape.Formula, Required = true },
        ];

        public override IReadOnlyList<RemedyField> Fields { get; } =
        [
            new() { Name = "description", Shape = ParameterShape.Text, Actual = static r => ((GiftRemedy)r).Description },
        ];

        public override Remedy Create(in RemedyValues v)
            => new GiftRemedy { Rule = v.Rule, RuleSet = v.RuleSet, Section = v.Section, RequiredApproval = v.Approval, Cost = v.Round(v.Number(CostAt)), Description = v.Text(DescriptionAt) };

        public override string Detail(Remedy remedy, IRemedyFormat f) => ((GiftRemedy)remedy).Description;

        protected override string Spanish(Remedy remedy, IRemedyFormat f) => $"un obsequio: {Lower(((GiftRemedy)remedy).Description)}";

        protected override string English(Remedy remedy, IRemedyFormat f) => $"a gift: {Lower(((GiftRemedy)remedy).Description)}";
    }
}
