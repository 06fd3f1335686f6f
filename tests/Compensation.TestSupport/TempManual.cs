namespace Compensation.TestSupport;

/// <summary>A temporary folder holding rule files (a copy of the sample manual, or versions of it); deleted on dispose.</summary>
internal sealed class TempManual : IDisposable
{
    public static readonly string SampleManual = RepoPaths.Combine("rules", "tienda-ejemplo");

    public TempManual()
    {
        Root = Path.Combine(Path.GetTempPath(), "compensation-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    /// <summary>Copies the sample manual's rule files into <paramref name="folder"/> (relative to the root), replacing text in the header.</summary>
    public string CopySample(string folder = ".", string? version = null, string? effective = null)
    {
        var target = Path.GetFullPath(Path.Combine(Root, folder));
        Directory.CreateDirectory(target);
        foreach (var file in Directory.EnumerateFiles(SampleManual, "*.yaml"))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }

        if (version is not null || effective is not null)
        {
            var header = Path.Combine(target, "00-manual.yaml");
            var text = File.ReadAllText(header);
            text = version is null ? text : text.Replace("version: \"2026.11\"", $"version: \"{version}\"", StringComparison.Ordinal);
            text = effective is null ? text : text.Replace("effective: 2026-11-01", $"effective: {effective}", StringComparison.Ordinal);
            File.WriteAllText(header, text);
        }

        return target;
    }

    public void Write(string relativePath, string text) => File.WriteAllText(Path.Combine(Root, relativePath), text);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // a watcher may still hold the folder for a moment; the temp folder is cleaned by the system
        }
    }
}
