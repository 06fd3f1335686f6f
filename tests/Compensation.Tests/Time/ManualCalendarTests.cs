using Compensation.Compilation;
using Compensation.Facts;
using NodaTime;

namespace Compensation.Tests.Time;

/// <summary>
/// The calendar functions at their edges: weekends, holidays on days off, the closing time of business hours,
/// midnight, the days the clocks change, and 29 February. Dates are checked against a printed calendar:
/// 25 December 2026 is a Friday, 26 December a Saturday; 27 March 2026 is a Friday and Madrid springs forward on
/// Sunday 29 March (02:00 → 03:00) and falls back on Sunday 25 October (03:00 → 02:00); 28 February 2028 is a Monday.
/// </summary>
public class ManualCalendarTests
{
    private static readonly ManualTimeZone Madrid = ManualTimeZone.Find("Europe/Madrid")!;

    private static ManualCalendar Weekdays(string? hours = null, params string[] holidays)
    {
        var (opens, closes) = hours is null ? ((LocalTime?)null, (LocalTime?)null) : Hours(hours);
        return new ManualCalendar(Madrid, opens: opens, closes: closes, holidays: holidays.Select(Day));
    }

    private static (LocalTime?, LocalTime?) Hours(string text)
    {
        var parts = text.Split('-');
        return (Time(parts[0]), parts[1] == "24:00" ? null : Time(parts[1]));
    }

    private static LocalTime Time(string text) => NodaTime.Text.LocalTimePattern.CreateWithInvariantCulture("HH:mm").Parse(text).Value;

    private static LocalDate Day(string text) => NodaTime.Text.LocalDatePattern.Iso.Parse(text).Value;

    /// <summary>A wall-clock time in Madrid ("2026-12-25T17:00").</summary>
    private static Instant At(string local)
    {
        var value = NodaTime.Text.LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd'T'HH:mm").Parse(local).Value;
        Assert.True(Madrid.TryResolve(value, out var instant, out var error), error);
        return instant;
    }

    [Theory]
    [InlineData("2026-12-24T10:00", "2026-12-25T10:00", 1)]   // Thursday → Friday
    [InlineData("2026-12-25T10:00", "2026-12-28T10:00", 1)]   // Friday → Monday: Saturday and Sunday are not worked
    [InlineData("2026-12-25T23:59", "2026-12-28T00:00", 1)]   // the same, a minute before and at midnight
    [InlineData("2026-12-26T10:00", "2026-12-27T10:00", 0)]   // Saturday → Sunday
    [InlineData("2026-12-25T10:00", "2027-01-01T10:00", 5)]   // a whole week
    [InlineData("2026-12-28T10:00", "2026-12-25T10:00", -1)]  // backwards: negative
    [InlineData("2026-12-25T10:00", "2026-12-25T23:00", 0)]   // the same day
    public void WorkingDaysBetween_AcrossAWeekend_CountsWeekdaysOnly(string from, string to, int expected)
    {
        Assert.Equal(expected, Weekdays().WorkingDaysBetween(At(from), At(to)));
    }

    [Fact]
    public void WorkingDaysBetween_HolidayOnASaturday_ChangesNothing()
    {
        // 26 December 2026 is a Saturday: listing it as a holiday removes no working day. Listing Monday 28 does.
        var from = At("2026-12-25T10:00");
        var to = At("2026-12-29T10:00");

        Assert.Equal(2, Weekdays().WorkingDaysBetween(from, to));
        Assert.Equal(2, Weekdays(null, "2026-12-26").WorkingDaysBetween(from, to));
        Assert.Equal(1, Weekdays(null, "2026-12-26", "2026-12-28").WorkingDaysBetween(from, to));
    }

    [Fact]
    public void AddWorkingDays_HolidayOnASaturday_SameAsWithoutIt()
    {
        // Friday + 1 working day is Monday at the same time, whether or not Saturday is (also) a holiday.
        Assert.Equal(At("2026-12-28T17:30"), Weekdays().AddWorkingDays(At("2026-12-25T17:30"), 1));
        Assert.Equal(At("2026-12-28T17:30"), Weekdays(null, "2026-12-26").AddWorkingDays(At("2026-12-25T17:30"), 1));
        Assert.Equal(At("2026-12-29T17:30"), Weekdays(null, "2026-12-28").AddWorkingDays(At("2026-12-25T17:30"), 1));
        Assert.Equal(At("2026-12-25T17:30"), Weekdays().AddWorkingDays(At("2026-12-28T17:30"), -1));
    }

