using Xunit.Abstractions;
using Microsoft.Extensions.Time.Testing;
namespace Compensation.Tests.Messages;
public class ScratchTests(ITestOutputHelper output)
{
    [Fact]
    public void Scratch()
    {
        var r = CompensationManual.TryLoad(Path.Combine(AppContext.BaseDirectory, "../../../../../rules/tienda-ejemplo"));
        foreach (var d in r.Diagnostics) output.WriteLine(d.ToString());
        var m = r.Manual!;
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 13, 9, 0, 0, TimeSpan.Zero));
        var inc = new Incident { Id = "INC-1", Failure = "retraso", Cause = "interna", PromisedAt = new DateTimeOffset(2026, 11, 10, 18, 0, 0, TimeSpan.FromHours(1)), DeliveredAt = new DateTimeOffset(2026, 11, 15, 12, 0, 0, TimeSpan.FromHours(1)), OrderValue = 120, Facts = new Dictionary<string, object?> { ["entrega_estimada"] = true } };
        foreach (var loc in new[] { "es", "en-GB", null })
        {
            var d = m.Decide(inc, new Customer { Name = "<script>alert('x')</script> Núñez", Tier = "oro", Locale = loc }, clock);
            output.WriteLine(d.Message);
            foreach (var f in d.FollowUps) output.WriteLine(f.ToString());
        }
        var d2 = m.Decide(inc with { Failure = "danado", PromisedAt = null, DeliveredAt = null }, new Customer { Name = "Ann", Tier = "platino", Locale = "en" }, clock);
        output.WriteLine(d2.Message);
    }
}
