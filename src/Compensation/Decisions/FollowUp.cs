namespace Compensation;

/// <summary>A follow-up the decision schedules (a satisfaction survey, a root-cause review…).</summary>
/// <param name="Name">The follow-up's name in the manual.</param>
/// <param name="Due">When it is due.</param>
/// <param name="Description">What to do.</param>
public sealed record FollowUp(string Name, DateTimeOffset Due, string? Description);
