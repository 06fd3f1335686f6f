using System.Globalization;
using System.Text.Json.Serialization;
using Compensation.Decisions;

namespace Compensation;

/// <summary>Extra months of warranty.</summary>
public sealed record WarrantyExtensionRemedy : Remedy
{
    /// <inheritdoc />
    [JsonIgnore]
    public override RemedyKind Kind => RemedyKind.WarrantyExtension;

    /// <summary>The months added to the warranty.</summary>
    public required int Months { get; init; }


    /// <summary>The <c>warranty-extension</c> kind: whole months, with an optional cost.</summary>
    internal sealed class Descriptor : RemedyDescriptor
    {
        public static readonly Descriptor Instance = new();

        private const int MonthsAt = 0, CostAt = 1;

        private Descriptor()
        {
        }

        public override string Name => "warranty-extension";

        public override RemedyKind Kind => RemedyKind.WarrantyExtension;

        public override Type Type => typeof(WarrantyExtensionRemedy);

        public override IReadOnlyList<RemedyParameter> Parameters { get; } =
        [
            new() { Name = "months", Shape = ParameterShape.Formula, Required = true, Check = static m => m != decimal.Truncate(m) || m > 1200 ? string.Create(CultureInfo.InvariantCulture, $"warranty months must be a whole number up to 1200, not {m}") : null },
            new() { Name = "cost", Shape = ParameterShape.Formula },
        ];

        public override IReadOnlyList<RemedyField> Fields { get; } =
        [
            new() { Name = "months", Shape = ParameterShape.Formula, Actual = static r => ((WarrantyExtensionRemedy)r).Months.ToString(CultureInfo.InvariantCulture) },
        ];

        public override Remedy Create(in RemedyValues v)
            => new WarrantyExtensionRemedy { Rule = v.Rule, RuleSet = v.RuleSet, Section = v.Section, RequiredApproval = v.Approval, Cost = v.Has(CostAt) ? v.Round(v.Number(CostAt)) : 0m, Months = (int)v.Number(MonthsAt) };

        public override string Detail(Remedy remedy, IRemedyFormat f)
            => string.Create(CultureInfo.InvariantCulture, $"+{((WarrantyExtensionRemedy)remedy).Months} months of warranty");

        protected override string Spanish(Remedy remedy, IRemedyFormat f)
        {
            var w = (WarrantyExtensionRemedy)remedy;
            return $"una ampliación de la garantía de {w.Months} {(w.Months == 1 ? "mes" : "meses")}";
        }

        protected override string English(Remedy remedy, IRemedyFormat f) => $"a {((WarrantyExtensionRemedy)remedy).Months}-month extension of your warranty";
    }
}
