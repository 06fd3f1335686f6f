using Compensation;

namespace SupportDesk;

/// <summary>The body of POST /incidents/decide: the same shape as the sample incident files.</summary>
public sealed record DecideRequest(Incident Incident, Customer Customer);
