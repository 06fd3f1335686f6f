using Compensation.TestSupport;

namespace Compensation.Tests.Messages;

/// <summary>A small in-memory manual whose remedies are easy to reason about, with messages and follow-ups.</summary>
internal static class TestManuals
{
    /// <summary>Promised Nov 10 18:00, delivered Nov 15 12:00 (+01:00): 114 hours late, so delay.days = 4; internal cause; 120 EUR.</summary>
    public static readonly Incident Delay = new()
    {
        Id = "INC-7",
        Failure = "retraso",
        Cause = "interna",
        PromisedAt = new DateTimeOffset(2026, 11, 10, 18, 0, 0, TimeSpan.FromHours(1)),
        DeliveredAt = new DateTimeOffset(2026, 11, 15, 12, 0, 0, TimeSpan.FromHours(1)),
        OrderValue = 120m,
    };

    public const string Header = """
        manual: Prueba
        version: "1"
        effective: 2026-01-01
        currency: EUR
        locale: es-ES
        catalog:
          tiers: [estandar, oro]
          failures: [retraso, danado]
          delay-failures: [retraso]
          causes: [interna, transportista]
          facts:
            entrega_estimada: { type: boolean, default: false }
        empowerment:
          - { role: agente, up-to: 30 }
          - { role: gerente }
        rule-sets:
          - name: resarcimiento
            hit-policy: collect
            rules:
              - name: descuento-por-retraso
                when: failure == "retraso" and delay.days >= 2
                grant:
                  - discount: { percent: "min(5 * delay.days, 30)", on: next-purchase, valid-days: 90 }
              - name: saldo-por-error-propio
                when: cause == "interna"
                grant:
                  - store-credit: { amount: "12.5", valid-days: 30 }

        """;

    public const string Messages = """
        messages:
          - locale: es
            failure: retraso
            template: "Hola {{ customer.name }}: su pedido {{ incident.id }} llegó con {{ incident.delay_days }} días de retraso.{% if incident.new_date %} Nueva fecha: {{ incident.new_date }}.{% endif %} Le ofrecemos {{ remedies_text }} (total {{ total }})."
          - locale: es
            template: "Lo sentimos, {{ customer.name }}: {{ incident.failure }} en el pedido {{ incident.id }}.{% if has_remedy %} Le ofrecemos {{ remedies_text }}.{% endif %}"
          - locale: en
            failure: retraso
            template: "Dear {{ customer.name }}, order {{ incident.id }} is {{ incident.delay_days }} days late.{% if incident.new_date %} New date: {{ incident.new_date }}.{% endif %} We offer you {{ remedies_text }} (total {{ total }})."

        """;

    public const string FollowUps = """
        follow-ups:
          - name: encuesta
            after: 7d
            description: Survey
          - name: revision-causa-raiz
            when: cause == "interna"
            after: 2w
          - name: aviso-proactivo
            when: entrega_estimada
            after: 24h

        """;

    public static CompensationManual WithMessages() => Build(Messages, FollowUps);

    public static CompensationManual Build(string messages = Messages, string followUps = FollowUps)
        => TestManual.Load(new ManualSource("manual.yaml", Header + messages + followUps));

    public static ManualLoadResult TryBuild(string messages, string followUps = "")
        => CompensationManual.TryParse([new ManualSource("manual.yaml", Header + messages + followUps)]);
}
