using System.CommandLine;

namespace Compensation.Cli.Commands;

/// <summary><c>compensation explain &lt;manual&gt;</c>: the decision and what every rule did, and why.</summary>
internal static class ExplainCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create() => DecisionRunner.Create(
        "explain",
        """
        Decide like 'decide' and show why: every rule, grouped by rule set, fired (✓), not matched (with the
        condition that failed and the values it saw) or suppressed (with the reason); the adjustments made by
        limits and exclusive groups; and the facts the rules saw.

        Examples:
          compensation explain rules/tienda-ejemplo --incident rules/tienda-ejemplo/incidents/retraso-oro.json
          compensation explain rules/tienda-ejemplo --failure danado --tier oro --order 300 --json
        """,
        explain: true,
        decision =>
        {
            DecisionRenderer.Write(Terminal.Out, decision);
            TraceRenderer.Write(Terminal.Out, decision);
        });
}
