namespace Compensation;

/// <summary>A granted remedy that a limit or an exclusive group changed, and why.</summary>
/// <param name="Remedy">The remedy as the rule granted it.</param>
/// <param name="Kind">What happened to it.</param>
/// <param name="Reason">An explanation naming the limit or group.</param>
public sealed record RemedyAdjustment(Remedy Remedy, AdjustmentKind Kind, string Reason);
