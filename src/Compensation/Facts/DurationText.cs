using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Compensation.Facts;

/// <summary>
/// Durations as policy authors write them everywhere (rule files, scenarios, incident facts, the command line):
/// <c>45m</c>, <c>36h</c>, <c>1h30m</c>, <c>2d 6h</c>, <c>2w</c> — weeks, days, hours and minutes, each at most
/// once and in that order, spaces allowed between them. A day here is 24 hours.
/// </summary>
internal static partial class DurationText
{
    /// <summary>The longest duration accepted: 100 years.</summary>
    public static readonly TimeSpan Max = TimeSpan.FromDays(36_525);

    /// <summary>Parses a duration; false when the text is not one (or is beyond 100 years).</summary>
    public static bool TryParse(string? text, out TimeSpan duration)
    {
        duration = TimeSpan.Zero;
        var match = text is null ? Match.Empty : Pattern().Match(text);
        if (!match.Success || !(match.Groups[1].Success || match.Groups[2].Success || match.Groups[3].Success || match.Groups[4].Success))
        {
            return false;
        }

        long Part(int group) => match.Groups[group].Success ? long.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture) : 0;
        var minutes = (((Part(1) * 7) + Part(2)) * 24 * 60) + (Part(3) * 60) + Part(4);
        if (minutes > Max.TotalMinutes)
        {
            return false;
        }

        duration = TimeSpan.FromMinutes(minutes);
        return true;
    }

    /// <summary>The hint every "not a duration" error gives.</summary>
    public const string Hint = "write minutes, hours, days or weeks, e.g. 45m, 1h30m, 36h, 2d 6h or 2w";

    /// <summary>Writes a number of minutes the way a manual writes it: <c>45m</c>, <c>1h30m</c>, <c>2d 6h</c>, <c>0m</c>.</summary>
    public static string Format(long minutes)
    {
        if (minutes == 0)
        {
            return "0m";
        }

        var text = new StringBuilder();
        var sign = minutes < 0 ? "-" : string.Empty;
        minutes = Math.Abs(minutes);
        var (days, hours, mins) = (minutes / 1440, minutes / 60 % 24, minutes % 60);
        if (days > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"{days}d");
        }

        if (hours > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"{(text.Length > 0 ? " " : string.Empty)}{hours}h");
        }

        if (mins > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"{(text.Length > 0 && hours == 0 ? " " : string.Empty)}{mins}m");
        }

        return sign + text;
    }

    /// <summary>Writes a <see cref="TimeSpan"/> (whole minutes) the way a manual writes it.</summary>
    public static string Format(TimeSpan span) => Format((long)span.TotalMinutes);

    [GeneratedRegex(@"^\s*(?:(\d{1,5})\s*w)?\s*(?:(\d{1,6})\s*d)?\s*(?:(\d{1,7})\s*h)?\s*(?:(\d{1,9})\s*m(?:in)?)?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
