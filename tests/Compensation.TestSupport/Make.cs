namespace Compensation.TestSupport;

/// <summary>Incidents and customers for the test manual (<see cref="TestManual.Header"/>).</summary>
internal static class Make
{
    public static readonly DateTimeOffset Promised = new(2026, 3, 2, 12, 0, 0, TimeSpan.Zero);

    /// <summary>A delay of <paramref name="days"/> whole days (plus <paramref name="extraHours"/> hours).</summary>
    public static Incident Delay(int days, decimal orderValue = 100m, string? cause = "interna", int extraHours = 0, IReadOnlyDictionary<string, object?>? facts = null)
        => new()
        {
            Id = $"delay-{days}",
            Failure = "retraso",
            Cause = cause,
            PromisedAt = Promised,
            DeliveredAt = Promised.AddDays(days).AddHours(extraHours),
            OrderValue = orderValue,
            Facts = facts ?? new Dictionary<string, object?>(),
        };

    /// <summary>A service failure (not a delay).</summary>
    public static Incident Failure(string failure = "defecto", decimal orderValue = 100m, string? cause = "interna", IReadOnlyDictionary<string, object?>? facts = null)
        => new() { Id = failure, Failure = failure, Cause = cause, OrderValue = orderValue, Facts = facts ?? new Dictionary<string, object?>() };

    public static Customer Customer(string tier = "bronce", int priorIncidents = 0) => new() { Id = "C-1", Tier = tier, PriorIncidents = priorIncidents };
}
