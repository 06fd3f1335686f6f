using System.Globalization;
using System.Text.RegularExpressions;
using Compensation.Compilation;
using Compensation.Diagnostics;
using Compensation.Documents;
using Compensation.Facts;
using Fluid;
using Fluid.Values;

namespace Compensation.Messages;

/// <summary>
/// Parses the manual's message templates at load (CMP023 at the template's file and line when one cannot be read),
/// then renders each once on a sample incident with strict variables and filters, so a misspelt
/// <c>{{ customer.nmae }}</c> is a load error and never a blank in a customer's message.
/// </summary>
internal sealed partial class MessageCompiler(DiagnosticBag diagnostics) : ITemplateCompiler
{
    private static readonly FluidParser Parser = TemplateLimits.CreateParser();


    private const string Variables = "the variables are customer.name/id/tier, incident.id/failure/cause/promised_date/delivered_date/new_date/delay_days/order_value, remedies (each with .text, .kind, .cost), remedies_text, has_remedy, total, approval, manual.name/version and facts.<name>";

    public List<CompiledMessage> Compile(IReadOnlyList<MessageDocument> documents, FactSchema schema)
    {
        var result = new List<CompiledMessage>();
        var seen = new HashSet<(string, string?)>();
        foreach (var document in documents)
        {
            var ok = true;
            var locale = document.Locale.Text;
            if (!LocaleFormat.IsKnown(locale))
            {
                diagnostics.Error(DiagnosticCodes.InvalidValue, document.Locale.Location, $"'{locale}' is not a locale", "write a language such as es or en, or a locale such as es-ES or en-GB");
                ok = false;
            }

            var failure = document.Failure?.Text;
            if (document.Failure is { } f && schema.Failure.IndexOf(f.Text) < 0)
            {
                diagnostics.Error(DiagnosticCodes.UnknownCatalogValue, f.Location, $"unknown failure kind '{f.Text}'", Suggestions.DidYouMean(f.Text, schema.Failure.Values));
                ok = false;
            }

            if (!seen.Add((locale.ToUpperInvariant(), failure)))
            {
                diagnostics.Error(DiagnosticCodes.DuplicateName, document.Locale.Location, $"a second message for locale '{locale}'{(failure is null ? " without a failure kind" : $" and failure '{failure}'")}", "keep one template per locale and failure kind");
                ok = false;
            }

            if (!Parser.TryParse(document.Template.Text, out var template, out var error))
            {
                diagnostics.Error(DiagnosticCodes.Template, Locate(document.Template, error), $"the message template cannot be read: {Clean(error)}", "check that every {{ has its }} and every {% if %} or {% for %} its {% endif %} or {% endfor %}");
                ok = false;
            }
            else if (TemplateLimits.Forbidden(template) is { } forbidden)
            {
                diagnostics.Error(DiagnosticCodes.Template, document.Template.Location, $"the message template uses {forbidden}, which messages do not allow", "write the text out; loops may go over remedies");
                ok = false;
            }

            if (ok)
            {
                var dash = locale.IndexOf('-', StringComparison.Ordinal);
                result.Add(new CompiledMessage
                {
                    Locale = locale,
                    Language = dash > 0 ? locale[..dash] : locale,
                    Failure = failure,
                    Template = template,
                    Source = document.Template.Text,
                    Location = document.Template.Location,
                });
            }
        }

        return result;
    }

