using System.Globalization;
using System.Text.RegularExpressions;

namespace Compensation.Cli.Commands;

/// <summary>Reads delays written as in a manual: <c>45m</c>, <c>36h</c>, <c>1h30m</c>, <c>5d</c>, <c>2d 6h</c>, <c>1w</c>.</summary>
internal static partial class DelayText
{
    /// <summary>Parses a delay; false when the text is not weeks, days, hours and/or minutes (in that order), or beyond 100 years.</summary>
    public static bool TryParse(string text, out TimeSpan delay)
    {
        delay = TimeSpan.Zero;
        var match = Pattern().Match(text);
        if (!match.Success || !(match.Groups[1].Success || match.Groups[2].Success || match.Groups[3].Success || match.Groups[4].Success))
        {
            return false;
        }

        long Part(int group) => match.Groups[group].Success ? long.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture) : 0;
        var minutes = (((Part(1) * 7) + Part(2)) * 24 * 60) + (Part(3) * 60) + Part(4);
        if (minutes > 36_525L * 24 * 60)
        {
            return false;
        }

        delay = TimeSpan.FromMinutes(minutes);
        return true;
    }

    /// <summary>Writes a span the way a manual writes it: <c>45m</c>, <c>24h</c>, <c>3d</c>, <c>1d 12h</c>, <c>1h30m</c>.</summary>
    public static string Format(TimeSpan span) => Decisions.RemedyDescriptor.ManualDuration(span);

    [GeneratedRegex(@"^\s*(?:(\d{1,5})\s*w)?\s*(?:(\d{1,6})\s*d)?\s*(?:(\d{1,7})\s*h)?\s*(?:(\d{1,9})\s*m(?:in)?)?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
