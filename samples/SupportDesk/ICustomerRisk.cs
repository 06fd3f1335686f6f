namespace SupportDesk;

/// <summary>What the CRM says about a customer.</summary>
public interface ICustomerRisk
{
    /// <summary>Whether the CRM flags the customer as at risk of leaving.</summary>
    bool IsAtRisk(string customerId);
}
