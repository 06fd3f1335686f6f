using System.Globalization;
using Compensation.Facts;

namespace Compensation.Decisions;

/// <summary>
/// Everything the engine and its tools know about one kind of remedy, in one place: its name in the manual
/// language, its parameters, how it is built from their values for an incident, whether a cap may reduce it,
/// how it is told to a customer (Spanish and English), the fields a scenario compares and its command-line
/// text. One sealed subclass per kind, nested in its public record, registered in <see cref="RemedyKinds.All"/>.
/// </summary>
internal abstract class RemedyDescriptor
{
    /// <summary>Parameters every kind accepts, after its own; the grant compiler reads them itself.</summary>
    public static readonly RemedyParameter[] CommonParameters =
    [
        new() { Name = "min", Shape = ParameterShape.Formula },
        new() { Name = "max", Shape = ParameterShape.Formula },
        new() { Name = "threshold", Shape = ParameterShape.Formula },
        new() { Name = "approval", Shape = ParameterShape.Text },
        new() { Name = "group", Shape = ParameterShape.Text },
        new() { Name = "stack", Shape = ParameterShape.Flag },
    ];

    /// <summary>Fields every granted remedy has, before its kind's own.</summary>
    public static readonly RemedyField[] CommonFields =
    [
        new() { Name = "rule", Shape = ParameterShape.Text, Actual = static r => r.Rule },
        new() { Name = "cost", Shape = ParameterShape.Formula, Actual = static r => Number(r.Cost) },
        new() { Name = "approval", Shape = ParameterShape.Text, Actual = static r => r.RequiredApproval },
        new() { Name = "original-cost", Shape = ParameterShape.Formula, Actual = static r => r.OriginalCost is { } o ? Number(o) : null, Listed = false },
    ];

    private RemedyParameter[]? _allParameters;
    private RemedyField[]? _allFields;

    /// <summary>The kind's name in rule and scenario files (<c>store-credit</c>); also its JSON discriminator.</summary>
    public abstract string Name { get; }

    public abstract RemedyKind Kind { get; }

    /// <summary>The public record of the kind.</summary>
    public abstract Type Type { get; }

    /// <summary>The kind's own parameters, in the order rule files document them.</summary>
    public abstract IReadOnlyList<RemedyParameter> Parameters { get; }

    /// <summary>The kind's own scenario fields, in the order a scenario lists them.</summary>
    public abstract IReadOnlyList<RemedyField> Fields { get; }

    /// <summary>Whether a cap may reduce the remedy (money-like remedies) rather than drop it.</summary>
    public virtual bool IsReducible => false;

    /// <summary>The kind's parameters, then the common ones.</summary>
    public IReadOnlyList<RemedyParameter> AllParameters => _allParameters ??= [.. Parameters, .. CommonParameters];

    /// <summary>The common fields, then the kind's.</summary>
    public IReadOnlyList<RemedyField> AllFields => _allFields ??= [.. CommonFields, .. Fields];

    /// <summary>The position of a parameter in <see cref="Parameters"/>, or -1.</summary>
    public int IndexOf(string parameter)
    {
        for (var i = 0; i < Parameters.Count; i++)
        {
            if (Parameters[i].Name == parameter)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The remedy for one incident, its cost rounded to the currency (the kind's cost rule).</summary>
    public abstract Remedy Create(in RemedyValues values);

    /// <summary>The remedy with a new cost (its amount or percentage following); when a cap reduced it, the cost before.</summary>
    /// <param name="remedy">The remedy to copy.</param>
    /// <param name="cost">Its new cost.</param>
    /// <param name="order">The order value (for percentages).</param>
    /// <param name="rounding">The currency's rounding.</param>
    /// <param name="originalCost">When a limit reduced it: the cost before (set in the same copy, not a second one).</param>
    public virtual Remedy WithCost(Remedy remedy, decimal cost, decimal order, CurrencyRounding rounding, decimal? originalCost)
        => remedy with { Cost = rounding.Round(cost), OriginalCost = originalCost ?? remedy.OriginalCost };

    /// <summary>The remedy in plain words for a customer, in the format's language (Spanish, or else English).</summary>
    public string Phrase(Remedy remedy, IRemedyFormat format) => format.Language == "es" ? Spanish(remedy, format) : English(remedy, format);

    /// <summary>Whether two remedies of this kind are told to a customer as one (store credits of the same validity).</summary>
    public virtual bool TellsTogether(Remedy first, Remedy other) => false;

    /// <summary>Remedies told as one (<see cref="TellsTogether"/>): the remedy that tells them.</summary>
    public virtual Remedy Together(IReadOnlyList<Remedy> remedies) => remedies[0];

    /// <summary>What is granted, short, for command-line tables: <c>20 % next purchase, 90 days</c>.</summary>
    public abstract string Detail(Remedy remedy, IRemedyFormat format);

    /// <summary>A number as scenario files write it: invariant, no trailing zeros.</summary>
    public static string Number(decimal value) => value.ToString("0.##########", CultureInfo.InvariantCulture);

    /// <summary>A duration the way a manual writes it, whole hours under three days as hours: <c>45m</c>, <c>24h</c>, <c>3d</c>, <c>1d 12h</c>, <c>1h30m</c>.</summary>
    public static string ManualDuration(TimeSpan span)
    {
        var minutes = (long)span.TotalMinutes;
        var hours = minutes / 60;
        return minutes % 60 == 0 && hours > 0 && hours < 72 ? $"{hours}h" : DurationText.Format(Math.Abs(minutes));
    }

    protected abstract string Spanish(Remedy remedy, IRemedyFormat format);

    protected abstract string English(Remedy remedy, IRemedyFormat format);

    /// <summary>A description from the manual in the middle of a sentence: "Envío gratuito…" → "envío gratuito…" (not "IVA…").</summary>
    protected static string Lower(string text)
        => text.Length > 1 && char.IsUpper(text[0]) && char.IsLower(text[1]) ? char.ToLowerInvariant(text[0]) + text[1..] : text;

    protected static string Whole(double value) => value.ToString("0", CultureInfo.InvariantCulture);

    /// <summary>", válido 90 días" from a pattern, or nothing when the remedy does not expire.</summary>
    protected static string Valid(int? days, string pattern)
        => days is { } d ? ", " + string.Format(CultureInfo.InvariantCulture, pattern, d) : string.Empty;

    /// <summary>A span as a scenario writes it: whole days as <c>2d</c>, otherwise hours.</summary>
    protected static string ScenarioSpan(TimeSpan span) => span.TotalHours % 24 == 0 && span.TotalHours >= 24
        ? $"{span.TotalDays.ToString(CultureInfo.InvariantCulture)}d"
        : $"{span.TotalHours.ToString(CultureInfo.InvariantCulture)}h";
}
