using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace Compensation.Cli.Commands;

/// <summary>
/// The options that describe an incident and its customer: a JSON file (<c>--incident file.json</c>, or
/// <c>-</c> for standard input), or inline values (<c>--failure retraso --delay 5d --tier oro --order 120</c>).
/// </summary>
internal sealed class IncidentOptions
{
    /// <summary>Numbers as written on a command line: an optional sign and a decimal point; no thousands separators ("12,5" is rejected, not read as 125).</summary>
    private const NumberStyles Plain = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint;

    /// <summary>Creates the options.</summary>
    public IncidentOptions()
    {
        Delay.CustomParser = ParseDelay;
        Order.CustomParser = ParseMoney;
        Recent.CustomParser = ParseMoney;
        Fact.Validators.Add(ValidateFacts);
    }

    /// <summary>The incident file.</summary>
    public Option<string> File { get; } = new("--incident", "-i")
    {
        Description = "A JSON file { \"incident\": {...}, \"customer\": {...} }, or - to read it from standard input.",
        HelpName = "file.json|-",
    };

    /// <summary>The failure kind.</summary>
    public Option<string> Failure { get; } = new("--failure") { Description = "The failure kind (catalog.failures), e.g. retraso.", HelpName = "kind" };

    /// <summary>The cause.</summary>
    public Option<string> Cause { get; } = new("--cause") { Description = "The cause (catalog.causes), e.g. transportista.", HelpName = "cause" };

    /// <summary>The delay.</summary>
    public Option<TimeSpan?> Delay { get; } = new("--delay")
    {
        Description = "How late (or, with 0m, on time) the delivery was: 45m, 1h30m, 36h, 5d, 2d 6h (promised at a fixed reference date, delivered that much later).",
        HelpName = "span",
    };

    /// <summary>The customer's tier.</summary>
    public Option<string> Tier { get; } = new("--tier") { Description = "The customer's tier (catalog.tiers), e.g. oro.", HelpName = "tier" };

    /// <summary>The order value.</summary>
    public Option<decimal?> Order { get; } = new("--order") { Description = "The order value in the manual's currency, e.g. 120 or 59.90.", HelpName = "amount" };

    /// <summary>The customer's earlier incidents.</summary>
    public Option<int?> Prior { get; } = new("--prior") { Description = "The customer's earlier incidents (customer.prior_incidents).", HelpName = "count" };

    /// <summary>The customer's tenure.</summary>
    public Option<int?> Tenure { get; } = new("--tenure") { Description = "Months since the customer's first purchase (customer.tenure_months).", HelpName = "months" };

    /// <summary>Compensation the customer received recently.</summary>
    public Option<decimal?> Recent { get; } = new("--recent") { Description = "Compensation already granted recently (customer.recent_compensation).", HelpName = "amount" };

    /// <summary>Extra facts.</summary>
    public Option<string[]> Fact { get; } = new("--fact")
    {
        Description = "A value for one of the manual's extra facts, name=value; repeat for more (--fact fecha_senalada=true).",
        HelpName = "name=value",
    };

    /// <summary>The incident's id.</summary>
    public Option<string> Id { get; } = new("--id") { Description = "An id to carry into the decision.", HelpName = "id" };

    private Option[] Inline => [Failure, Cause, Delay, Tier, Order, Prior, Tenure, Recent, Fact, Id];

    /// <summary>Adds the options to a command, with the check that a file and inline values are not mixed.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(File);
        foreach (var option in Inline)
        {
            command.Options.Add(option);
        }

