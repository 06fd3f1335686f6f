using Compensation.Facts;
using Compensation.TestSupport;
using NodaTime;

namespace Compensation.Tests.Time;

/// <summary>The manual's <c>time-zone:</c>: offset-less dates and calendars are read in it, never in the host's zone.</summary>
public class TimeZoneTests
{
    private static ManualTimeZone Madrid => ManualTimeZone.Find("Europe/Madrid")!;

    [Fact]
    public void TryParse_NoOffsetInMadridWinter_IsOneHourAheadOfUtc()
    {
        // Madrid is UTC+1 in November (CET): 18:00 local is 17:00 UTC.
        Assert.True(Madrid.TryParse("2026-11-10T18:00", out var value, out var error), error);

        Assert.Equal(new DateTimeOffset(2026, 11, 10, 17, 0, 0, TimeSpan.Zero), value.ToUniversalTime());
        Assert.Equal(TimeSpan.FromHours(1), value.Offset);
    }

    [Fact]
    public void TryParse_WithOffset_KeepsTheOffsetWritten()
    {
        Assert.True(Madrid.TryParse("2026-11-10T18:00:00-05:00", out var value, out _));

        Assert.Equal(new DateTimeOffset(2026, 11, 10, 23, 0, 0, TimeSpan.Zero), value.ToUniversalTime());
    }

    [Fact]
    public void TryParse_DateAlone_IsMidnightInTheZone()
    {
        // Madrid is UTC+2 in summer (CEST): midnight of 1 July is 22:00 UTC on 30 June.
        Assert.True(Madrid.TryParse("2026-07-01", out var value, out _));

        Assert.Equal(new DateTimeOffset(2026, 6, 30, 22, 0, 0, TimeSpan.Zero), value.ToUniversalTime());
    }

    [Fact]
    public void TryResolve_SkippedLocalTime_IsRefusedWithTheReason()
    {
        // On 29 March 2026 Madrid's clocks go from 02:00 to 03:00: 02:30 never happens.
        Assert.False(Madrid.TryResolve(new LocalDateTime(2026, 3, 29, 2, 30), out _, out var error));

        Assert.Equal("2026-03-29T02:30 does not exist in Europe/Madrid: the clocks go forward at that time; write the date with its offset (e.g. 2026-03-29T02:30+01:00)", error);
    }

    [Fact]
    public void TryResolve_RepeatedLocalTime_IsRefusedNamingBothOffsets()
    {
        // On 25 October 2026 Madrid's clocks go back from 03:00 to 02:00: 02:30 happens at +02:00 and again at +01:00.
        Assert.False(Madrid.TryParse("2026-10-25T02:30", out _, out var error));

        Assert.Equal("2026-10-25T02:30 happens twice in Europe/Madrid (the clocks go back); write the date with its offset: 2026-10-25T02:30+02:00 or 2026-10-25T02:30+01:00", error);
    }

    [Fact]
    public void Load_TimeZoneHeader_IsTheManualsZone()
    {
        var manual = TestManual.Single(TestManual.Header + "\ntime-zone: Europe/Madrid\n" + TestManual.NoRules);

        Assert.Equal("Europe/Madrid", manual.TimeZone);
        Assert.Equal("UTC", TestManual.WithRules(TestManual.NoRules).TimeZone);
    }

    [Fact]
    public void Load_UnknownTimeZone_IsAnErrorWithANearbyId()
    {
        var errors = TestManual.ErrorsSingle(TestManual.Header + "\ntime-zone: Europe/Madird\n" + TestManual.NoRules);

        var error = Assert.Single(errors);
        Assert.Equal("CMP004", error.Code);
        Assert.Contains("unknown time zone 'Europe/Madird'", error.Message, StringComparison.Ordinal);
        Assert.Contains("Europe/Madrid", error.Hint, StringComparison.Ordinal);
    }
}
