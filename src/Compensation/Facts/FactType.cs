namespace Compensation.Facts;

/// <summary>The type of a fact as the manual language sees it.</summary>
internal enum FactType
{
    Integer,
    Decimal,
    Boolean,

    /// <summary>A value from a list (tier, failure kind, cause, or a fact declared with a list of values), stored as its position.</summary>
    Catalog,

    /// <summary>A calendar date (declared <c>date</c>): the start of that day in the manual's time zone, as an instant.</summary>
    Date,

    /// <summary>A point in time (declared <c>datetime</c>, and the incident's <c>promised</c>, <c>delivered</c>, <c>occurred</c>).</summary>
    DateTime,

    /// <summary>A length of time (declared <c>duration</c>): in expressions, its whole number of minutes.</summary>
    Duration,
}
