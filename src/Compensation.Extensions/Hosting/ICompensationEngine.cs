namespace Compensation;

/// <summary>
/// Decides incidents with the manual version in force on each incident's date, while the manual's files may be
/// edited underneath it. Registered by <c>services.AddCompensation(...)</c> as a thread-safe singleton.
/// </summary>
public interface ICompensationEngine
{
    /// <summary>The versions serving decisions now (swapped atomically when an edit loads).</summary>
    ManualSet Manuals { get; }

    /// <summary>The live versions and the fate of the latest edit.</summary>
    ManualStatus Status { get; }

    /// <summary>Decides an incident with the version in force on its date (see <see cref="ManualSet.IncidentDate"/>); follow-ups are dated from the registered <see cref="TimeProvider"/>.</summary>
    /// <exception cref="InvalidIncidentException">The incident or customer does not fit the manual, or no version was in force on its date.</exception>
    /// <exception cref="RuleEvaluationException">A rule's formula failed.</exception>
    Decision Decide(Incident incident, Customer customer);

    /// <summary>Decides like <see cref="Decide"/> and records what every rule did and why.</summary>
    /// <exception cref="InvalidIncidentException">The incident or customer does not fit the manual, or no version was in force on its date.</exception>
    /// <exception cref="RuleEvaluationException">A rule's formula failed.</exception>
    Decision Explain(Incident incident, Customer customer);
}
