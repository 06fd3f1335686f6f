namespace Compensation;

/// <summary>Identifies the exact manual that made a decision.</summary>
/// <param name="Name">The manual's name (<c>manual:</c>).</param>
/// <param name="Version">The manual's version (<c>version:</c>).</param>
/// <param name="Effective">The date from which the manual is in force.</param>
/// <param name="ContentHash">The SHA-256 of the manual's files (names and text), in lowercase hex.</param>
public sealed record ManualStamp(string Name, string Version, DateOnly Effective, string ContentHash);
