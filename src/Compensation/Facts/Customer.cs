namespace Compensation;

/// <summary>The customer the incident happened to.</summary>
public sealed record Customer
{
    /// <summary>An id (optional).</summary>
    public string? Id { get; init; }

    /// <summary>The customer's name, for the message (optional).</summary>
    public string? Name { get; init; }

    /// <summary>
    /// The tier, one of the manual's <c>catalog.tiers</c>; required when the manual declares tiers, and left null
    /// when it declares none (a scheme that treats every customer alike).
    /// </summary>
    public string? Tier { get; init; }

    /// <summary>Months since the first purchase (<c>customer.tenure_months</c>).</summary>
    public int TenureMonths { get; init; }

    /// <summary>Earlier incidents of this customer (<c>customer.prior_incidents</c>).</summary>
    public int PriorIncidents { get; init; }

    /// <summary>Compensation already granted to the customer in the period the host application tracks (<c>customer.recent_compensation</c>).</summary>
    public decimal RecentCompensation { get; init; }

    /// <summary>The locale for the message (<c>es</c>, <c>en-GB</c>…); null means the manual's locale.</summary>
    public string? Locale { get; init; }
}
