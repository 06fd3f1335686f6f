using System.Globalization;
using System.Net;
using System.Text;

namespace Compensation.Cli.Commands;

/// <summary>A self-contained HTML report of a simulation, with inline SVG bar charts (no script, no external files).</summary>
internal static class SimulationHtml
{
    public static string Render(SimulationResult result)
    {
        var r = result.Report;
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>Simulation: {E(r.Manual.Name)}</title>
            <style>
            body {"{"} font-family: system-ui, sans-serif; margin: 2rem auto; max-width: 60rem; color: #222; {"}"}
            table {"{"} border-collapse: collapse; margin: 1rem 0; {"}"} td, th {"{"} padding: .25rem .75rem; border-bottom: 1px solid #ddd; text-align: left; {"}"}
            td.n {"{"} text-align: right; font-variant-numeric: tabular-nums; {"}"} .legend span {"{"} display: inline-block; width: .8rem; height: .8rem; margin: 0 .3rem 0 1rem; {"}"}
            </style></head><body>
            <h1>What would this manual cost?</h1>
            <p>{E(r.Manual.Name)} {E(r.Manual.Version)} (content hash {E(r.Manual.ContentHash[..12])})</p>
            <table>
            """);
        foreach (var (label, value) in SimulationText.Summary(result))
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><th>{E(label)}</th><td class=\"n\">{E(value)}</td></tr>\n");
        }

        html.Append("</table>\n");
        if (result.Baseline is not null)
        {
            html.Append("<p class=\"legend\"><span style=\"background:#9aa5b1\"></span>baseline<span style=\"background:#2f6fde\"></span>this manual</p>\n");
        }

        foreach (var (section, groups, baseline) in SimulationText.Sections(result))
        {
            var byCount = section is "cost band" or "approval";
            html.Append(CultureInfo.InvariantCulture, $"<h2>{E(SimulationText.Title(section))}</h2>\n");
            html.Append(Chart(groups.Select(g => g.Name).ToList(), groups.Select(g => byCount ? g.Count : g.Cost).ToList(), baseline?.Select(g => byCount ? g.Count : g.Cost).ToList(), byCount ? "incidents" : r.Currency));
        }

        html.Append("<h2>Rules that fired most</h2>\n<table><tr><th>Rule</th><th>Rule set</th><th>Fired</th></tr>\n");
        foreach (var rule in r.Rules.Where(x => x.Count > 0).Take(15))
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{E(rule.Rule)}</td><td>{E(rule.RuleSet)}</td><td class=\"n\">{rule.Count}</td></tr>\n");
        }

        var never = r.Rules.Where(x => x.Count == 0).Select(x => x.Rule).ToList();
        html.Append(CultureInfo.InvariantCulture, $"</table>\n<h2>Rules that never fired ({never.Count})</h2>\n<p>{E(never.Count == 0 ? "(none)" : string.Join(", ", never))}</p>\n");
        if (result.ChangedExamples.Count > 0)
        {
            html.Append("<h2>Incidents whose remedy changed (examples)</h2>\n<table><tr><th>Row</th><th>Incident</th><th>Baseline</th><th>Now</th><th>Baseline remedies</th><th>Remedies now</th></tr>\n");
            foreach (var e in result.ChangedExamples)
            {
                html.Append(CultureInfo.InvariantCulture, $"<tr><td class=\"n\">{e.Row}</td><td>{E(e.IncidentId ?? string.Empty)}</td><td class=\"n\">{SimulationText.Money(e.BaselineCost)}</td><td class=\"n\">{SimulationText.Money(e.Cost)}</td><td>{E(e.BaselineRemedies)}</td><td>{E(e.Remedies)}</td></tr>\n");
            }

            html.Append("</table>\n");
        }

        if (r.Errors.Count > 0)
        {
            html.Append(CultureInfo.InvariantCulture, $"<h2>Rejected rows ({r.Rejected})</h2>\n<table><tr><th>Row</th><th>Column</th><th>Value</th><th>Error</th></tr>\n");
            foreach (var e in r.Errors)
            {
                html.Append(CultureInfo.InvariantCulture, $"<tr><td class=\"n\">{e.Row}</td><td>{E(e.Column)}</td><td>{E(e.Value)}</td><td>{E(e.Message)}</td></tr>\n");
            }

            html.Append("</table>\n");
        }

        return html.Append("</body></html>\n").ToString();
    }

    /// <summary>A horizontal bar chart; with a baseline, each line has a grey baseline bar above the manual's bar.</summary>
    private static string Chart(List<string> labels, List<decimal> values, List<decimal>? baseline, string unit)
    {
        const int LabelWidth = 180, BarWidth = 480, Row = 26;
        var max = Math.Max(1m, values.Concat(baseline ?? []).DefaultIfEmpty(0m).Max());
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{LabelWidth + BarWidth + 120}\" height=\"{(labels.Count * Row) + 8}\" role=\"img\">\n");
        for (var i = 0; i < labels.Count; i++)
        {
            var y = (i * Row) + 4;
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth - 8}\" y=\"{y + 16}\" text-anchor=\"end\" font-size=\"12\">{E(labels[i])}</text>\n");
            if (baseline is not null)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{LabelWidth}\" y=\"{y + 2}\" width=\"{Width(baseline[i], max, BarWidth)}\" height=\"9\" fill=\"#9aa5b1\"><title>baseline: {Value(baseline[i], unit)}</title></rect>\n");
            }

            var (top, height) = baseline is null ? (y + 3, 16) : (y + 12, 9);
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{LabelWidth}\" y=\"{top}\" width=\"{Width(values[i], max, BarWidth)}\" height=\"{height}\" fill=\"#2f6fde\"><title>{Value(values[i], unit)}</title></rect>\n");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth + Width(values[i], max, BarWidth) + 6}\" y=\"{y + 16}\" font-size=\"12\">{E(Value(values[i], unit))}</text>\n");
        }

        return svg.Append("</svg>\n").ToString();
    }

    private static string Width(decimal value, decimal max, int width) => Math.Round(value / max * width, 1).ToString(CultureInfo.InvariantCulture);

    private static string Value(decimal value, string unit) => unit == "incidents" ? string.Create(CultureInfo.InvariantCulture, $"{value:0} {unit}") : $"{SimulationText.Money(value)} {unit}";

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
