using Compensation.TestSupport;
using Microsoft.Extensions.Time.Testing;


namespace Compensation.Tests.Messages;

public class MessageRenderingTests
{
    // Now is before the delivery (Nov 15, 12:00 +01:00), so the delivery date is still an estimate: the "new date".
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 11, 13, 9, 0, 0, TimeSpan.Zero));

    // Promised Nov 10 18:00, delivered Nov 15 12:00 (+01:00): 114 hours late, so delay.days = 4.
    private static readonly Incident Delay = TestManuals.Delay;

    [Fact]
    public void Decide_SpanishCustomer_RendersSpanishTemplateWithLocaleMoney()
    {
        var decision = TestManuals.WithMessages().Decide(Delay, new Customer { Name = "Ana", Tier = "oro", Locale = "es-ES" }, Clock);

        // 5 * 4 days = 20 % of 120 = 24,00 € discount; 12,50 € store credit for an internal cause; total 36,50 €.
        Assert.Equal(
            """
            Hola Ana: su pedido INC-7 llegó con 4 días de retraso. Nueva fecha: domingo, 15 de noviembre de 2026. Le ofrecemos un descuento del 20 % en su próxima compra, válido 90 días y un saldo de 12,50 € para sus compras en la tienda, válido 30 días (total 36,50 €).
            """,
            decision.Message);
    }

    [Fact]
    public void Decide_EnglishCustomer_RendersEnglishTemplateWithLocaleMoney()
    {
        var decision = TestManuals.WithMessages().Decide(Delay, new Customer { Name = "Ann", Tier = "oro", Locale = "en-GB" }, Clock);

        // en-GB picks the "en" template but formats as en-GB: day before month, symbol before the amount, decimal point.
        Assert.Equal(
            """
            Dear Ann, order INC-7 is 4 days late. New date: Sunday, 15 November 2026. We offer you a 20% discount on your next purchase, valid for 90 days and €12.50 of store credit, valid for 30 days (total €36.50).
            """,
            decision.Message);
    }

    [Fact]
    public void Message_ReadAfterAnotherDecisionOnTheSameThread_DescribesItsOwnIncident()
    {
        // Deciding reuses a per-thread frame of facts, and the message is rendered only when first read:
        // the first decision's message must not see the second decision's facts (9 days late, not 4).
        var manual = TestManuals.WithMessages();
        var customer = new Customer { Name = "Ann", Tier = "oro", Locale = "en" };
        var first = manual.Decide(Delay, customer, Clock);
        _ = manual.Decide(Delay with { Id = "INC-8", DeliveredAt = Delay.DeliveredAt!.Value.AddDays(5) }, customer, Clock);

        Assert.StartsWith("Dear Ann, order INC-7 is 4 days late.", first.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Message_ReadingFactsAfterAnotherDecisionOnTheSameThread_SeesItsOwnFacts()
    {
        // A template that reads facts gets a copy of the decision's facts (the frame is reused by the next decision).
        var manual = TestManuals.Build(
            """
            messages:
              - locale: en
                template: "delay {{ facts.delay_days }}, estimated {{ facts.entrega_estimada }}"

            """,
            followUps: string.Empty);
        var customer = new Customer { Tier = "oro", Locale = "en" };
        var first = manual.Decide(Delay, customer, Clock);
        _ = manual.Decide(Delay with { DeliveredAt = Delay.DeliveredAt!.Value.AddDays(5), Facts = new Dictionary<string, object?> { ["entrega_estimada"] = true } }, customer, Clock);

        Assert.Equal("delay 4, estimated false", first.Message);
    }

    [Fact]
    public void Decide_DeliveryAlreadyHappened_OmitsNewDate()
    {
        var after = new FakeTimeProvider(new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.Zero));

        var decision = TestManuals.WithMessages().Decide(Delay, new Customer { Name = "Ann", Tier = "oro", Locale = "en" }, after);

        Assert.DoesNotContain("New date", decision.Message, StringComparison.Ordinal);
        Assert.StartsWith("Dear Ann, order INC-7 is 4 days late. We offer you", decision.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_CustomerNameWithMarkup_IsEscaped()
    {
        var decision = TestManuals.WithMessages().Decide(Delay, new Customer { Name = "<script>alert('x')</script> & Núñez", Tier = "oro", Locale = "en" }, Clock);

        Assert.StartsWith("Dear &lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; Núñez, order", decision.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", decision.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_FailureWithoutOwnTemplate_UsesTheLocalesGenericTemplate()
    {
        var damaged = new Incident { Id = "INC-8", Failure = "danado", Cause = "transportista", OrderValue = 50m };

        var decision = TestManuals.WithMessages().Decide(damaged, new Customer { Name = "Ana", Tier = "estandar", Locale = "es" }, Clock);

        // No rule fires for a damaged item without an internal cause: the generic template's no-remedy branch.
        Assert.Equal("Lo sentimos, Ana: danado en el pedido INC-8.", decision.Message);
    }

    [Fact]
    public void Decide_UnknownCustomerLocale_FallsBackToTheManualsLanguage()
    {
        var decision = TestManuals.WithMessages().Decide(Delay, new Customer { Name = "Ana", Tier = "oro", Locale = "fr-FR" }, Clock);

        // The manual's locale is es-ES; there is no es-ES template, so its language 'es' is used.
        Assert.StartsWith("Hola Ana: su pedido INC-7", decision.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_ManualWithoutMessages_HasNoMessage()
    {
        var decision = TestManuals.Build(messages: string.Empty).Decide(Delay, new Customer { Tier = "oro" }, Clock);

        Assert.Null(decision.Message);
        Assert.True(decision.HasRemedy);
    }
}
