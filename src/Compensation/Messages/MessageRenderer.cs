using System.Text.Encodings.Web;
using System.Text.Unicode;
using Compensation.Compilation;
using Compensation.Facts;
using Fluid;

namespace Compensation.Messages;

/// <summary>Picks the template for an incident and renders it; values are HTML-encoded, so customer text cannot inject markup.</summary>
internal static class MessageRenderer
{
    /// <summary>Encodes &lt; &gt; &amp; and quotes but leaves accented letters as they are.</summary>
    public static readonly TextEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static readonly TemplateOptions Options = TemplateLimits.Apply(MessageFilters.Register(new() { MaxSteps = 100_000, MaxRecursion = 20 }));

    /// <summary>
    /// The customer's locale (es-MX), then its language (es), then the manual's locale and language, then any;
    /// within a locale, the template for the failure kind before the generic one.
    /// </summary>
    public static CompiledMessage? Select(IReadOnlyList<CompiledMessage> messages, string? customerLocale, string manualLocale, string failure)
    {
        if (messages.Count == 0)
        {
            return null;
        }

        // The customer's locale, then its language, then the manual's locale and language (no allocation: spans).
        var match = FindWithLanguage(messages, customerLocale, failure) ?? FindWithLanguage(messages, manualLocale, failure);
        if (match is not null)
        {
            return match;
        }

        return messages.FirstOrDefault(m => m.Failure == failure) ?? messages.FirstOrDefault(m => m.Failure is null);
    }

    public static Func<string?>? Prepare(CompiledManual manual, Incident incident, Customer customer, IReadOnlyList<Remedy> remedies, decimal total, ApprovalLevel approval, FactFrame frame, DateTimeOffset now)
    {
        var message = Select(manual.Messages, customer.Locale, manual.Locale, incident.Failure);
        if (message is null)
        {
            return null;
        }

        // The decision's frame is reused by the thread's next decision: the message reads a copy of the facts
        // (only when its template reads them) and the delay, taken now.
        var facts = message.ReadsFacts ? frame.Clone() : null;
        var delay = (frame.Ints[manual.Schema.DelayDays.Slot], frame.Ints[manual.Schema.DelayHours.Slot], frame.Ints[manual.Schema.DelayMinutes.Slot]);
        var rounding = frame.Rounding; // the decision's currency, taken now
        return () =>
        {
            var format = LocaleFormat.For(FormatLocale(message, customer.Locale), rounding.Currency, rounding.Decimals);
            return Render(message.Template, MessageModel.Build(manual, incident, customer, remedies, total, approval, facts, delay, now, format), format);
        };
    }

    /// <summary>Renders a template; null when rendering fails (a template that loaded renders, unless it runs past its step limit).</summary>
    public static string? Render(IFluidTemplate template, Dictionary<string, object?> model, LocaleFormat format, TemplateOptions? options = null)
    {
        var context = new TemplateContext(options ?? Options) { CultureInfo = format.Culture };
        foreach (var (name, value) in model)
        {
            context.SetValue(name, value);
        }

        try
        {
            return TemplateLimits.Render(template, context, Encoder).Trim();
        }
        catch (InvalidOperationException) when (options is null)
        {
            return null;
        }
    }

    /// <summary>The customer's own locale (en-GB) when the template is in its language (en), else the template's locale.</summary>
    private static string FormatLocale(CompiledMessage message, string? customerLocale)
        => customerLocale is not null
            && customerLocale.StartsWith(message.Language, StringComparison.OrdinalIgnoreCase)
            && (customerLocale.Length == message.Language.Length || customerLocale[message.Language.Length] == '-')
            && LocaleFormat.IsKnown(customerLocale)
            ? customerLocale
            : message.Locale;

    private static CompiledMessage? FindWithLanguage(IReadOnlyList<CompiledMessage> messages, string? locale, string failure)
    {
        if (string.IsNullOrEmpty(locale))
        {
            return null;
        }

        var dash = locale.IndexOf('-', StringComparison.Ordinal);
        return Find(messages, locale, failure) ?? (dash > 0 ? Find(messages, locale.AsSpan(0, dash), failure) : null);
    }

    private static CompiledMessage? Find(IReadOnlyList<CompiledMessage> messages, ReadOnlySpan<char> locale, string failure)
    {
        CompiledMessage? generic = null;
        for (var i = 0; i < messages.Count; i++)
        {
            var message = messages[i];
            if (!locale.Equals(message.Locale, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (message.Failure == failure)
            {
                return message;
            }

            generic ??= message.Failure is null ? message : null;
        }

        return generic;
    }
}
