namespace Compensation.Documents;

/// <summary>How a rule set chooses among its matching rules.</summary>
internal enum HitPolicy
{
    Collect,
    First,
    Priority,
    Best,

    /// <summary>At most one rule may match an incident; two matching is an error naming both (never a silent pick).</summary>
    Unique,
}
