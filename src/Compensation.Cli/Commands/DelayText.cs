using System.Globalization;

namespace Compensation.Cli.Commands;

/// <summary>Reads delays written as on the command line: <c>36h</c>, <c>5d</c>, <c>1d12h</c>.</summary>
internal static class DelayText
{
    /// <summary>Parses a delay; false when the text is not days and/or hours.</summary>
    public static bool TryParse(string text, out TimeSpan delay)
    {
        delay = TimeSpan.Zero;
        var rest = text.Trim().AsSpan();
        var days = 0L;
        var hours = 0L;
        var any = false;
        foreach (var unit in "dh")
        {
            var end = rest.IndexOf(unit);
            if (end < 0)
            {
                continue;
            }

            if (end == 0 || !long.TryParse(rest[..end], NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value > 100_000)
            {
                return false;
            }

            (days, hours) = unit == 'd' ? (value, hours) : (days, value);
            rest = rest[(end + 1)..];
            any = true;
        }

        if (!any || !rest.IsEmpty)
        {
            return false;
        }

        delay = TimeSpan.FromDays(days) + TimeSpan.FromHours(hours);
        return true;
    }

    /// <summary>Writes a span the way a manual writes it: <c>24h</c>, <c>3d</c>, <c>1d12h</c>.</summary>
    public static string Format(TimeSpan span) => Decisions.RemedyDescriptor.ManualDuration(span);
}
