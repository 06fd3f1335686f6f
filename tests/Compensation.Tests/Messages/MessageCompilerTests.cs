using Compensation.TestSupport;

namespace Compensation.Tests.Messages;

public class MessageCompilerTests
{
    [Fact]
    public void Load_TemplateWithUnclosedTag_ReportsCMP023AtFileAndLine()
    {
        // The header is 27 lines; 'messages:' is line 28, the item line 29, 'template: |' line 30; the unclosed
        // '{% if %}' is on line 32 (the block's second line); Fluid may place the error there or at the end.
        const string messages = """
            messages:
              - locale: es
                template: |
                  Hola {{ customer.name }}.
                  {% if has_remedy %}Le ofrecemos {{ remedies_text }}.

            """;

        var result = TestManuals.TryBuild(messages);

        var error = Assert.Single(result.Diagnostics, d => d.Code == "CMP023");
        Assert.Equal("manual.yaml", error.Location.File);
        Assert.InRange(error.Location.Line, 31, 33);
        Assert.Contains("cannot be read", error.Message, StringComparison.Ordinal);
        Assert.False(result.Succeeded);
    }

    [Theory]
    [InlineData("Hola {{ customer.nmae }}", "customer.nmae")]
    [InlineData("Hola {{ custmer.name }}", "custmer")]
    [InlineData("{% if incident.nueva_fecha %}x{% endif %}", "incident.nueva_fecha")]
    public void Load_TemplateWithMisspeltVariable_ReportsCMP023(string template, string name)
    {
        var messages = $"""
            messages:
              - locale: es
                template: "{template}"

            """;

        var result = TestManuals.TryBuild(messages);

        var error = Assert.Single(result.Diagnostics, d => d.Code == "CMP023");
        Assert.Equal(30, error.Location.Line); // the 'template:' value, on the third line of 'messages:' (line 28)
        Assert.Equal($"the message template for 'es' reads an unknown variable '{name}'", error.Message);
    }

    [Fact]
    public void Load_TemplateWithUnknownFilter_ReportsCMP023()
    {
        var result = TestManuals.TryBuild("""
            messages:
              - locale: es
                template: "Hola {{ customer.name | shout }}"

            """);

        Assert.Contains(result.Diagnostics, d => d.Code == "CMP023" && d.Message.Contains("shout", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_MessageForUnknownFailureAndLocale_ReportsEach()
    {
        var result = TestManuals.TryBuild("""
            messages:
              - locale: xx-NOPE
                failure: retrazo
                template: "Hola"

            """);

        Assert.Contains(result.Diagnostics, d => d.Code == "CMP004" && d.Message == "'xx-NOPE' is not a locale");
        Assert.Contains(result.Diagnostics, d => d.Code == "CMP007" && d.Message == "unknown failure kind 'retrazo'" && d.Hint!.Contains("retraso", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_TwoTemplatesForTheSameLocaleAndFailure_ReportsDuplicate()
    {
        var result = TestManuals.TryBuild("""
            messages:
              - { locale: en, failure: retraso, template: "a" }
              - { locale: en, failure: retraso, template: "b" }

            """);

        // The second item: 'messages:' is line 28.
        Assert.Contains(result.Diagnostics, d => d.Code == "CMP005" && d.Location.Line == 30);
    }

    [Fact]
    public void Load_SampleManual_CompilesItsMessagesAndFollowUps()
    {
        var result = CompensationManual.TryLoad(TempManual.SampleManual);

        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Diagnostics));
        Assert.Equal(4, result.Manual!.Compiled.Messages.Count); // es and en, each for 'retraso' and generic
        Assert.Equal(["encuesta-satisfaccion", "revision-causa-raiz", "aviso-proactivo"], result.Manual.Compiled.FollowUps.Select(f => f.Name));
    }
}