        command.Validators.Add(Validate);
    }

    /// <summary>
    /// Reads the incident and customer. Returns null after writing the problem to standard error, with
    /// <paramref name="exitCode"/> telling whether it was a usage error or unreadable input.
    /// </summary>
    public IncidentInput? Read(ParseResult parseResult, CompensationManual manual, ErrorReport report, out int exitCode)
    {
        exitCode = CommandLine.Success;
        var file = parseResult.GetValue(File);
        if (file is null)
        {
            return FromOptions(parseResult, manual);
        }

        return IncidentInput.Read(file, manual, report, out exitCode);
    }

    private IncidentInput FromOptions(ParseResult parseResult, CompensationManual manual)
    {
        DateTimeOffset? promised = null;
        DateTimeOffset? delivered = null;
        if (parseResult.GetValue(Delay) is { } delay)
        {
            // A fixed reference keeps decisions reproducible: noon UTC on the day the manual takes effect.
            promised = new DateTimeOffset(manual.Stamp.Effective.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);
            delivered = promised + delay;
        }

        var facts = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var pair in parseResult.GetValue(Fact) ?? [])
        {
            var split = pair.IndexOf('=', StringComparison.Ordinal);
            var name = pair[..split].Trim();
            facts[name] = FactValue(manual, name, pair[(split + 1)..].Trim());
        }

        return new IncidentInput(
            new Incident
            {
                Id = parseResult.GetValue(Id),
                Failure = parseResult.GetValue(Failure) ?? string.Empty,
                Cause = parseResult.GetValue(Cause),
                PromisedAt = promised,
                DeliveredAt = delivered,
                OrderValue = parseResult.GetValue(Order),
                Facts = facts,
            },
            new Customer
            {
                Tier = parseResult.GetValue(Tier),
                PriorIncidents = parseResult.GetValue(Prior) ?? 0,
                TenureMonths = parseResult.GetValue(Tenure) ?? 0,
                RecentCompensation = parseResult.GetValue(Recent) ?? 0m,
            });
    }

    /// <summary>Types an inline fact by its declaration, so that the manual's own checks report a wrong value.</summary>
    private static object FactValue(CompensationManual manual, string name, string text)
    {
        var type = manual.Catalog.Facts.FirstOrDefault(f => f.Name == name)?.Type;
        if (type is "boolean" or null && bool.TryParse(text, out var flag))
        {
            return flag;
        }

        if (type is "integer" or "decimal" or null && decimal.TryParse(text, Plain, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        return text;
    }

    private void Validate(CommandResult result)
    {
        var given = Inline.Where(o => result.GetResult(o) is not null).Select(o => o.Name).ToList();
        if (result.GetResult(File) is not null)
        {
            if (given.Count > 0)
            {
                result.AddError($"--incident cannot be combined with {string.Join(", ", given)}: put those values in the incident file, or describe the incident only with options");
            }

            return;
        }

        // --tier is checked against the manual (a manual without tiers takes none): only the failure is always needed.
        var required = new[] { Failure }.Where(o => result.GetResult(o) is null).Select(o => o.Name).ToList();
        if (required.Count > 0)
        {
            result.AddError($"describe the incident with --incident <file.json|->, or with options (missing {string.Join(" and ", required)}), e.g. --failure retraso --delay 5d --tier oro --order 120");
        }
    }

    private static void ValidateFacts(OptionResult result)
    {
        foreach (var token in result.Tokens)
        {
            var split = token.Value.IndexOf('=', StringComparison.Ordinal);
            if (split <= 0 || token.Value[..split].Trim().Length == 0)
            {
                result.AddError($"--fact '{token.Value}' must be name=value, e.g. --fact fecha_senalada=true");
            }
        }
    }

    private static TimeSpan? ParseDelay(ArgumentResult result)
    {
        var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
        if (DelayText.TryParse(text, out var delay))
        {
            return delay;
        }

        result.AddError($"--delay '{text}' is not a delay; write minutes, hours, days or weeks: 45m, 1h30m, 36h, 5d, 2d 6h");
        return null;
    }

    private static decimal? ParseMoney(ArgumentResult result)
    {
        var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
        if (decimal.TryParse(text, Plain, CultureInfo.InvariantCulture, out var amount))
        {
            return amount;
        }

        var option = (result.Parent as OptionResult)?.Option.Name ?? "amount";
        result.AddError($"{option} '{text}' is not an amount; write it with a point: 59.90");
        return null;
    }
}
