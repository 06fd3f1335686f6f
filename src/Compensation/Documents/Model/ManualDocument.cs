using Compensation.Evaluation;

namespace Compensation.Documents;

/// <summary>A manual as read from its rule files, before validation and compilation.</summary>
internal sealed class ManualDocument
{
    public required string Source { get; init; }

    /// <summary>Reading stopped at a limit (already reported): the document is incomplete and is not compiled.</summary>
    public bool OverLimit { get; set; }

    public SourceLocation Location { get; set; }

    public Scalar? Name { get; set; }

    public Scalar? Version { get; set; }

    public Scalar? Effective { get; set; }

    public Scalar? Currency { get; set; }

    public Scalar? CurrencyDecimals { get; set; }

    /// <summary><c>currencies: [EUR, GBP]</c>: every currency the manual decides in (<see cref="Currency"/> is the default).</summary>
    public List<Scalar> Currencies { get; } = [];

    public Scalar? Locale { get; set; }

    public Scalar? TimeZone { get; set; }

    public CatalogDocument Catalog { get; set; } = new();

    /// <summary>The working calendar (<c>calendar:</c>); null when the manual declares none (Monday to Friday, all day, no holidays).</summary>
    public CalendarDocument? Calendar { get; set; }

    public List<EmpowermentDocument> Empowerment { get; } = [];

    public List<(Scalar Key, Scalar Formula)> Limits { get; } = [];

    public List<RuleSetDocument> RuleSets { get; } = [];

    public List<MessageDocument> Messages { get; } = [];

    public List<FollowUpDocument> FollowUps { get; } = [];

    /// <summary>The files read, in order, with their text (for the content hash).</summary>
    public List<ManualSource> Files { get; } = [];
}

internal sealed class CatalogDocument
{
    public SourceLocation Location { get; set; }

    public List<Scalar> Tiers { get; } = [];

    public List<Scalar> Failures { get; } = [];

    public List<Scalar> DelayFailures { get; } = [];

    public List<Scalar> Causes { get; } = [];

    public List<FactDocument> Facts { get; } = [];

    /// <summary><c>derived: { payout: decimal }</c>: the declared types of facts that rules set.</summary>
    public List<(Scalar Name, Scalar Type)> Derived { get; } = [];
}

internal sealed class CalendarDocument
{
    public SourceLocation Location { get; init; }

    public List<Scalar>? WorkingDays { get; set; }

    public Scalar? BusinessHours { get; set; }

    public List<Scalar> Holidays { get; } = [];

    public Scalar? PublicHolidays { get; set; }
}

internal sealed class FactDocument
{
    public required Scalar Name { get; init; }

    public Scalar? Type { get; set; }

    public List<Scalar>? Values { get; set; }

    public Scalar? Min { get; set; }

    public Scalar? Max { get; set; }

    public Scalar? Default { get; set; }

    /// <summary><c>worse: higher</c> or <c>worse: lower</c>: which way the fact means more harm (for proportionality checks).</summary>
    public Scalar? Worse { get; set; }
}

internal sealed class EmpowermentDocument
{
    public SourceLocation Location { get; init; }

    public Scalar? Role { get; set; }

    public Scalar? UpTo { get; set; }
}

internal sealed class MessageDocument
{
    public required Scalar Locale { get; init; }

    public Scalar? Failure { get; set; }

    public required Scalar Template { get; init; }
}

internal sealed class FollowUpDocument
{
    public SourceLocation Location { get; init; }

    public Scalar? Name { get; set; }

    public Scalar? When { get; set; }

    public Scalar? After { get; set; }

    public Scalar? Description { get; set; }
}
