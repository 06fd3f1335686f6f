using Compensation.TestSupport;

namespace Compensation.Tests.Messages;

/// <summary>The 'plural' and 'duration' filters in both languages, and the sample manual's messages without an incident id.</summary>
public class MessageFilterTests
{
    private static readonly DateTimeOffset Promised = new(2026, 11, 10, 9, 0, 0, TimeSpan.Zero);

    private static string? Render(string template, string locale, TimeSpan late)
    {
        var manual = CompensationManual.Parse(
        [
            new ManualSource("manual.yaml", TestManual.Header),
            new ManualSource("test.yaml", TestManual.OneRule("store-credit: { amount: 5 }") + $"\nmessages:\n  - locale: {locale}\n    template: '{template}'\n"),
        ]);
        var incident = new Incident { Failure = "retraso", PromisedAt = Promised, DeliveredAt = Promised + late, OrderValue = 50m };
        return manual.Decide(incident, new Customer { Tier = "oro", Locale = locale }).Message;
    }

    [Theory]
    [InlineData("es", 1, "1 día")]
    [InlineData("es", 3, "3 días")]
    [InlineData("es", 0, "0 días")]
    [InlineData("en", 1, "1 day")]
    [InlineData("en", 3, "3 days")]
    public void Plural_DelayDays_SingularOnlyForOne(string locale, int days, string expected)
    {
        var text = Render("{{ incident.delay_days | plural: \"día\", \"días\" }}".Replace("día\", \"días", locale == "es" ? "día\", \"días" : "day\", \"days", StringComparison.Ordinal), locale, TimeSpan.FromDays(days));

        Assert.Equal(expected, text?.Trim());
    }

    [Theory]
    [InlineData("es", "2.06:00:00", "2 días y 6 horas")]
    [InlineData("en", "2.06:00:00", "2 days 6 hours")]
    [InlineData("es", "1.01:01:00", "1 día, 1 hora y 1 minuto")]
    [InlineData("en", "0.00:45:00", "45 minutes")]
    [InlineData("es", "0.00:00:00", "0 minutos")]
    public void Duration_DelayMinutes_InTheMessagesLanguage(string locale, string late, string expected)
    {
        var text = Render("{{ incident.delay_minutes | duration }}", locale, TimeSpan.Parse(late, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(expected, text?.Trim());
    }

    [Fact]
    public void SampleMessage_NoIncidentId_NoDoubleSpace()
    {
        // The sample's Spanish delay message reads the order id; an incident without one must not leave "pedido  no".
        var incident = new Incident { Failure = "retraso", PromisedAt = Promised, DeliveredAt = Promised.AddDays(1), OrderValue = 50m };
        var message = SampleManual.Manual.Decide(incident, new Customer { Tier = "oro", Locale = "es" }).Message!;

        Assert.DoesNotContain("  ", message, StringComparison.Ordinal);
        Assert.Contains("su pedido no llegara", message, StringComparison.Ordinal);
        Assert.Contains("se ha retrasado 1 día.", message, StringComparison.Ordinal); // one day: singular
    }
}
