using System.Text.Json;
using Compensation.TestSupport;

namespace Compensation.Benchmarks.Policy;

/// <summary>Deterministic incidents for the benchmarks: a generated policy's catalogue, or the sample manual's example incidents.</summary>
internal static class IncidentSample
{
    public const int Size = 256;

    public static (Incident Incident, Customer Customer)[] For(GeneratedPolicy policy, int seed = 42)
    {
        var random = new Random(seed);
        var promised = new DateTimeOffset(2026, 11, 10, 18, 0, 0, TimeSpan.Zero);
        var result = new (Incident, Customer)[Size];
        for (var i = 0; i < Size; i++)
        {
            var f = random.Next(policy.FailureCount);
            var delay = GeneratedPolicy.IsDelay(f);
            var incident = new Incident
            {
                Id = $"INC-{i}",
                Failure = policy.Failures[f],
                Cause = GeneratedPolicy.Causes[random.Next(4)],
                PromisedAt = delay ? promised : null,
                DeliveredAt = delay ? promised.AddHours(1 + random.Next(24 * 20)) : null,
                OrderValue = Math.Round((decimal)(5 + (random.NextDouble() * 600)), 2),
            };
            var customer = new Customer { Id = $"C-{i}", Tier = GeneratedPolicy.Tiers[random.Next(4)], PriorIncidents = random.Next(5), TenureMonths = random.Next(60) };
            result[i] = (incident, customer);
        }

        return result;
    }

    public static (Incident Incident, Customer Customer)[] ForSampleManual()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        var examples = Directory.GetFiles(Path.Combine(RepoPaths.SampleManual, "incidents"), "*.json")
            .Order(StringComparer.Ordinal)
            .Select(file => JsonSerializer.Deserialize<Example>(File.ReadAllText(file), options)!)
            .ToArray();
        return [.. Enumerable.Range(0, Size).Select(i => (examples[i % examples.Length].Incident, examples[i % examples.Length].Customer))];
    }

    private sealed record Example(Incident Incident, Customer Customer);
}
