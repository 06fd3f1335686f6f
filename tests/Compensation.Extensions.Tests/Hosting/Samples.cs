namespace Compensation.Extensions.Tests.Hosting;

/// <summary>Incidents and customers for the sample manual (rules/tienda-ejemplo).</summary>
internal static class Samples
{
    public static readonly Customer Gold = new() { Id = "C-42", Name = "Ana", Tier = "oro", TenureMonths = 30, PriorIncidents = 1, Locale = "es-ES" };

    /// <summary>A delivery promised <paramref name="promised"/> (18:00 +01:00) and delivered 4 days and 18 hours later.</summary>
    public static Incident Delay(DateOnly promised, string cause = "transportista") => new()
    {
        Id = "INC-" + promised.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture),
        Failure = "retraso",
        Cause = cause,
        PromisedAt = new DateTimeOffset(promised.ToDateTime(new TimeOnly(18, 0)), TimeSpan.FromHours(1)),
        DeliveredAt = new DateTimeOffset(promised.AddDays(5).ToDateTime(new TimeOnly(12, 0)), TimeSpan.FromHours(1)),
        OrderValue = 120m,
    };
}
