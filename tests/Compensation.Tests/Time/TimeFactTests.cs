using Compensation.TestSupport;

namespace Compensation.Tests.Time;

/// <summary>Minutes, durations, on-time deliveries, the incident's dates and the date functions.</summary>
public class TimeFactTests
{
    private static readonly DateTimeOffset Promised = new(2026, 3, 2, 12, 0, 0, TimeSpan.Zero);

    private static CompensationManual Manual(string when, string amount = "1", string header = "")
        => CompensationManual.Parse(
        [
            new ManualSource("manual.yaml", TestManual.Header + header),
            new ManualSource("test.yaml", TestManual.OneRule($"store-credit: {{ amount: '{amount}' }}", when)),
        ]);

    private static Incident Delay(TimeSpan late) => new() { Failure = "retraso", PromisedAt = Promised, DeliveredAt = Promised + late, OrderValue = 100m };

    private static decimal Total(CompensationManual manual, Incident incident) => manual.Decide(incident, Make.Customer()).TotalCost;

    [Theory]
    [InlineData(89, 0)]   // one minute short of 1h30m
    [InlineData(90, 1)]   // exactly 1h30m: the rule fires
    public void Decide_DelayMinutesAgainstDurationLiteral_FiresFromTheThreshold(int minutes, int expected)
    {
        var manual = Manual("delay.minutes >= 1h30m");

        Assert.Equal(expected, Total(manual, Delay(TimeSpan.FromMinutes(minutes))));
    }

    [Fact]
    public void Decide_DeliveredOnTime_IsValidWithZeroDelay()
    {
        // On time is a valid delay incident: delay.minutes = delay.hours = delay.days = 0, so 0 + 0 + 0 + 1 = 1.
        var manual = Manual("true", "delay.minutes + delay.hours + delay.days + 1");

        Assert.Equal(1m, Total(manual, Delay(TimeSpan.Zero)));
    }

    [Fact]
    public void Decide_DeliveredEarly_IsValidWithZeroDelay()
    {
        var manual = Manual("delay.minutes == 0", "7");

        Assert.Equal(7m, Total(manual, Delay(TimeSpan.FromHours(-5))));
    }

    [Theory]
    [InlineData("7 / 2", 3.5)]                                    // two whole numbers: exact 3.5, not the whole-number 3
    [InlineData("7 / 2 * 2", 7)]                                  // whole-number division would give 6
    [InlineData("7.0 / 2", 3.5)]
    [InlineData("customer.tenure_months / 7", 4.29)]             // 30 / 7 = 4.2857…, rounded to the cent only as an amount
    [InlineData("(customer.tenure_months - 12) / 12 * 10", 15)]   // (30 - 12) / 12 = 1.5 exactly, not the whole-number 1
    [InlineData("customer.tenure_months / 4", 7.5)]              // 30 / 4 = 7.5
    [InlineData("min(customer.tenure_months / 4, 100)", 7.5)]    // an exact quotient inside min picks the decimal overload
    [InlineData("iif(true, customer.tenure_months / 4, 1)", 7.5)]
    [InlineData("round(2.5)", 3)]                                 // half away from zero, like amounts (half-to-even gave 2)
    [InlineData("round(3.5)", 4)]
    [InlineData("round(2.345, 2)", 2.35)]
    [InlineData("floor(customer.tenure_months / 4)", 7)]
    [InlineData("ceil(customer.tenure_months / 4)", 8)]
    [InlineData("floor(7.456, 1)", 7.4)]
    [InlineData("ceil(7.441, 1)", 7.5)]
    [InlineData("45m + 1h30m", 135)]                              // durations are minutes: 45 + 90
    public void Decide_Arithmetic_IsExactDecimal(string amount, decimal expected)
    {
        var manual = Manual("true", amount);

        Assert.Equal(expected, manual.Decide(Make.Failure(), new Customer { Tier = "bronce", TenureMonths = 30 }).TotalCost);
    }

    [Theory]
    [InlineData("7 / 2 > 3", 1)]        // 3.5 > 3; whole-number division (3) would not fire
    [InlineData("7 / 2 == 3.5", 1)]
    [InlineData("7 % 2 == 1", 1)]       // the remainder stays a whole number
    [InlineData("6 / 3 == 2", 1)]
    public void Decide_DivisionInAConditionOfWholeNumbers_IsExact(string when, int expected)
    {
        Assert.Equal(expected, Total(Manual(when), Make.Failure()));
    }

    [Fact]
    public void Decide_RoundOfNegativeHalf_IsAwayFromZero()
    {
        // round(-2.5) = -3, so 10 + (-3) = 7 (half-to-even would give -2 and 8).
        Assert.Equal(7m, Total(Manual("true", "10 + round(-2.5)"), Make.Failure()));
    }

    [Theory]
    [InlineData(3, 1)]
    [InlineData(4, 0)]
    public void Decide_NumberInList_Matches(int days, int expected)
    {
        Assert.Equal(expected, Total(Manual("delay.days in (1, 2, 3)"), Delay(TimeSpan.FromDays(days))));
        Assert.Equal(1 - expected, Total(Manual("not (delay.days in (1, 2, 3))"), Delay(TimeSpan.FromDays(days))));
    }

