using Compensation.Facts;
using NodaTime;

namespace Compensation.Compilation;

/// <summary>
/// The manual's clock for its expressions: its time zone and its working calendar (working days of the week,
/// business hours, public holidays). Immutable; every date function of a compiled expression calls it.
/// </summary>
internal sealed class ManualCalendar
{
    /// <summary>The most days a working-day count or addition walks (about 30 years): a bound, not a policy.</summary>
    private const int MaxDays = 11_000;

    private readonly bool[] _workingWeekday = new bool[8]; // indexed by IsoDayOfWeek (1 = Monday)
    private readonly HashSet<LocalDate> _holidays;

    public ManualCalendar(ManualTimeZone zone, IEnumerable<IsoDayOfWeek>? workingDays = null, LocalTime? opens = null, LocalTime? closes = null, IEnumerable<LocalDate>? holidays = null)
    {
        Zone = zone;
        foreach (var day in workingDays ?? [IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday])
        {
            _workingWeekday[(int)day] = true;
        }

        Opens = opens ?? LocalTime.Midnight;
        Closes = closes;
        _holidays = [.. holidays ?? []];
    }

    public ManualTimeZone Zone { get; }

    /// <summary>When a working day starts (midnight when the manual gives no business hours).</summary>
    public LocalTime Opens { get; }

    /// <summary>When a working day ends; null means at midnight (the whole day).</summary>
    public LocalTime? Closes { get; }

    public IReadOnlyCollection<LocalDate> Holidays => _holidays;

    /// <summary>Whether a calendar day is worked: a working day of the week that is not a holiday.</summary>
    public bool IsWorkingDay(LocalDate date) => _workingWeekday[(int)date.DayOfWeek] && !_holidays.Contains(date);

    /// <summary>Calendar days from <paramref name="from"/>'s date to <paramref name="to"/>'s date in the manual's zone (negative when <paramref name="to"/> is earlier).</summary>
    public int DaysBetween(Instant from, Instant to) => Period.Between(Date(from), Date(to), PeriodUnits.Days).Days;

    /// <summary>Whole hours elapsed (truncated toward zero): a day when clocks change has 23 or 25.</summary>
    public int HoursBetween(Instant from, Instant to) => checked((int)((to - from).BclCompatibleTicks / NodaConstants.TicksPerHour));

    /// <summary>Whole minutes elapsed (truncated toward zero).</summary>
    public int MinutesBetween(Instant from, Instant to) => checked((int)((to - from).BclCompatibleTicks / NodaConstants.TicksPerMinute));

    /// <summary>The day of the week in the manual's zone: 1 = Monday … 7 = Sunday (ISO 8601).</summary>
    public int Weekday(Instant value) => (int)Date(value).DayOfWeek;

    /// <summary>The hour on the wall clock in the manual's zone, 0 to 23.</summary>
    public int HourOfDay(Instant value) => Zone.Local(value).Hour;

    /// <summary>
    /// Working days after <paramref name="from"/>'s date up to and including <paramref name="to"/>'s date (negative when
    /// <paramref name="to"/> is earlier): delivered on Friday, answered on Monday is 1 working day.
    /// </summary>
    public int WorkingDaysBetween(Instant from, Instant to)
    {
        var (a, b) = (Date(from), Date(to));
        var sign = 1;
        if (b < a)
        {
            (a, b, sign) = (b, a, -1);
        }

        var span = Period.Between(a, b, PeriodUnits.Days).Days;
        if (span > MaxDays)
        {
            throw new OverflowException($"working days are counted over at most {MaxDays} days, not {span}");
        }

        var count = 0;
        for (var day = a.PlusDays(1); day <= b; day = day.PlusDays(1))
        {
            count += IsWorkingDay(day) ? 1 : 0;
        }

        return sign * count;
    }

    /// <summary>Business hours (exact, in hours: 90 minutes is 1.5) between two instants, counting only working days' opening hours.</summary>
    public decimal WorkingHoursBetween(Instant from, Instant to)
    {
        var sign = 1;
        if (to < from)
        {
            (from, to, sign) = (to, from, -1);
        }

        var (first, last) = (Date(from), Date(to));
        if (Period.Between(first, last, PeriodUnits.Days).Days > MaxDays)
        {
            throw new OverflowException($"working hours are counted over at most {MaxDays} days");
        }

        var minutes = 0L;
        for (var day = first; day <= last; day = day.PlusDays(1))
        {
            if (!IsWorkingDay(day))
            {
                continue;
            }

            var open = Zone.Zone.AtLeniently(day.At(Opens)).ToInstant();
            var close = Closes is { } c ? Zone.Zone.AtLeniently(day.At(c)).ToInstant() : Zone.StartOfDay(day.PlusDays(1));
            var start = open > from ? open : from;
            var end = close < to ? close : to;
            if (end > start)
            {
                minutes += (long)(end - start).TotalMinutes;
            }
        }

        return sign * minutes / 60m;
    }

    /// <summary>The date <paramref name="days"/> working days after (or before, when negative) <paramref name="from"/>'s date, at the same wall-clock time.</summary>
    public Instant AddWorkingDays(Instant from, int days)
    {
        if (Math.Abs(days) > MaxDays / 2)
        {
            throw new OverflowException($"add_working_days adds at most {MaxDays / 2} working days, not {days}");
        }

        var local = Zone.Local(from);
        var date = local.Date;
        var step = days < 0 ? -1 : 1;
        for (int left = Math.Abs(days), walked = 0; left > 0; walked++)
        {
            if (walked > MaxDays)
            {
                throw new OverflowException("the calendar has no working days");
            }

            date = date.PlusDays(step);
            left -= IsWorkingDay(date) ? 1 : 0;
        }

        return Zone.Zone.AtLeniently(date.At(local.TimeOfDay)).ToInstant();
    }

    private LocalDate Date(Instant value) => Zone.Local(value).Date;
}
