namespace Compensation.Hosting;

/// <summary>
/// Another way to run a manual's rules (the NRules session of Compensation.NRules), plugged into the engine: it
/// prepares whatever it needs for each set of manual versions — on the reload's background task, before the set is
/// swapped in, so a set that cannot be prepared is never served — and decides with what it prepared.
/// </summary>
internal interface IDecisionBackend
{
    /// <summary>Prepares every version of <paramref name="set"/>; throws when one cannot be prepared (the engine keeps the last good set).</summary>
    object Prepare(ManualSet set);

    /// <summary>Decides with what <see cref="Prepare"/> returned for the set that holds <paramref name="manual"/>.</summary>
    Decision Decide(object prepared, CompensationManual manual, Incident incident, Customer customer, bool explain, TimeProvider clock);
}
