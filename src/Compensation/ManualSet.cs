namespace Compensation;

/// <summary>
/// The versions of a manual side by side, each in force from its <c>effective:</c> date until the next one's.
/// An incident is decided by the version in force on the incident's date, so a replay of an old incident gets
/// the answer it got then. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// On disk a set is a folder: when it holds <c>.yaml</c> files it is one version; otherwise each sub-folder
/// that holds <c>.yaml</c> files is a version (for example <c>manual/2026-05/</c> and <c>manual/2026-11/</c>;
/// the folder names are free, the <c>effective:</c> dates order them).
/// </remarks>
public sealed class ManualSet
{
    private ManualSet(IReadOnlyList<CompensationManual> versions)
    {
        Versions = versions;
    }

    /// <summary>The versions, oldest effective date first.</summary>
    public IReadOnlyList<CompensationManual> Versions { get; }

    /// <summary>The version with the latest effective date (in force from then on).</summary>
    public CompensationManual Latest => Versions[^1];

    /// <summary>Builds a set from manuals already loaded.</summary>
    /// <exception cref="ArgumentException">The list is empty, or two manuals share an effective date.</exception>
    public static ManualSet Create(IEnumerable<CompensationManual> versions)
    {
        ArgumentNullException.ThrowIfNull(versions);
        var sorted = versions.OrderBy(v => v.Stamp.Effective).ToList();
        if (sorted.Count == 0)
        {
            throw new ArgumentException("A manual set needs at least one manual.", nameof(versions));
        }

        for (var i = 1; i < sorted.Count; i++)
        {
            if (sorted[i].Stamp.Effective == sorted[i - 1].Stamp.Effective)
            {
                throw new ArgumentException($"Versions '{sorted[i - 1].Stamp.Version}' and '{sorted[i].Stamp.Version}' are both effective on {sorted[i].Stamp.Effective:yyyy-MM-dd}.", nameof(versions));
            }
        }

        return new ManualSet(sorted);
    }

    /// <summary>Loads a manual set from a folder (see the remarks) or a single manual file or folder.</summary>
    /// <exception cref="ManualLoadException">A version has errors, or two share an effective date; every diagnostic is listed.</exception>
    public static ManualSet Load(string path, ManualLoadOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var (set, diagnostics) = ManualSetLoader.TryLoad(path, options ?? ManualLoadOptions.Default);
        return set ?? throw new ManualLoadException(path, diagnostics);
    }

    /// <summary>The version in force on <paramref name="date"/>: the latest whose effective date is on or before it; null when the date is before every version.</summary>
    public CompensationManual? InForceOn(DateOnly date)
    {
        for (var i = Versions.Count - 1; i >= 0; i--)
        {
            if (Versions[i].Stamp.Effective <= date)
            {
                return Versions[i];
            }
        }

        return null;
    }

    /// <summary>
    /// The date that picks an incident's version: when it occurred, else the promised date (a delay begins when the
    /// promise is broken), else the delivery date, else <paramref name="now"/>; taken in the date's own offset.
    /// </summary>
    public static DateOnly IncidentDate(Incident incident, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(incident);
        return DateOnly.FromDateTime((Evaluation.IncidentBinder.Dated(incident)?.Value ?? now).DateTime);
    }

    /// <summary>The version in force on the incident's date (see <see cref="IncidentDate"/>).</summary>
    /// <exception cref="InvalidIncidentException">The incident happened before the earliest version took effect (INC013).</exception>
    public CompensationManual For(Incident incident, DateTimeOffset now)
    {
        var date = IncidentDate(incident, now);
        return InForceOn(date) ?? throw new InvalidIncidentException(
        [
            new IncidentError(
                Evaluation.IncidentBinder.Dated(incident)?.Property ?? "Incident",
                "INC013",
                $"no version of the manual was in force on {date:yyyy-MM-dd}; the earliest ('{Versions[0].Stamp.Version}') is effective from {Versions[0].Stamp.Effective:yyyy-MM-dd}"),
        ]);
    }
}
