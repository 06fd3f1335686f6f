namespace Compensation.Check;

/// <summary>The stable codes of <c>compensation check</c> findings (listed for authors in docs/testing.md).</summary>
internal static class CheckCodes
{
    /// <summary>A failure kind × tier (× delay) that no rule compensates (warning; a scenario expecting no remedy documents it as deliberate).</summary>
    public const string Gap = "CHECK001";

    /// <summary>Two rules of a <c>priority</c> rule set with the same priority match one incident: the order written decides (warning).</summary>
    public const string Overlap = "CHECK002";

    /// <summary>A rule of a <c>first</c> or <c>priority</c> rule set matches but never fires: an earlier rule always wins (error).</summary>
    public const string Shadowed = "CHECK003";

    /// <summary>A rule whose condition is proven to hold for no incident: its parts contradict each other (error).</summary>
    public const string NeverMatches = "CHECK004";

    /// <summary>More harm (a longer delay, a higher tier…) earns a lower total than the otherwise equal incident (error).</summary>
    public const string Proportionality = "CHECK005";

    /// <summary>A rule fires but a limit always caps its remedies to nothing (error).</summary>
    public const string CappedToZero = "CHECK006";

    /// <summary>A rule fires but always loses its exclusive group, or never wins a <c>best</c> rule set (warning).</summary>
    public const string NeverKept = "CHECK007";

    /// <summary>The probe grid was reduced to stay under the size limit (warning).</summary>
    public const string GridReduced = "CHECK008";

    /// <summary>A probed incident could not be decided (a formula failed) (error).</summary>
    public const string EvaluationFailed = "CHECK009";

    /// <summary>The manual rejected some probed incidents (a required fact the grid could not fill); they were skipped (warning).</summary>
    public const string Rejected = "CHECK010";

    /// <summary>A rule the probes did not reach: its condition held for none of the probed incidents, but it is not proven impossible (warning).</summary>
    public const string NotReached = "CHECK011";
}
