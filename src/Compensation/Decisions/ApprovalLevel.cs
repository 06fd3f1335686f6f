namespace Compensation;

/// <summary>The role that must approve a decision, from the manual's empowerment levels.</summary>
/// <param name="Role">The role's name, such as <c>agente</c>; <c>none</c> for <see cref="None"/>.</param>
/// <param name="Rank">The role's position among the levels, from 0 (front line); -1 for <see cref="None"/>.</param>
/// <param name="UpTo">The most the role may grant at once; null for the last, unlimited role.</param>
public sealed record ApprovalLevel(string Role, int Rank, decimal? UpTo)
{
    /// <summary>
    /// The approval of every decision of a manual that declares no <c>empowerment:</c> levels: nobody needs to
    /// approve it (role <c>none</c>, rank -1, <see cref="IsRequired"/> false). A manual cannot name a role <c>none</c>.
    /// </summary>
    public static ApprovalLevel None { get; } = new("none", -1, null);

    /// <summary>Whether someone must approve the decision: false only for <see cref="None"/>.</summary>
    public bool IsRequired => Rank >= 0;
}
