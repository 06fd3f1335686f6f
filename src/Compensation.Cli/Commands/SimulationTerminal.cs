using Spectre.Console;

namespace Compensation.Cli.Commands;

/// <summary>A simulation as tables for people reading a terminal.</summary>
internal static class SimulationTerminal
{
    public static void Render(IAnsiConsole console, SimulationResult result)
    {
        var report = result.Report;
        console.Write(new Rule(Markup.Escape($"Simulation: {report.Manual.Name} {report.Manual.Version}")).LeftJustified());
        var summary = new Table().HideHeaders().AddColumn("figure").AddColumn(new TableColumn("value").RightAligned());
        foreach (var (label, value) in SimulationText.Summary(result))
        {
            summary.AddRow(Markup.Escape(label), Markup.Escape(value));
        }

        console.Write(summary);
        foreach (var (section, groups, baseline) in SimulationText.Sections(result))
        {
            var table = new Table().Title(Markup.Escape("By " + section)).AddColumn(SimulationText.Title(section)).AddColumn(new TableColumn("Count").RightAligned()).AddColumn(new TableColumn("Cost").RightAligned());
            if (baseline is not null)
            {
                table.AddColumn(new TableColumn("Baseline cost").RightAligned()).AddColumn(new TableColumn("Delta").RightAligned());
            }

            for (var i = 0; i < groups.Count; i++)
            {
                var cells = new List<string> { Markup.Escape(groups[i].Name), SimulationText.Count(groups[i].Count), SimulationText.Money(groups[i].Cost) };
                if (baseline is not null)
                {
                    var delta = groups[i].Cost - baseline[i].Cost;
                    cells.Add(SimulationText.Money(baseline[i].Cost));
                    cells.Add((delta > 0 ? "+" : string.Empty) + SimulationText.Money(delta));
                }

                table.AddRow([.. cells]);
            }

            console.Write(table);
        }

        var rules = new Table().Title("Rules that fired most").AddColumn("Rule").AddColumn("Rule set").AddColumn(new TableColumn("Fired").RightAligned());
        foreach (var rule in report.Rules.Where(r => r.Count > 0).Take(10))
        {
            rules.AddRow(Markup.Escape(rule.Rule), Markup.Escape(rule.RuleSet), SimulationText.Count(rule.Count));
        }

        console.Write(rules);
        var never = report.Rules.Where(r => r.Count == 0).Select(r => r.Rule).ToList();
        console.MarkupLine(Markup.Escape($"Rules that never fired ({never.Count}): {(never.Count == 0 ? "(none)" : string.Join(", ", never))}"));
        if (result.ChangedExamples.Count > 0)
        {
            var changed = new Table().Title("Incidents whose remedy changed (examples)").AddColumn(new TableColumn("Row").RightAligned()).AddColumn("Incident").AddColumn("Baseline").AddColumn("Now");
            foreach (var e in result.ChangedExamples)
            {
                changed.AddRow(SimulationText.Count(e.Row), Markup.Escape(e.IncidentId ?? string.Empty), Markup.Escape($"{SimulationText.Money(e.BaselineCost)}: {e.BaselineRemedies}"), Markup.Escape($"{SimulationText.Money(e.Cost)}: {e.Remedies}"));
            }

            console.Write(changed);
        }
    }
}