    [Theory]
    [InlineData("2026-12-24T17:00", "2026-12-24T18:00", 1)]     // up to closing time exactly
    [InlineData("2026-12-24T17:00", "2026-12-24T18:30", 1)]     // after closing time counts nothing more
    [InlineData("2026-12-24T18:00", "2026-12-24T20:00", 0)]     // from closing time
    [InlineData("2026-12-24T08:00", "2026-12-24T09:00", 0)]     // before opening
    [InlineData("2026-12-24T17:30", "2026-12-25T09:30", 1)]     // half an hour on each side of the night
    [InlineData("2026-12-24T17:30", "2026-12-28T09:30", 10)]    // 0.5 Thursday + 9 Friday (no holiday listed) + 0.5 Monday; the weekend counts nothing
    [InlineData("2026-12-24T09:00", "2026-12-24T10:30", 1.5)]   // exact: 90 minutes is 1.5 hours
    public void WorkingHoursBetween_BusinessHoursNineToSix_CountsOpeningHoursOnly(string from, string to, decimal expected)
    {
        var calendar = Weekdays("09:00-18:00");

        Assert.Equal(expected, calendar.WorkingHoursBetween(At(from), At(to)));
    }

    [Fact]
    public void WorkingHoursBetween_WholeDayCalendar_CountsAcrossMidnight()
    {
        // No business hours: a working day is worked from midnight to midnight. Thursday 23:30 → Friday 00:30 is one hour,
        // one calendar day and one working day; Friday 23:30 → Saturday 00:30 is half an hour (Saturday is not worked).
        var calendar = Weekdays();
        var (from, to) = (At("2026-12-24T23:30"), At("2026-12-25T00:30"));

        Assert.Equal(1m, calendar.WorkingHoursBetween(from, to));
        Assert.Equal(1, calendar.DaysBetween(from, to));
        Assert.Equal(1, calendar.WorkingDaysBetween(from, to));
        Assert.Equal(0.5m, calendar.WorkingHoursBetween(At("2026-12-25T23:30"), At("2026-12-26T00:30")));
        Assert.Equal(0, Weekdays("00:00-24:00").WorkingDaysBetween(At("2026-12-26T23:59"), At("2026-12-27T00:00")));
        Assert.Equal(1m, Weekdays("00:00-24:00").WorkingHoursBetween(from, to));
    }

    [Fact]
    public void WorkingHoursBetween_SpringForward_DayHasTwentyThreeHours()
    {
        // Every day worked, the whole day: Friday 27 March 00:00 → Tuesday 31 March 00:00 is 24 + 24 + 23 + 24 = 95 hours.
        var calendar = new ManualCalendar(Madrid, Enum.GetValues<IsoDayOfWeek>().Where(d => d != IsoDayOfWeek.None));

        Assert.Equal(95m, calendar.WorkingHoursBetween(At("2026-03-27T00:00"), At("2026-03-31T00:00")));
        Assert.Equal(95, calendar.HoursBetween(At("2026-03-27T00:00"), At("2026-03-31T00:00")));
        Assert.Equal(4, calendar.DaysBetween(At("2026-03-27T00:00"), At("2026-03-31T00:00")));
    }

    [Theory]
    [InlineData("2026-03-29", 2)]   // 01:00 CET → 04:00 CEST: 02:00-03:00 never happens, 2 hours are worked
    [InlineData("2026-10-25", 4)]   // 01:00 CEST → 04:00 CET: 02:00-03:00 happens twice, 4 hours are worked
    public void WorkingHoursBetween_OpeningHoursAcrossTheClockChange_CountsElapsedTime(string day, decimal expected)
    {
        var calendar = new ManualCalendar(Madrid, [IsoDayOfWeek.Sunday], Time("01:00"), Time("04:00"));
        var (from, to) = (At(day + "T00:00"), At(day + "T23:00"));

        Assert.Equal(expected, calendar.WorkingHoursBetween(from, to));
    }

    [Fact]
    public void AddWorkingDays_AcrossSpringForward_KeepsTheWallClock()
    {
        // Friday 27 March 10:00 + 1 working day = Monday 30 March 10:00 in Madrid: 71 elapsed hours, not 72.
        var calendar = Weekdays();
        var monday = calendar.AddWorkingDays(At("2026-03-27T10:00"), 1);

        Assert.Equal(At("2026-03-30T10:00"), monday);
        Assert.Equal(71, calendar.HoursBetween(At("2026-03-27T10:00"), monday));
    }

    [Fact]
    public void CalendarFunctions_LeapDay_IsAWorkingDay()
    {
        // Monday 28 February 2028 + 1 working day = Tuesday 29 February; to Wednesday 1 March is 2 working days.
        var calendar = Weekdays();
        var monday = At("2028-02-28T12:00");

        Assert.Equal(At("2028-02-29T12:00"), calendar.AddWorkingDays(monday, 1));
        Assert.Equal(2, calendar.WorkingDaysBetween(monday, At("2028-03-01T12:00")));
        Assert.Equal(2, calendar.Weekday(At("2028-02-29T00:00")));
        Assert.Equal(1, Weekdays(null, "2028-02-29").WorkingDaysBetween(monday, At("2028-03-01T12:00")));
        Assert.Equal(48m, Weekdays().WorkingHoursBetween(At("2028-02-28T00:00"), At("2028-03-01T00:00")));
    }
}
