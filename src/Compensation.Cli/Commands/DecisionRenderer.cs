using System.Globalization;
using Spectre.Console;

namespace Compensation.Cli.Commands;

/// <summary>Writes a decision for people: a table of remedies, the total, the approval role, adjustments, the manual stamp.</summary>
internal static class DecisionRenderer
{
    /// <summary>How many characters of the manual's content hash are shown.</summary>
    public const int HashLength = 12;

    /// <summary>Writes the decision to the console.</summary>
    public static void Write(IAnsiConsole console, Decision decision)
    {
        var currency = decision.Currency;
        var title = decision.IncidentId is { } id ? $"Decision for incident {Markup.Escape(id)}" : "Decision";
        console.MarkupLine($"[bold]{title}[/]");

        if (decision.HasRemedy)
        {
            var table = new Table().Border(TableBorder.Rounded);
            table.AddColumn(new TableColumn("Remedy"));
            table.AddColumn(new TableColumn("Detail"));
            table.AddColumn(new TableColumn("Cost").RightAligned());
            table.AddColumn(new TableColumn("Rule"));
            table.AddColumn(new TableColumn("Section"));
            foreach (var remedy in decision.Remedies)
            {
                table.AddRow(
                    new Text(RemedyText.Kind(remedy)),
                    new Text(RemedyText.Detail(remedy, currency)),
                    new Text(RemedyText.Cost(remedy, currency)),
                    new Text(remedy.Rule),
                    new Text(remedy.Section ?? string.Empty));
            }

            console.Write(table);
        }
        else
        {
            console.MarkupLine("[yellow]No remedy:[/] no rule of the manual grants anything for this incident.");
        }

        console.MarkupLine($"Total:    [bold]{Markup.Escape(RemedyText.Money(decision.TotalCost, currency))}[/]");
        console.MarkupLine($"Approval: [bold]{Markup.Escape(Approval(decision.Approval, currency))}[/]");
        WriteAdjustments(console, decision);
        WriteMessage(console, decision);
        var stamp = decision.Manual;
        var hash = stamp.ContentHash.Length > HashLength ? stamp.ContentHash[..HashLength] : stamp.ContentHash;
        console.MarkupLine($"Manual:   {Markup.Escape(stamp.Name)} [grey]version[/] {Markup.Escape(stamp.Version)} [grey]hash[/] {Markup.Escape(hash)}");
    }

    /// <summary>Describes an approval role: <c>supervisor (grants up to 150.00 EUR at once)</c>.</summary>
    public static string Approval(ApprovalLevel approval, string currency) => !approval.IsRequired
        ? "none needed (the manual declares no empowerment levels)"
        : approval.UpTo is { } upTo
        ? $"{approval.Role} (grants up to {RemedyText.Money(upTo, currency)} at once)"
        : $"{approval.Role} (no limit)";

    /// <summary>Describes an adjustment: <c>reduced: store-credit from saldo-retraso-oro — limit 'total' …</c>.</summary>
    public static string Adjustment(RemedyAdjustment adjustment)
    {
        var what = adjustment.Kind switch
        {
            AdjustmentKind.Reduced => "reduced",
            AdjustmentKind.DroppedByLimit => "dropped by a limit",
            _ => "dropped by its group",
        };
        return $"{what}: {RemedyText.Kind(adjustment.Remedy)} from {adjustment.Remedy.Rule} — {adjustment.Reason}";
    }

    private static void WriteAdjustments(IAnsiConsole console, Decision decision)
    {
        foreach (var adjustment in decision.Adjustments)
        {
            console.MarkupLine($"Adjusted: [yellow]{Markup.Escape(Adjustment(adjustment))}[/]");
        }
    }

    private static void WriteMessage(IAnsiConsole console, Decision decision)
    {
        if (decision.Message is { } message)
        {
            console.Write(new Panel(new Text(message)).Header("Message to the customer"));
        }

        foreach (var followUp in decision.FollowUps)
        {
            var due = followUp.Due.ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture);
            var description = followUp.Description is null ? string.Empty : " — " + followUp.Description;
            console.MarkupLine($"Follow-up: [bold]{Markup.Escape(followUp.Name)}[/] due {due}{Markup.Escape(description)}");
        }
    }
}