    /// <summary>Renders every template once on a sample incident; an unknown variable or filter is a CMP023 error.</summary>
    public void Check(CompiledManual manual)
    {
        foreach (var message in manual.Messages)
        {
            var at = new DateTimeOffset(2000, 1, 10, 12, 0, 0, TimeSpan.Zero);
            var incident = new Incident
            {
                Id = "INC-0",
                Failure = message.Failure ?? manual.Schema.Failure.Values[0],
                Cause = manual.Schema.Cause.Values.FirstOrDefault(),
                PromisedAt = at,
                DeliveredAt = at.AddDays(3),
                OccurredAt = at,
                OrderValue = 100,
            };
            var customer = new Customer { Id = "C-0", Name = "Ana", Tier = manual.Schema.Tier.Values.FirstOrDefault(), Locale = message.Locale };
            var remedies = new Remedy[] { new DiscountRemedy { Rule = "r", RuleSet = "s", Cost = 10, Percent = 10, On = DiscountTarget.NextPurchase, ValidDays = 90 } };
            var format = LocaleFormat.For(message.Locale, manual.Rounding.Currency, manual.Rounding.Decimals);
            var model = MessageModel.Build(manual, incident, customer, remedies, 10, manual.Empowerment.Count > 0 ? manual.Empowerment[0] : ApprovalLevel.None, new FactFrame(manual.Schema), (0, 0, 0), at, format);
            var undefined = new List<string>();
            var strict = TemplateLimits.Apply(MessageFilters.Register(new TemplateOptions
            {
                MaxSteps = 100_000,
                MaxRecursion = 20,
                StrictFilters = true,
                Undefined = name =>
                {
                    undefined.Add(name);
                    return new ValueTask<FluidValue>(NilValue.Instance);
                },
            }));
            var what = $"the message template for '{message.Locale}'{(message.Failure is null ? string.Empty : $" and '{message.Failure}'")}";
            try
            {
                MessageRenderer.Render(message.Template, model, format, strict);
            }
            catch (Exception ex) when (ex is FluidException or InvalidOperationException or ArgumentException or FormatException or NotSupportedException)
            {
                diagnostics.Error(DiagnosticCodes.Template, message.Location, $"{what} fails: {ex.Message}", "check the filters' names and arguments");
            }

            foreach (var name in undefined.Concat(UnknownMembers(message.Source, model)).Distinct())
            {
                diagnostics.Error(DiagnosticCodes.Template, message.Location, $"{what} reads an unknown variable '{name}'", Variables);
            }
        }
    }

    /// <summary>Dotted names inside {{ }} and {% %} whose first part is a model object that lacks the member (Fluid renders those as blanks).</summary>
    private static IEnumerable<string> UnknownMembers(string source, Dictionary<string, object?> model)
    {
        foreach (Match block in Blocks().Matches(source))
        {
            var code = Quoted().Replace(block.Groups[1].Value + block.Groups[2].Value, string.Empty);
            foreach (Match path in DottedName().Matches(code))
            {
                if (model.TryGetValue(path.Groups[1].Value, out var value) && value is Dictionary<string, object?> members && !members.ContainsKey(path.Groups[2].Value))
                {
                    yield return path.Value;
                }
            }
        }
    }

    /// <summary>Maps Fluid's "(line:column)" inside the template to the rule file; block templates (|) start on the next line.</summary>
    private static SourceLocation Locate(Scalar template, string error)
    {
        var match = Position().Match(error);
        if (!match.Success)
        {
            return template.Location;
        }

        var line = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        var column = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
        var block = template.Text.Contains('\n', StringComparison.Ordinal) && !template.Quoted;
        return block
            ? template.Location with { Line = template.Location.Line + line, Column = template.Location.Column + column - 1 }
            : template.Location with { Line = template.Location.Line + line - 1, Column = line == 1 ? template.At(column - 1).Column : column };
    }

    private static string Clean(string error) => Position().Replace(error, string.Empty).Trim().TrimEnd('.', ',');

    [GeneratedRegex(@"\{\{(.*?)\}\}|\{%(.*?)%\}", RegexOptions.Singleline)]
    private static partial Regex Blocks();

    [GeneratedRegex(@"""[^""]*""|'[^']*'")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"(?<![\w.])([A-Za-z_]\w*)\.([A-Za-z_]\w*)")]
    private static partial Regex DottedName();

    [GeneratedRegex(@"at \((\d+):(\d+)\)")]
    private static partial Regex Position();
}
