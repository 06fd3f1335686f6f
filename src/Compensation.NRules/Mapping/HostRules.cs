using Compensation;

namespace Compensation.NRules;

/// <summary>How remedies and traces from a host's own C# rules are labelled (they have no rule file).</summary>
internal static class HostRules
{
    /// <summary>The rule set name remedies and traces of host rules carry.</summary>
    public const string RuleSet = "host";

    /// <summary>Where a host rule "is written", for traces (a C# rule has no rule-file position).</summary>
    public static readonly SourceLocation Location = new("(host rule)", 0, 0);
}
