namespace Compensation.Cli.Commands;

/// <summary>An incident file: <c>{ "incident": {...}, "customer": {...} }</c> (camelCase, as in <c>rules/*/incidents/</c>).</summary>
internal sealed record IncidentInput
{
    /// <summary>What went wrong.</summary>
    public Incident? Incident { get; init; }

    /// <summary>Who it happened to.</summary>
    public Customer? Customer { get; init; }
}
