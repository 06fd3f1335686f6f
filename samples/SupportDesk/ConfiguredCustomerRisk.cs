namespace SupportDesk;

/// <summary>The at-risk customers listed in configuration (<c>SupportDesk:AtRiskCustomers</c>), standing in for a CRM.</summary>
public sealed class ConfiguredCustomerRisk(IConfiguration configuration) : ICustomerRisk
{
    private readonly HashSet<string> _atRisk = [.. configuration.GetSection("SupportDesk:AtRiskCustomers").Get<string[]>() ?? []];

    public bool IsAtRisk(string customerId) => _atRisk.Contains(customerId);
}
