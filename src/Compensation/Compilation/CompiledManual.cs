using Compensation.Facts;

namespace Compensation.Compilation;

/// <summary>Everything a decision needs, built once, immutable and shared by all threads.</summary>
internal sealed class CompiledManual
{
    public required ManualStamp Stamp { get; init; }

    public required string Locale { get; init; }

    public required CurrencyRounding Rounding { get; init; }

    /// <summary>The rounding of each of the manual's currencies, in the order of the <c>currency</c> fact's values.</summary>
    public required IReadOnlyList<CurrencyRounding> Roundings { get; init; }

    /// <summary>The position of the default currency in <see cref="Roundings"/>.</summary>
    public int DefaultCurrency { get; init; }

    /// <summary>
    /// The manual's <c>time-zone:</c> (UTC when it says none): readers of incidents map dates written without an
    /// offset to instants with it (<see cref="ManualTimeZone.TryResolve(NodaTime.LocalDateTime, out NodaTime.Instant, out string?)"/>,
    /// <see cref="ManualTimeZone.TryParse(string, out DateTimeOffset, out string?)"/>), and calendar facts use it.
    /// </summary>
    public ManualTimeZone TimeZone { get; init; } = ManualTimeZone.Utc;

    public required FactSchema Schema { get; init; }

    /// <summary>The values each derived fact can take, from the values the rules set it to (formula analysis).</summary>
    public IReadOnlyDictionary<FactDefinition, Interval> DerivedRanges { get; init; } = new Dictionary<FactDefinition, Interval>();

    public required IReadOnlyList<string> DelayFailures { get; init; }

    public required IReadOnlyList<CompiledRuleSet> RuleSets { get; init; }

    public required IReadOnlyList<ApprovalLevel> Empowerment { get; init; }

    public CompiledFormula<decimal>? TotalLimit { get; init; }

    public required IReadOnlyDictionary<RemedyKind, CompiledFormula<decimal>> KindLimits { get; init; }

    public required bool[] IsDelayFailure { get; init; }

    /// <summary>Where each failure kind is declared in <c>catalog.failures</c> (for analysis findings), in catalogue order.</summary>
    public IReadOnlyList<SourceLocation> FailureLocations { get; init; } = [];

    /// <summary>Customer message templates, in the order written.</summary>
    public IReadOnlyList<CompiledMessage> Messages { get; init; } = [];

    /// <summary>Follow-ups, in the order written.</summary>
    public IReadOnlyList<CompiledFollowUp> FollowUps { get; init; } = [];

    public IEnumerable<CompiledRule> Rules => RuleSets.SelectMany(s => s.Rules);
}
