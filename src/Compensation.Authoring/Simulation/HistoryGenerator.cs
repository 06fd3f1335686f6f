using System.Globalization;
using System.Text.Json;
using Compensation.Compilation;
using Compensation.Facts;

namespace Compensation;

/// <summary>
/// Writes a realistic synthetic history of incidents for a manual, so anyone can reproduce a simulation: delays are
/// the most common failures, most customers are in the lowest tiers, order values are log-normal and delays have a
/// long tail. The same manual, seed and size always give the same file. A share of rows can be deliberately
/// malformed, to see how a simulation reports them.
/// </summary>
public sealed class HistoryGenerator
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull };

    private readonly CompiledManual _manual;

    /// <summary>The first moment of the history: 09:00 (UTC+1) on the manual's effective date, so no row predates the manual (INC013).</summary>
    private readonly DateTimeOffset _start;
    private readonly double[] _failureWeights;
    private readonly double[] _tierWeights;
    private readonly double[] _causeWeights;

    /// <summary>Prepares a generator for the manual's catalogue.</summary>
    public HistoryGenerator(CompensationManual manual)
    {
        ArgumentNullException.ThrowIfNull(manual);
        _manual = manual.Compiled;
        _start = new DateTimeOffset(_manual.Stamp.Effective.ToDateTime(new TimeOnly(9, 0)), TimeSpan.FromHours(1));
        var schema = _manual.Schema;
        _failureWeights = Cumulative(schema.Failure.Values.Select((_, i) => _manual.IsDelayFailure[i] ? 4.0 : 1.0));
        _tierWeights = Cumulative(schema.Tier.Values.Select((_, i) => Math.Pow(0.45, i)));
        _causeWeights = Cumulative(schema.Cause.Values.Select((_, i) => i == 0 ? 3.0 : 1.0));
    }

    /// <summary>The share of rows written malformed (0 to 1): unknown failure kinds, unreadable amounts or dates, missing tiers.</summary>
    public double MalformedRate { get; init; }

    /// <summary>The seed of the random sequence.</summary>
    public int Seed { get; init; } = 2026;

    /// <summary>Writes <paramref name="rows"/> incidents (plus the header, for CSV).</summary>
    public void Write(TextWriter output, long rows, HistoryFormat format = HistoryFormat.Csv)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentOutOfRangeException.ThrowIfNegative(rows);
        var random = new Random(Seed);
        var inputs = _manual.Schema.Inputs.ToList();
        if (format == HistoryFormat.Csv)
        {
            output.WriteLine(string.Join(',', new[] { "id", "failure", "cause", "promised_at", "delivered_at", "occurred_at", "order_value", "currency", "customer_id", "tier", "tenure_months", "prior_incidents", "recent_compensation" }.Concat(inputs.Select(f => f.Name))));
        }

        for (var row = 0L; row < rows; row++)
        {
            var (incident, customer) = Next(random, row, inputs);
            var malformed = MalformedRate > 0 && random.NextDouble() < MalformedRate ? random.Next(4) : -1;
            if (format == HistoryFormat.JsonLines)
            {
                output.WriteLine(malformed >= 0 ? $"{{\"incident\": {{\"id\": \"INC-{row + 1}\", \"failure\": " : JsonSerializer.Serialize(new { incident, customer }, Json));
                continue;
            }

            var cells = new List<string>
            {
                incident.Id!, malformed == 0 ? incident.Failure + "x" : incident.Failure, incident.Cause ?? string.Empty,
                Date(incident.PromisedAt), malformed == 1 ? "ayer" : Date(incident.DeliveredAt), Date(incident.OccurredAt),
                malformed == 2 ? "12,5O" : Text(incident.OrderValue!.Value), _manual.Rounding.Currency, customer.Id!, malformed == 3 ? string.Empty : customer.Tier ?? string.Empty,
                Text(customer.TenureMonths), Text(customer.PriorIncidents), Text(customer.RecentCompensation),
            };
            cells.AddRange(inputs.Select(f => Cell(incident.Facts[f.Name])));
            output.WriteLine(string.Join(',', cells.Select(c => c.Contains(',', StringComparison.Ordinal) ? $"\"{c}\"" : c)));
        }
    }

    private (Incident, Customer) Next(Random random, long row, List<FactDefinition> inputs)
    {
        var schema = _manual.Schema;
        var f = Pick(random, _failureWeights);
        var when = _start.AddMinutes(random.Next(365 * 24 * 60));
        var causeRoll = random.NextDouble();
        var hours = 1 + (int)Math.Min(24 * 30, -Math.Log(1 - random.NextDouble()) * 60);
        var facts = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var fact in inputs)
        {
            facts[fact.Name] = fact.Type switch
            {
                FactType.Boolean => random.NextDouble() < 0.2,
                FactType.Catalog => fact.Values[random.Next(fact.Values.Count)],
                FactType.Integer => (decimal)random.Next((int)(fact.Min ?? 0), (int)Math.Min(fact.Max ?? 10, 1000) + 1),
                _ => Math.Round((fact.Min ?? 0) + ((Math.Min(fact.Max ?? 100, 10_000) - (fact.Min ?? 0)) * (decimal)random.NextDouble()), 2),
            };
        }

        var incident = new Incident
        {
            Id = $"INC-{row + 1}",
            Failure = schema.Failure.Values[f],
            Cause = schema.Cause.Values.Count == 0 || causeRoll < 0.05 ? null : schema.Cause.Values[Pick(random, _causeWeights)],
            PromisedAt = _manual.IsDelayFailure[f] ? when : null,
            DeliveredAt = _manual.IsDelayFailure[f] ? when.AddHours(hours) : null,
            OccurredAt = _manual.IsDelayFailure[f] ? null : when,
            OrderValue = Math.Round((decimal)Math.Clamp(Math.Exp(4 + (0.9 * Gaussian(random))), 5, 5000), 2),
            Currency = _manual.Rounding.Currency,
            Facts = facts,
        };
        var priorRoll = random.NextDouble();
        var customer = new Customer
        {
            Id = $"C-{random.Next(1, 1_000_000)}",
            Tier = schema.Tier.Values.Count == 0 ? null : schema.Tier.Values[Pick(random, _tierWeights)],
            TenureMonths = random.Next(0, 121),
            PriorIncidents = priorRoll < 0.6 ? 0 : priorRoll < 0.85 ? 1 : priorRoll < 0.95 ? 2 : random.Next(3, 6),
        };
        return (incident, customer);
    }

    private static double Gaussian(Random random) => Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

    private static int Pick(Random random, double[] cumulative)
    {
        var roll = random.NextDouble() * cumulative[^1];
        var i = 0;
        while (i < cumulative.Length - 1 && roll >= cumulative[i])
        {
            i++;
        }

        return i;
    }

    private static double[] Cumulative(IEnumerable<double> weights)
    {
        var sum = 0.0;
        var result = weights.Select(w => sum += w).ToArray();
        return result.Length == 0 ? [1.0] : result;
    }

    private static string Date(DateTimeOffset? value) => value?.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture) ?? string.Empty;

    private static string Text(IFormattable value) => value.ToString(null, CultureInfo.InvariantCulture);

    private static string Cell(object? value) => value switch
    {
        bool b => b ? "true" : "false",
        IFormattable f => Text(f),
        _ => value?.ToString() ?? string.Empty,
    };
}
