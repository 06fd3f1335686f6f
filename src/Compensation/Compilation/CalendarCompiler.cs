using System.Globalization;
using Compensation.Diagnostics;
using Compensation.Documents;
using Compensation.Facts;
using NodaTime;
using NodaTime.Text;

namespace Compensation.Compilation;

/// <summary>
/// Turns <c>calendar:</c> into the manual's <see cref="ManualCalendar"/>: working days of the week, business hours,
/// holidays listed by date and/or a country's public holidays (the PublicHoliday package, by ISO 3166-1 code).
/// </summary>
internal static class CalendarCompiler
{
    /// <summary>The first and last years whose public holidays the package computes at load; days outside them are never public holidays.</summary>
    public const int FirstYear = 2000;

    public const int LastYear = 2075;

    private static readonly string[] Days = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
    private static readonly LocalTimePattern Time = LocalTimePattern.CreateWithInvariantCulture("HH:mm");

    public static ManualCalendar Compile(CalendarDocument? document, ManualTimeZone zone, DiagnosticBag diagnostics)
    {
        if (document is null)
        {
            return new ManualCalendar(zone);
        }

        List<IsoDayOfWeek>? working = null;
        if (document.WorkingDays is { } days)
        {
            working = [];
            foreach (var day in days)
            {
                var index = Array.IndexOf(Days, day.Text.ToLowerInvariant());
                if (index < 0)
                {
                    diagnostics.Error(DiagnosticCodes.InvalidValue, day.Location, $"'{day.Text}' is not a day of the week", Suggestions.DidYouMean(day.Text, Days));
                    continue;
                }

                working.Add((IsoDayOfWeek)(index + 1));
            }
        }

        LocalTime? opens = null, closes = null;
        if (document.BusinessHours is { } hours)
        {
            var parts = hours.Text.Split('-', StringSplitOptions.TrimEntries);
            var open = parts.Length == 2 ? Time.Parse(parts[0]) : null;
            var close = parts.Length == 2 ? (parts[1] == "24:00" ? null : Time.Parse(parts[1])) : null;
            if (open is not { Success: true } || (close is not null && (!close.Success || close.Value <= open.Value)))
            {
                diagnostics.Error(DiagnosticCodes.InvalidValue, hours.Location, $"'business-hours: {hours.Text}' is not an opening time and a later closing time", "write it as 09:00-18:00 (24-hour clock; 24:00 for midnight)");
            }
            else
            {
                opens = open.Value;
                closes = close?.Value;
            }
        }

        var holidays = new List<LocalDate>();
        foreach (var holiday in document.Holidays)
        {
            if (LocalDatePattern.Iso.Parse(holiday.Text) is { Success: true } date)
            {
                holidays.Add(date.Value);
            }
            else
            {
                diagnostics.Error(DiagnosticCodes.InvalidValue, holiday.Location, $"holiday '{holiday.Text}' is not a date", "write it as yyyy-mm-dd, e.g. 2026-12-25");
            }
        }

        if (document.PublicHolidays is { } country)
        {
            holidays.AddRange(PublicHolidaysOf(country, diagnostics));
        }

        return new ManualCalendar(zone, working, opens, closes, holidays);
    }

    private static IEnumerable<LocalDate> PublicHolidaysOf(Scalar country, DiagnosticBag diagnostics)
    {
        var codes = Enum.GetNames<PublicHoliday.PublicHolidayCountryCode>().Select(c => c.ToUpperInvariant()).ToList();
        if (!codes.Contains(country.Text, StringComparer.Ordinal))
        {
            diagnostics.Error(DiagnosticCodes.InvalidValue, country.Location, $"no public holidays are known for '{country.Text}'", Suggestions.DidYouMean(country.Text, codes) + "; or list them under 'holidays:'");
            return [];
        }

        var source = PublicHoliday.PublicHolidayFactory.GetPublicHolidayForCountry(Enum.Parse<PublicHoliday.PublicHolidayCountryCode>(country.Text, ignoreCase: true));
        var dates = new List<LocalDate>();
        for (var year = FirstYear; year <= LastYear; year++)
        {
            dates.AddRange(source.PublicHolidays(year).Select(d => LocalDate.FromDateTime(d)));
        }

        return dates;
    }
}
