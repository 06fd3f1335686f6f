namespace Compensation.Hosting;

/// <summary>Hands the manual set loaded while validating the options at start-up to the engine, so it is loaded once.</summary>
internal sealed class InitialManuals
{
    private readonly Lock _lock = new();
    private (string Path, ManualSet Set)? _loaded;

    public void Offer(string path, ManualSet set)
    {
        lock (_lock)
        {
            _loaded = (path, set);
        }
    }

    public ManualSet? Take(string path)
    {
        lock (_lock)
        {
            var loaded = _loaded;
            _loaded = null;
            return loaded is { } l && string.Equals(l.Path, path, StringComparison.Ordinal) ? l.Set : null;
        }
    }
}
