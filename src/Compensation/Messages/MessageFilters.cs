using System.Globalization;
using Fluid;
using Fluid.Values;

namespace Compensation.Messages;

/// <summary>
/// Liquid filters for customer messages in the message's language: <c>{{ n | plural: "día", "días" }}</c> → "1 día",
/// "3 días"; <c>{{ minutes | duration }}</c> → "2 días y 6 horas" (Spanish) or "2 days 6 hours" (English).
/// </summary>
internal static class MessageFilters
{
    /// <summary>Adds the filters to <paramref name="options"/> (before <see cref="TemplateLimits.Apply"/>, so they are bounded like the others).</summary>
    public static TemplateOptions Register(TemplateOptions options)
    {
        options.Filters.AddFilter("plural", Plural);
        options.Filters.AddFilter("duration", Duration);
        return options;
    }

    /// <summary>The number and the singular word for exactly 1, the plural otherwise (0 días, 1,5 días); without a plural, the singular + "s".</summary>
    private static ValueTask<FluidValue> Plural(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        var count = input.ToNumberValue();
        var one = arguments.At(0).ToStringValue();
        var many = arguments.Count > 1 ? arguments.At(1).ToStringValue() : one + "s";
        return new ValueTask<FluidValue>(new StringValue($"{count.ToString("0.##", context.CultureInfo)} {(count == 1 ? one : many)}"));
    }

    /// <summary>A number of minutes in words: whole days, hours and minutes that are not zero; "0 minutos" / "0 minutes" for none.</summary>
    private static ValueTask<FluidValue> Duration(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        var minutes = (long)Math.Round(Math.Abs(input.ToNumberValue()), MidpointRounding.AwayFromZero);
        var spanish = context.CultureInfo.TwoLetterISOLanguageName == "es";
        var units = spanish
            ? new[] { ("día", "días", 1440L), ("hora", "horas", 60L), ("minuto", "minutos", 1L) }
            : new[] { ("day", "days", 1440L), ("hour", "hours", 60L), ("minute", "minutes", 1L) };
        var parts = new List<string>(3);
        foreach (var (one, many, size) in units)
        {
            var n = minutes / size;
            minutes %= size;
            if (n > 0)
            {
                parts.Add($"{n.ToString(CultureInfo.InvariantCulture)} {(n == 1 ? one : many)}");
            }
        }

        var text = parts.Count switch
        {
            0 => spanish ? "0 minutos" : "0 minutes",
            1 => parts[0],
            _ when spanish => string.Join(", ", parts.Take(parts.Count - 1)) + " y " + parts[^1],
            _ => string.Join(" ", parts),
        };
        return new ValueTask<FluidValue>(new StringValue(text));
    }
}
