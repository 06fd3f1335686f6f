using Compensation.Messages;

namespace Compensation.Tests.Messages;

public class RemedyPhrasesTests
{
    private static readonly Remedy[] Remedies =
    [
        new FreeServiceRemedy { Rule = "a", RuleSet = "s", Cost = 5.95m, Description = "Envío gratuito en el próximo pedido" },
        new StoreCreditRemedy { Rule = "b", RuleSet = "s", Cost = 20m, Amount = 20m, ValidDays = 365 },
        new ManagerCallRemedy { Rule = "c", RuleSet = "s", Cost = 0m, Within = TimeSpan.FromHours(48) },
        new StoreCreditRemedy { Rule = "d", RuleSet = "s", Cost = 10m, Amount = 10m, ValidDays = 365 },
        new GiftRemedy { Rule = "e", RuleSet = "s", Cost = 8m, Description = "IVA incluido" },
    ];

    [Fact]
    public void DescribeAll_Spanish_SumsCreditsOfOneValidityAndLowersDescriptions()
    {
        var phrases = RemedyPhrases.DescribeAll(Remedies, LocaleFormat.For("es-ES", "EUR", 2));

        // 20 + 10 of store credit valid 365 days are told once, as 30,00 €, where the first one was granted.
        // "Envío" is lowered mid-sentence; "IVA" (an acronym) is not.
        Assert.Equal(
            [
                "envío gratuito en el próximo pedido",
                "un saldo de 30,00 € para sus compras en la tienda, válido 365 días",
                "una llamada de un responsable en las próximas 48 horas",
                "un obsequio: IVA incluido",
            ],
            phrases);
        Assert.Equal(
            "envío gratuito en el próximo pedido, un saldo de 30,00 € para sus compras en la tienda, válido 365 días, una llamada de un responsable en las próximas 48 horas y un obsequio: IVA incluido",
            RemedyPhrases.Join(phrases, LocaleFormat.For("es-ES", "EUR", 2)));
    }

    [Fact]
    public void Describe_EnglishAmounts_UseTheLocaleAndTheManualsCurrency()
    {
        var format = LocaleFormat.For("en-US", "EUR", 2);

        Assert.Equal("a refund of €1,234.50", RemedyPhrases.Describe(new RefundRemedy { Rule = "r", RuleSet = "s", Cost = 1234.5m, Amount = 1234.5m }, format));
        Assert.Equal("a 6-month extension of your warranty", RemedyPhrases.Describe(new WarrantyExtensionRemedy { Rule = "w", RuleSet = "s", Cost = 0m, Months = 6 }, format));
        Assert.Equal("a call from a manager within 3 days", RemedyPhrases.Describe(new ManagerCallRemedy { Rule = "m", RuleSet = "s", Cost = 0m, Within = TimeSpan.FromDays(3) }, format));
    }
}
