namespace Compensation;

/// <summary>One problem with an incident or customer.</summary>
/// <param name="Property">The property path, such as <c>Incident.Failure</c> or <c>Incident.Facts.canal</c>.</param>
/// <param name="Code">A stable code such as <c>INC001</c>.</param>
/// <param name="Message">What is wrong, naming the offending value and what is allowed.</param>
public sealed record IncidentError(string Property, string Code, string Message)
{
    /// <summary>Returns <c>Property: CODE message</c>.</summary>
    public override string ToString() => $"{Property}: {Code} {Message}";
}
