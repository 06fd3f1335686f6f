namespace Compensation;

/// <summary>How the host loads and watches its compensation manual (bind from the <c>Compensation</c> configuration section).</summary>
public sealed class CompensationOptions
{
    /// <summary>
    /// The manual: a rule file, a folder of rule files, or a folder of versions (see <see cref="ManualSet"/>).
    /// A relative path is taken from the process's current directory.
    /// </summary>
    public string ManualPath { get; set; } = string.Empty;

    /// <summary>Whether edits to the manual's files are picked up while the application runs (default true).</summary>
    public bool WatchForChanges { get; set; } = true;

    /// <summary>Polls the files instead of relying on file-system events (for containers and network shares that do not raise them).</summary>
    public bool UsePollingFileWatcher { get; set; }

    /// <summary>How long to wait after a change before reading, so that an editor's burst of writes is read once (default 200 ms).</summary>
    public TimeSpan ReloadDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>
    /// How many times an edit that fails to load is read again (with a doubling pause) before it is rejected, in case the
    /// editor had not finished writing (default 3).
    /// </summary>
    public int ReloadAttempts { get; set; } = 3;
}
