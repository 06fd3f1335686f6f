using Compensation.TestSupport;

namespace Compensation.Tests.Security;

/// <summary>
/// Message templates are part of the rule files: a template cannot make the host allocate without bound,
/// neither while the manual loads (each template is rendered once on a sample incident) nor while deciding.
/// </summary>
public sealed class HostileTemplateTests
{
    private const string Greeting = "Estimado/a {{ customer.name | default: 'cliente' }}:";

    public static TheoryData<string, string> HostileTemplates() => new()
    {
        // Thirty doublings of one character would be a billion characters; the limit stops the 12th (4,096 > 4,000).
        { "string doubling", "{% assign s = 'x' %}" + string.Concat(Enumerable.Repeat("{% assign s = s | append: s %}", 30)) + "{{ s | size }}" },
        { "doubling in one expression", "{{ 'xxxxxxxxxx' | append: 'x' | replace: 'x', 'xxxxxxxxxx' | replace: 'x', 'xxxxxxxxxx' | replace: 'x', 'xxxxxxxxxx' | replace: 'x', 'xxxxxxxxxx' }}" },
        { "a range of two billion numbers", "{% assign a = (1..2000000000) %}{{ a.size }}" },
        { "a loop over a huge range", "{% for i in (1..2000000000) %}x{% endfor %}" },
        { "a range bounded by the order value", "{% for i in (1..incident.order_value) %}x{% endfor %}" },
        { "capture", "{% capture s %}{{ customer.name }}{% endcapture %}{{ s }}" },
        { "include another file", "{% include '/etc/passwd' %}" },
        { "render another file", "{% render 'secrets' %}" },
        // 11 x's, each replaced by 10 twice: 1,100 items from a 2,200-character text (under the text limit, over the item limit).
        { "a split into more than a thousand items", "{{ 'x,x,x,x,x,x,x,x,x,x,x,' | replace: 'x', 'x,x,x,x,x,x,x,x,x,x' | replace: 'x', 'x,x,x,x,x,x,x,x,x,x' | split: ',' | size }}" },
    };

    [Theory]
    [MemberData(nameof(HostileTemplates))]
    public void TryParse_HostileTemplate_RejectedWithTemplateDiagnosticAndBoundedMemory(string why, string template)
    {
        var sources = WithTemplate(template);

        var (result, allocated) = Hostile.GuardedMeasured(() => CompensationManual.TryParse(sources));

        Assert.True(result.Manual is null, $"{why}: loaded");
        Assert.Contains(result.Diagnostics, d => d.Code == "CMP023" && d.Location.File == "60-comunicacion.yaml");

        // Loading the whole sample allocates a few MB; a hostile template may not add much to that.
        Assert.True(allocated < 64_000_000, $"{why}: loading allocated {allocated:N0} bytes");
    }

    [Fact]
    public void Decide_HugeUntrustedCustomerName_NoMessageButTheDecisionStands()
    {
        // The sample's greeting prints customer.name: a megabyte of name would make a megabyte message.
        // Rendering stops at 16,000 characters; the decision is still made, without a message.
        var manual = CompensationManual.Parse(Hostile.SampleSources);
        var incident = new Incident { Failure = "defecto", Cause = "interna", OrderValue = 100m };

        var (decision, allocated) = Hostile.GuardedMeasured(() => manual.Decide(incident, new Customer { Tier = "oro", Name = new string('a', 1_000_000), Locale = "es" }));
        var normal = manual.Decide(incident, new Customer { Tier = "oro", Name = "Ana", Locale = "es" });

        Assert.Null(decision.Message);
        Assert.NotNull(normal.Message);
        Assert.Equal(normal.TotalCost, decision.TotalCost);
        Assert.True(allocated < 32_000_000, $"deciding allocated {allocated:N0} bytes");
    }

    [Fact]
    public void TryParse_SampleTemplates_StillLoadAndRender()
    {
        // The control case: the limits leave ordinary templates (conditions, loops over remedies, filters) alone.
        var manual = CompensationManual.Parse(Hostile.SampleSources);

        var decision = manual.Decide(new Incident { Failure = "defecto", Cause = "interna", OrderValue = 100m }, new Customer { Tier = "oro", Name = "Ana", Locale = "es" });

        Assert.Contains("Ana", decision.Message, StringComparison.Ordinal);
    }

    private static List<ManualSource> WithTemplate(string template)
    {
        var sources = Hostile.SampleSources.ToList();
        var index = sources.FindIndex(s => s.Path == "60-comunicacion.yaml");
        Assert.Contains(Greeting, sources[index].Text, StringComparison.Ordinal);
        sources[index] = sources[index] with { Text = sources[index].Text.Replace(Greeting, template, StringComparison.Ordinal) };
        return sources;
    }
}
