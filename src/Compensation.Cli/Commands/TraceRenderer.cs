using Spectre.Console;

namespace Compensation.Cli.Commands;

/// <summary>
/// Writes an explained decision's trace: a tree grouped by rule set where every rule shows whether it fired
/// (and what it granted), which condition failed and the values it saw, or why it was suppressed; then the
/// facts as the rules saw them.
/// </summary>
internal static class TraceRenderer
{
    /// <summary>Writes the trace and the facts to the console.</summary>
    public static void Write(IAnsiConsole console, Decision decision)
    {
        console.WriteLine();
        var tree = new Tree("[bold]Why[/] [grey](every rule, by rule set, in the order they run)[/]");
        TreeNode? set = null;
        string? setName = null;
        foreach (var trace in decision.Trace)
        {
            if (set is null || trace.RuleSet != setName)
            {
                setName = trace.RuleSet;
                set = tree.AddNode($"[bold blue]{Markup.Escape(trace.RuleSet)}[/]");
            }

            AddRule(set, trace, decision);
        }

        console.Write(tree);

        if (decision.Facts.Count > 0)
        {
            console.WriteLine();
            var facts = new Table().Border(TableBorder.Rounded).Title("Facts");
            facts.AddColumn("Fact");
            facts.AddColumn("Value");
            foreach (var fact in decision.Facts)
            {
                facts.AddRow(new Text(fact.Name), new Text(fact.Value));
            }

            console.Write(facts);
        }
    }

    private static void AddRule(TreeNode set, RuleTrace trace, Decision decision)
    {
        var place = Markup.Escape($"{trace.Location.File}:{trace.Location.Line}");
        var section = trace.Section is null ? string.Empty : $" [grey]§[/] {Markup.Escape(trace.Section)}";
        var rule = Markup.Escape(trace.Rule);
        switch (trace.Outcome)
        {
            case RuleOutcome.Fired:
                var fired = set.AddNode($"[green]✓ {rule}[/] fired{section} [grey]({place})[/]");
                foreach (var remedy in decision.Remedies.Where(r => r.Rule == trace.Rule && r.RuleSet == trace.RuleSet))
                {
                    var text = $"{RemedyText.Kind(remedy)}: {RemedyText.Detail(remedy, decision.Currency)} — {RemedyText.Cost(remedy, decision.Currency)}";
                    fired.AddNode($"[green]→[/] {Markup.Escape(text)}");
                }

                foreach (var adjustment in decision.Adjustments.Where(a => a.Remedy.Rule == trace.Rule && a.Remedy.RuleSet == trace.RuleSet))
                {
                    fired.AddNode($"[yellow]→ {Markup.Escape(DecisionRenderer.Adjustment(adjustment))}[/]");
                }

                break;

            case RuleOutcome.NotMatched:
                var missed = set.AddNode($"[grey]✗[/] {rule} not matched{section} [grey]({place})[/]");
                missed.AddNode($"[grey]failed:[/] {Markup.Escape(trace.FailedCondition ?? "(unknown)")}");
                if (trace.Values.Count > 0)
                {
                    missed.AddNode($"[grey]saw:[/] {Markup.Escape(string.Join(", ", trace.Values))}");
                }

                break;

            default:
                var suppressed = set.AddNode($"[yellow]–[/] {rule} suppressed{section} [grey]({place})[/]");
                suppressed.AddNode($"[grey]reason:[/] {Markup.Escape(trace.Reason ?? "(none given)")}");
                break;
        }
    }
}
