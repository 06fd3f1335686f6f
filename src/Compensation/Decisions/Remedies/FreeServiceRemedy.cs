using System.Text.Json.Serialization;
using Compensation.Decisions;

namespace Compensation;

/// <summary>A service at no charge (installation, assembly, express delivery…); its value is the cost.</summary>
public sealed record FreeServiceRemedy : Remedy
{
    /// <inheritdoc />
    [JsonIgnore]
    public override RemedyKind Kind => RemedyKind.FreeService;

    /// <summary>What the service is.</summary>
    public required string Description { get; init; }


    /// <summary>The <c>free-service</c> kind: a described service and its value.</summary>
    internal sealed class Descriptor : RemedyDescriptor
    {
        public static readonly Descriptor Instance = new();

        private const int DescriptionAt = 0, ValueAt = 1;

        private Descriptor()
        {
        }

        public override string Name => "free-service";

        public override RemedyKind Kind => RemedyKind.FreeService;

        public override Type Type => typeof(FreeServiceRemedy);

        public override IReadOnlyList<RemedyParameter> Parameters { get; } =
        [
            new() { Name = "description", Shape = ParameterShape.Text, Required = true },
            new() { Name = "value", Shape = ParameterShape.Formula, Required = true },
        ];

        public override IReadOnlyList<RemedyField> Fields { get; } =
        [
            new() { Name = "description", Shape = ParameterShape.Text, Actual = static r => ((FreeServiceRemedy)r).Description },
            new() { Name = "value", Shape = ParameterShape.Formula, Actual = static r => Number(r.Cost), Listed = false },
        ];

        public override Remedy Create(in RemedyValues v)
            => new FreeServiceRemedy { Rule = v.Rule, RuleSet = v.RuleSet, Section = v.Section, RequiredApproval = v.Approval, Cost = v.Round(v.Number(ValueAt)), Description = v.Text(DescriptionAt) };

        public override string Detail(Remedy remedy, IRemedyFormat f) => ((FreeServiceRemedy)remedy).Description;

        protected override string Spanish(Remedy remedy, IRemedyFormat f) => Lower(((FreeServiceRemedy)remedy).Description);

        protected override string English(Remedy remedy, IRemedyFormat f) => Lower(((FreeServiceRemedy)remedy).Description);
    }
}
