using System.Diagnostics.CodeAnalysis;

namespace Compensation;

/// <summary>What <see cref="IncidentJson"/> read: the incident and customer, or every problem in the document.</summary>
public sealed class IncidentJsonResult
{
    internal IncidentJsonResult(Incident? incident, Customer? customer, IReadOnlyList<IncidentError> errors)
    {
        Incident = errors.Count == 0 ? incident : null;
        Customer = errors.Count == 0 ? customer : null;
        Errors = errors;
    }

    /// <summary>The incident; null when the document has problems.</summary>
    public Incident? Incident { get; }

    /// <summary>The customer; null when the document has problems.</summary>
    public Customer? Customer { get; }

    /// <summary>Every problem, each with its JSON path (<c>$.incident.orderValue</c>), a stable code and plain words; empty when the document was read.</summary>
    public IReadOnlyList<IncidentError> Errors { get; }

    /// <summary>True when the document was read: <see cref="Incident"/> and <see cref="Customer"/> are set.</summary>
    [MemberNotNullWhen(true, nameof(Incident), nameof(Customer))]
    public bool Succeeded => Errors.Count == 0;
}
