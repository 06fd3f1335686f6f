using System.CommandLine;

namespace Compensation.Cli.Commands;

/// <summary>
/// The <c>--max-*</c> options every command takes to raise the limits a manual is loaded under (the hints of
/// limit diagnostics name them), and the options in force for the command being run.
/// </summary>
internal static class LoadLimits
{
    private static readonly AsyncLocal<ManualLoadOptions?> Current = new();

    public static Option<int?> FileSize { get; } = new("--max-file-size") { Description = "The most characters one rule file may hold (default 1,000,000).", Recursive = true };

    public static Option<int?> Files { get; } = new("--max-files") { Description = "The most rule files in one manual folder (default 500).", Recursive = true };

    public static Option<int?> Rules { get; } = new("--max-rules") { Description = "The most rules in one manual, table rows included (default 20,000).", Recursive = true };

    public static Option<int?> Nodes { get; } = new("--max-nodes") { Description = "The most YAML nodes in one rule file (default 200,000).", Recursive = true };

    public static Option<int?> Depth { get; } = new("--max-depth") { Description = "The deepest nesting of YAML lists and mappings (default 32, at most 1,000).", Recursive = true };

    /// <summary>The load options for the command being run (the defaults unless a --max-* option was given).</summary>
    public static ManualLoadOptions Options => Current.Value ?? ManualLoadOptions.Default;

    /// <summary>Adds the options to the root command (they apply to every sub-command).</summary>
    public static void AddTo(Command root)
    {
        root.Options.Add(FileSize);
        root.Options.Add(Files);
        root.Options.Add(Rules);
        root.Options.Add(Nodes);
        root.Options.Add(Depth);
    }

    /// <summary>Reads the options of a parsed command line; returns an error text for a value out of range.</summary>
    public static string? Apply(ParseResult result)
    {
        try
        {
            var defaults = ManualLoadOptions.Default;
            Current.Value = new ManualLoadOptions
            {
                MaxFileLength = result.GetValue(FileSize) ?? defaults.MaxFileLength,
                MaxFiles = result.GetValue(Files) ?? defaults.MaxFiles,
                MaxRules = result.GetValue(Rules) ?? defaults.MaxRules,
                MaxNodes = result.GetValue(Nodes) ?? defaults.MaxNodes,
                MaxDepth = result.GetValue(Depth) ?? defaults.MaxDepth,
                MaxExpressionLength = defaults.MaxExpressionLength,
            };
            return null;
        }
        catch (ArgumentOutOfRangeException ex)
        {
            Current.Value = null;
            var name = ex.ParamName switch
            {
                nameof(ManualLoadOptions.MaxFileLength) => "--max-file-size",
                nameof(ManualLoadOptions.MaxFiles) => "--max-files",
                nameof(ManualLoadOptions.MaxRules) => "--max-rules",
                nameof(ManualLoadOptions.MaxNodes) => "--max-nodes",
                _ => "--max-depth",
            };
            return $"{name}: the value {ex.ActualValue} is out of range";
        }
    }
}