    [Fact]
    public void Decide_IncidentDates_AreReadable()
    {
        // Promised on Monday 2 March 2026 at 12:00 UTC, delivered 3 days 5 hours later.
        var manual = Manual("weekday(promised) == 1 and hour_of_day(promised) == 12 and delivered > promised", "days_between(promised, delivered) * 100 + hours_between(promised, delivered)");

        // 3 calendar days, 77 whole hours: 300 + 77.
        Assert.Equal(377m, Total(manual, Delay(TimeSpan.FromHours(77))));
    }

    [Fact]
    public void Decide_DaylightSavingChange_DayHasTwentyThreeHours()
    {
        // Madrid springs forward on 29 March 2026: from midnight to midnight is 1 calendar day but 23 hours.
        var manual = Manual("true", "days_between(promised, delivered) * 100 + hours_between(promised, delivered)", "\ntime-zone: Europe/Madrid\n");
        var incident = new Incident
        {
            Failure = "retraso",
            PromisedAt = new DateTimeOffset(2026, 3, 29, 0, 0, 0, TimeSpan.FromHours(1)),
            DeliveredAt = new DateTimeOffset(2026, 3, 30, 0, 0, 0, TimeSpan.FromHours(2)),
            OrderValue = 500m,
        };

        Assert.Equal(123m, Total(manual, incident));
    }

    [Fact]
    public void Decide_LeapDay_IsCounted()
    {
        // 28 February → 1 March 2028 crosses 29 February: 2 days; 29 February 2028 is a Tuesday (2).
        var manual = Manual("weekday(date(\"2028-02-29\")) == 2", "days_between(promised, delivered)");
        var incident = new Incident { Failure = "retraso", PromisedAt = new DateTimeOffset(2028, 2, 28, 9, 0, 0, TimeSpan.Zero), DeliveredAt = new DateTimeOffset(2028, 3, 1, 9, 0, 0, TimeSpan.Zero), OrderValue = 100m };

        Assert.Equal(2m, Total(manual, incident));
    }

    [Theory]
    [InlineData("2026-11-10T23:30:00+00:00", 0)]   // 00:30 on 11 November in Madrid (UTC+1): hour 0, the next calendar day
    [InlineData("2026-11-10T22:59:00+00:00", 23)]  // 23:59 on 10 November in Madrid
    public void Decide_HourOfDay_IsInTheManualsZoneAcrossMidnight(string delivered, int hour)
    {
        var manual = Manual("true", "hour_of_day(delivered) + 100 * days_between(promised, delivered)", "\ntime-zone: Europe/Madrid\n");
        var incident = new Incident { Failure = "retraso", PromisedAt = new DateTimeOffset(2026, 11, 10, 9, 0, 0, TimeSpan.FromHours(1)), DeliveredAt = DateTimeOffset.Parse(delivered, System.Globalization.CultureInfo.InvariantCulture), OrderValue = 500m };

        Assert.Equal(hour + (hour == 0 ? 100 : 0), Total(manual, incident));
    }

    [Fact]
    public void Decide_RuleReadsADateTheIncidentLacks_IsRejectedWithInc014()
    {
        var manual = Manual("days_between(promised, occurred) > 1");

        var ex = Assert.Throws<InvalidIncidentException>(() => manual.Decide(Make.Failure(), Make.Customer()));

        var error = Assert.Single(ex.Errors);
        Assert.Equal(("Incident.PromisedAt", "INC014"), (error.Property, error.Code));
        Assert.Contains("rule 'regla' reads 'promised'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_DeclaredDateAndDurationFacts_AreReadInTheManualsZone()
    {
        var header = "\ntime-zone: Europe/Madrid\n".Replace("catalog:", "catalog:", StringComparison.Ordinal);
        var yaml = TestManual.Header.Replace("  causes: [interna, transportista]", "  causes: [interna, transportista]\n  facts:\n    reclamado: { type: date }\n    corte: { type: duration, default: 0m }", StringComparison.Ordinal) + header;
        var manual = CompensationManual.Parse([new ManualSource("manual.yaml", yaml), new ManualSource("test.yaml", TestManual.OneRule("store-credit: { amount: 'corte / 60 + days_between(promised, reclamado)' }"))]);
        var incident = Delay(TimeSpan.FromHours(1)) with { Facts = new Dictionary<string, object?> { ["reclamado"] = "2026-03-05", ["corte"] = "1h30m" } };

        // 90 minutes / 60 = 1.5; promised 2 March, claimed 5 March: 3 days. 4.5 in all.
        Assert.Equal(4.5m, Total(manual, incident));
    }

    [Fact]
    public void Load_DateArithmetic_IsATypeError()
    {
        var diagnostics = TestManual.ErrorsWithRules(TestManual.OneRule("store-credit: { amount: 1 }", "promised + 3 > 0"));

        Assert.Contains(Assert.Single(diagnostics).Code, new[] { "CMP009", "CMP010" });
    }
}
