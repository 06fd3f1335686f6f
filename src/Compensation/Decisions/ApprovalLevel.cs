namespace Compensation;

/// <summary>The role that must approve a decision, from the manual's empowerment levels.</summary>
/// <param name="Role">The role's name, such as <c>agente</c>.</param>
/// <param name="Rank">The role's position among the levels, from 0 (front line).</param>
/// <param name="UpTo">The most the role may grant at once; null for the last, unlimited role.</param>
public sealed record ApprovalLevel(string Role, int Rank, decimal? UpTo);
