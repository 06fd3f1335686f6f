namespace Compensation.Facts;

/// <summary>The type of a fact as the manual language sees it.</summary>
internal enum FactType
{
    Integer,
    Decimal,
    Boolean,

    /// <summary>A value from a list (tier, failure kind, cause, or a fact declared with a list of values), stored as its position.</summary>
    Catalog,
}
