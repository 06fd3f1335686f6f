namespace Compensation.Decisions;

/// <summary>How a remedy parameter (in a rule file) or a remedy field (in a scenario file) is written and read.</summary>
internal enum ParameterShape
{
    /// <summary>A number or a quoted formula over the facts, evaluated for each incident.</summary>
    Formula,

    /// <summary>Text for the customer, written as is.</summary>
    Text,

    /// <summary>A duration like <c>24h</c> or <c>2d</c>.</summary>
    Duration,

    /// <summary>One of a few words (<see cref="RemedyParameter.Choices"/>); the first is the default.</summary>
    Choice,

    /// <summary>A whole number of days above 0.</summary>
    WholeDays,

    /// <summary><c>true</c> or <c>false</c>.</summary>
    Flag,
}
