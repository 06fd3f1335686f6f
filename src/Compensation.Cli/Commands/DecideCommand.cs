using System.CommandLine;

namespace Compensation.Cli.Commands;

/// <summary><c>compensation decide &lt;manual&gt;</c>: the remedies for one incident, their cost and who must approve them.</summary>
internal static class DecideCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create() => DecisionRunner.Create(
        "decide",
        """
        Decide the remedies for an incident: what is granted, by which rule and manual section, the total cost,
        and who must approve it. Describe the incident with a JSON file or with options.

        Examples:
          compensation decide rules/tienda-ejemplo --incident rules/tienda-ejemplo/incidents/retraso-oro.json
          compensation decide rules/tienda-ejemplo --failure retraso --cause transportista --delay 5d --tier oro --order 120
          cat incident.json | compensation decide rules/tienda-ejemplo --incident - --json
        """,
        explain: false,
        decision => DecisionRenderer.Write(Terminal.Out, decision));
}
