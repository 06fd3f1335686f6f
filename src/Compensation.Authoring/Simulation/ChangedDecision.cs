namespace Compensation;

/// <summary>An incident whose remedy differs between a manual and its baseline.</summary>
/// <param name="Row">The line number in the history.</param>
/// <param name="IncidentId">The incident's id, when it has one.</param>
/// <param name="BaselineCost">What the baseline manual granted.</param>
/// <param name="Cost">What the manual granted.</param>
/// <param name="BaselineRemedies">The baseline's remedies, as <c>kind cost (rule)</c>.</param>
/// <param name="Remedies">The manual's remedies, as <c>kind cost (rule)</c>.</param>
public sealed record ChangedDecision(long Row, string? IncidentId, decimal BaselineCost, decimal Cost, string BaselineRemedies, string Remedies);
