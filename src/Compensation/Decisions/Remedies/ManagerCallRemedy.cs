using System.Text.Json.Serialization;
using Compensation.Decisions;

namespace Compensation;

/// <summary>A call from a manager to the customer within a deadline.</summary>
public sealed record ManagerCallRemedy : Remedy
{
    /// <inheritdoc />
    [JsonIgnore]
    public override RemedyKind Kind => RemedyKind.ManagerCall;

    /// <summary>How soon the call must happen.</summary>
    public required TimeSpan Within { get; init; }


    /// <summary>The <c>manager-call</c> kind: a deadline, with an optional cost.</summary>
    internal sealed class Descriptor : RemedyDescriptor
    {
        public static readonly Descriptor Instance = new();

        private const int WithinAt = 0, CostAt = 1;

        private Descriptor()
        {
        }

        public override string Name => "manager-call";

        public override RemedyKind Kind => RemedyKind.ManagerCall;

        public override Type Type => typeof(ManagerCallRemedy);

        public override IReadOnlyList<RemedyParameter> Parameters { get; } =
        [
            new() { Name = "within", Shape = ParameterShape.Duration, Required = true, Purpose = "how soon the call must happen", Example = "24h" },
            new() { Name = "cost", Shape = ParameterShape.Formula },
        ];

        public override IReadOnlyList<RemedyField> Fields { get; } =
        [
            new() { Name = "within", Shape = ParameterShape.Duration, Actual = static r => ScenarioSpan(((ManagerCallRemedy)r).Within) },
        ];

        public override Remedy Create(in RemedyValues v)
            => new ManagerCallRemedy { Rule = v.Rule, RuleSet = v.RuleSet, Section = v.Section, RequiredApproval = v.Approval, Cost = v.Has(CostAt) ? v.Round(v.Number(CostAt)) : 0m, Within = v.Duration(WithinAt) };

        public override string Detail(Remedy remedy, IRemedyFormat f) => "manager call within " + ManualDuration(((ManagerCallRemedy)remedy).Within);

        protected override string Spanish(Remedy remedy, IRemedyFormat f)
        {
            var within = ((ManagerCallRemedy)remedy).Within;
            return within.TotalHours is > 0 and <= 48 && within.TotalHours % 1 == 0
                ? $"una llamada de un responsable en las próximas {Whole(within.TotalHours)} horas"
                : $"una llamada de un responsable en los próximos {Whole(Math.Ceiling(within.TotalDays))} días";
        }

        protected override string English(Remedy remedy, IRemedyFormat f)
        {
            var within = ((ManagerCallRemedy)remedy).Within;
            return within.TotalHours is > 0 and <= 48 && within.TotalHours % 1 == 0
                ? $"a call from a manager within {Whole(within.TotalHours)} hours"
                : $"a call from a manager within {Whole(Math.Ceiling(within.TotalDays))} days";
        }
    }
}
