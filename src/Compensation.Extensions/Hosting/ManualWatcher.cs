using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.FileProviders.Physical;
using Microsoft.Extensions.Primitives;

namespace Compensation.Hosting;

/// <summary>Raises a callback when a rule file of the manual (or of any of its versions) is created, changed or deleted.</summary>
internal sealed class ManualWatcher : IDisposable
{
    private readonly PhysicalFileProvider _provider;
    private readonly IDisposable _registration;

    public ManualWatcher(string path, bool polling, Action changed)
    {
        string root;
        string[] filters;
        if (File.Exists(path))
        {
            root = Path.GetDirectoryName(path)!;
            filters = [Path.GetFileName(path)];
        }
        else
        {
            // Every path, not only *.yaml: a version folder moved in raises one event for the folder, none for its files.
            // Changes to other files cost a reload that finds the same content and keeps the live manual.
            root = path;
            filters = ["**/*"];
        }

        // Sensitive exclusions skip hidden and dot files: editors' swap and backup files do not trigger reloads.
        _provider = new PhysicalFileProvider(root, ExclusionFilters.Sensitive) { UsePollingFileWatcher = polling, UseActivePolling = polling };
        _registration = ChangeToken.OnChange(() => new CompositeChangeToken([.. filters.Select(_provider.Watch)]), changed);
    }

    public void Dispose()
    {
        _registration.Dispose();
        _provider.Dispose();
    }
}
