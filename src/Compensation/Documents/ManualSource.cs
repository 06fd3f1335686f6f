namespace Compensation;

/// <summary>The text of one rule file and the path it is reported under.</summary>
/// <param name="Path">The path used in diagnostics (need not exist on disk).</param>
/// <param name="Text">The YAML text.</param>
public sealed record ManualSource(string Path, string Text);
