using System.Globalization;
using NodaTime;
using NodaTime.Text;
using NodaTime.TimeZones;

namespace Compensation.Facts;

/// <summary>
/// The manual's time zone (<c>time-zone:</c>, an IANA id such as <c>Europe/Madrid</c>; UTC when the manual
/// says none). Every date written without an offset, and every calendar computation (weekdays, hours of
/// the day, working days), is read in this zone — never the host's — using NodaTime's bundled TZDB, so
/// the same incident gives the same decision on any machine.
/// </summary>
/// <remarks>
/// Readers of incidents (JSON, CSV, scenarios, the command line) map an offset-less local date-time to an
/// instant with <see cref="TryResolve(LocalDateTime, out Instant, out string?)"/> or
/// <see cref="TryParse(string, out DateTimeOffset, out string?)"/>: a local time that the zone skips
/// (spring forward) or repeats (fall back) is refused with a message saying so, never guessed.
/// </remarks>
internal sealed class ManualTimeZone
{
    private static readonly LocalDateTimePattern[] LocalPatterns =
    [
        LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd'T'HH:mm:ss.FFFFFFFFF"),
        LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd'T'HH:mm"),
        LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd HH:mm:ss.FFFFFFFFF"),
        LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd HH:mm"),
    ];

    private static readonly OffsetDateTimePattern[] OffsetPatterns =
    [
        OffsetDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd'T'HH:mm:ss.FFFFFFFFFo<G>"),
        OffsetDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd'T'HH:mmo<G>"),
        OffsetDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd HH:mm:ss.FFFFFFFFFo<G>"),
    ];

    private static readonly LocalDatePattern DatePattern = LocalDatePattern.Iso;

    private ManualTimeZone(string id, DateTimeZone zone)
    {
        Id = id;
        Zone = zone;
    }

    /// <summary>UTC: the zone of a manual without <c>time-zone:</c>.</summary>
    public static ManualTimeZone Utc { get; } = new("UTC", DateTimeZone.Utc);

    /// <summary>The IANA id as the manual wrote it (<c>Europe/Madrid</c>), or <c>UTC</c>.</summary>
    public string Id { get; }

    /// <summary>The zone, from NodaTime's bundled TZDB (independent of the host's time-zone data).</summary>
    public DateTimeZone Zone { get; }

    /// <summary>The TZDB version the zone rules come from (for explanations and support).</summary>
    public static string TzdbVersion => TzdbDateTimeZoneSource.Default.TzdbVersion;

    /// <summary>The zone for an IANA id; null when the bundled TZDB does not know it.</summary>
    public static ManualTimeZone? Find(string id)
        => id == "UTC" ? Utc : DateTimeZoneProviders.Tzdb.GetZoneOrNull(id) is { } zone ? new ManualTimeZone(id, zone) : null;

    /// <summary>Close IANA ids for a hint (same city or region spelled differently).</summary>
    public static IEnumerable<string> Ids => DateTimeZoneProviders.Tzdb.Ids;

    /// <summary>
    /// Maps a local date-time in this zone to an instant. False, with a message for a person, when the
    /// zone skips that local time (clocks go forward) or when it happens twice (clocks go back).
    /// </summary>
    public bool TryResolve(LocalDateTime local, out Instant instant, out string? error)
    {
        var mapping = Zone.MapLocal(local);
        switch (mapping.Count)
        {
            case 1:
                instant = mapping.Single().ToInstant();
                error = null;
                return true;
            case 0:
                instant = default;
                error = $"{Text(local)} does not exist in {Id}: the clocks go forward at that time; write the date with its offset (e.g. {Text(local)}{Offset(mapping.EarlyInterval.WallOffset)})";
                return false;
            default:
                instant = default;
                error = $"{Text(local)} happens twice in {Id} (the clocks go back); write the date with its offset: {Text(local)}{Offset(mapping.First().Offset)} or {Text(local)}{Offset(mapping.Last().Offset)}";
                return false;
        }
    }

    /// <summary>As <see cref="TryResolve(LocalDateTime, out Instant, out string?)"/>, for a <see cref="DateTime"/> whose kind is ignored (read as a wall-clock time in this zone).</summary>
    public bool TryResolve(DateTime local, out DateTimeOffset value, out string? error)
    {
        var ok = TryResolve(LocalDateTime.FromDateTime(local), out var instant, out error);
        value = ok ? ToDateTimeOffset(instant) : default;
        return ok;
    }

    /// <summary>The start of a calendar day in this zone (a day whose midnight is skipped starts at the first instant that exists).</summary>
    public Instant StartOfDay(LocalDate date) => Zone.AtStartOfDay(date).ToInstant();

    /// <summary>
    /// Reads an ISO 8601 date or date-time: with an offset (<c>2026-11-10T18:00:00+01:00</c>, <c>…Z</c>) as
    /// written; without one (<c>2026-11-10T18:00</c>) as a wall-clock time in this zone; a date alone
    /// (<c>2026-11-10</c>) as the start of that day in this zone.
    /// </summary>
    public bool TryParse(string text, out DateTimeOffset value, out string? error)
    {
        value = default;
        error = null;
        var trimmed = text.Trim();
        foreach (var pattern in OffsetPatterns)
        {
            if (pattern.Parse(trimmed) is { Success: true } withOffset)
            {
                value = withOffset.Value.ToDateTimeOffset();
                return true;
            }
        }

        foreach (var pattern in LocalPatterns)
        {
            if (pattern.Parse(trimmed) is { Success: true } local)
            {
                return TryResolve(local.Value, out var instant, out error) && Assign(instant, out value);
            }
        }

        if (DatePattern.Parse(trimmed) is { Success: true } date)
        {
            value = ToDateTimeOffset(StartOfDay(date.Value));
            return true;
        }

        error = $"'{text}' is not a date; write it as 2026-11-10, 2026-11-10T18:00 (read in {Id}) or 2026-11-10T18:00:00+01:00";
        return false;
    }

    /// <summary>An instant as a <see cref="DateTimeOffset"/> carrying this zone's offset at that instant.</summary>
    public DateTimeOffset ToDateTimeOffset(Instant instant) => instant.InZone(Zone).ToDateTimeOffset();

    /// <summary>The wall-clock date-time of an instant in this zone.</summary>
    public LocalDateTime Local(Instant instant) => instant.InZone(Zone).LocalDateTime;

    /// <summary>The wall-clock date-time of a <see cref="DateTimeOffset"/> in this zone.</summary>
    public LocalDateTime Local(DateTimeOffset value) => Local(Instant.FromDateTimeOffset(value));

    private bool Assign(Instant instant, out DateTimeOffset value)
    {
        value = ToDateTimeOffset(instant);
        return true;
    }

    private static string Text(LocalDateTime local) => local.ToString("uuuu-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);

    private static string Offset(Offset offset) => offset.ToString("m", CultureInfo.InvariantCulture) is var o && o == "Z" ? "+00:00" : offset.ToString("+HH:mm", CultureInfo.InvariantCulture);
}
