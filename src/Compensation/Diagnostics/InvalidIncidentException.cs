namespace Compensation;

/// <summary>An incident or customer was rejected before any rule ran; <see cref="Errors"/> lists every problem.</summary>
public sealed class InvalidIncidentException : CompensationException
{
    internal InvalidIncidentException(IReadOnlyList<IncidentError> errors)
        : base("The incident cannot be decided:" + Environment.NewLine + string.Join(Environment.NewLine, errors.Select(e => "  " + e)))
    {
        Errors = errors;
    }

    /// <summary>Every problem found in the incident and customer.</summary>
    public IReadOnlyList<IncidentError> Errors { get; }
}
