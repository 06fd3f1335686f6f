using Compensation.TestSupport;

namespace Compensation.Cli.Tests;

/// <summary>
/// A copy of the sample manual in a temporary folder, as <c>&lt;temp&gt;/m</c>, optionally with one deliberate
/// mistake; run the tool in <see cref="Root"/> so that diagnostics name files as <c>m/30-retrasos.yaml</c>.
/// </summary>
internal sealed class ManualCopy : IDisposable
{
    private readonly TempManual _folder = new();

    private ManualCopy() => _folder.CopySample("m");

    /// <summary>The temporary folder to run the tool in.</summary>
    public string Root => _folder.Root;

    /// <summary>The copied manual's folder.</summary>
    public string Manual => Path.Combine(Root, "m");

    /// <summary>Copies the sample manual and replaces <paramref name="find"/> (which must occur exactly once) in <paramref name="file"/>.</summary>
    public static ManualCopy WithEdit(string file, string find, string replace)
    {
        var copy = new ManualCopy();
        var path = Path.Combine(copy.Manual, file);
        var text = File.ReadAllText(path);
        var at = text.IndexOf(find, StringComparison.Ordinal);
        Assert.True(at >= 0 && text.IndexOf(find, at + 1, StringComparison.Ordinal) < 0, $"'{find}' must occur exactly once in {file}");
        File.WriteAllText(path, text[..at] + replace + text[(at + find.Length)..]);
        return copy;
    }

    /// <summary>Runs the tool in <see cref="Root"/>.</summary>
    public CliResult Run(params string[] args) => CliRunner.Run(args, Root);

    public void Dispose() => _folder.Dispose();
}
