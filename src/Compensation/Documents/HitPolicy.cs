namespace Compensation.Documents;

/// <summary>How a rule set chooses among its matching rules.</summary>
internal enum HitPolicy
{
    Collect,
    First,
    Priority,
    Best,
}
