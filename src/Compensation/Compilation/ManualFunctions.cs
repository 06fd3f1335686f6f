using NodaTime;

namespace Compensation.Compilation;

/// <summary>
/// The functions of the manual language that are not in <see cref="Math"/>, as Dynamic LINQ sees them while parsing
/// (<c>round</c>, <c>floor</c>, <c>ceil</c>, the date and calendar functions). The arithmetic ones run as written;
/// the date and calendar ones are placeholders that <see cref="SandboxRewriter"/> replaces with the same function of
/// the manual's <see cref="ManualCalendar"/> (its time zone and working calendar), so they never read the host's zone.
/// </summary>
internal static class ManualFunctions
{
    /// <summary>The most digits <c>round</c>, <c>floor</c> and <c>ceil</c> take.</summary>
    public const int MaxDigits = 10;

    /// <summary>Rounds half away from zero, like amounts (2.5 → 3, -2.5 → -3).</summary>
    public static decimal Round(decimal value) => Math.Round(value, 0, MidpointRounding.AwayFromZero);

    /// <summary>Rounds half away from zero to <paramref name="digits"/> decimals.</summary>
    public static decimal Round(decimal value, int digits) => Math.Round(value, digits, MidpointRounding.AwayFromZero);

    /// <summary>The largest whole number not above the value (-1.5 → -2).</summary>
    public static decimal Floor(decimal value) => Math.Floor(value);

    /// <summary>Rounds down to <paramref name="digits"/> decimals.</summary>
    public static decimal Floor(decimal value, int digits) => Math.Round(value, digits, MidpointRounding.ToNegativeInfinity);

    /// <summary>The smallest whole number not below the value (1.2 → 2).</summary>
    public static decimal Ceil(decimal value) => Math.Ceiling(value);

    /// <summary>Rounds up to <paramref name="digits"/> decimals.</summary>
    public static decimal Ceil(decimal value, int digits) => Math.Round(value, digits, MidpointRounding.ToPositiveInfinity);

    /// <summary>Placeholder for <see cref="ManualCalendar.DaysBetween"/>.</summary>
    public static int DaysBetween(Instant from, Instant to) => throw Placeholder();

    /// <summary>Placeholder for <see cref="ManualCalendar.HoursBetween"/>.</summary>
    public static int HoursBetween(Instant from, Instant to) => throw Placeholder();

    /// <summary>Placeholder for <see cref="ManualCalendar.MinutesBetween"/>.</summary>
    public static int MinutesBetween(Instant from, Instant to) => throw Placeholder();

    /// <summary>Placeholder for <see cref="ManualCalendar.Weekday"/>.</summary>
    public static int Weekday(Instant value) => throw Placeholder();

    /// <summary>Placeholder for <see cref="ManualCalendar.HourOfDay"/>.</summary>
    public static int HourOfDay(Instant value) => throw Placeholder();

    /// <summary>Placeholder for a date written in the manual (<c>date("2026-12-24")</c>); replaced by the instant itself.</summary>
    public static Instant Date(string text) => throw Placeholder();

    /// <summary>Placeholder for <see cref="ManualCalendar.WorkingDaysBetween"/>.</summary>
    public static int WorkingDaysBetween(Instant from, Instant to) => throw Placeholder();

    /// <summary>Placeholder for <see cref="ManualCalendar.WorkingHoursBetween"/>.</summary>
    public static decimal WorkingHoursBetween(Instant from, Instant to) => throw Placeholder();

    /// <summary>Placeholder for <see cref="ManualCalendar.AddWorkingDays"/>.</summary>
    public static Instant AddWorkingDays(Instant from, int days) => throw Placeholder();

    private static InvalidOperationException Placeholder() => new("a manual function placeholder ran without being rewritten onto the manual's calendar");
}
