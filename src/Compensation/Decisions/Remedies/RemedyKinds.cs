namespace Compensation.Decisions;

/// <summary>The manual-language names of remedy kinds and the parameters each accepts.</summary>
internal static class RemedyKinds
{
    public static readonly string[] CommonParameters = ["min", "max", "approval", "group", "stack"];

    private static readonly (string Name, RemedyKind Kind, string[] Parameters)[] All =
    [
        ("discount", RemedyKind.Discount, ["percent", "amount", "on", "valid-days"]),
        ("refund", RemedyKind.Refund, ["amount", "percent", "total"]),
        ("gift", RemedyKind.Gift, ["description", "cost"]),
        ("manager-call", RemedyKind.ManagerCall, ["within", "cost"]),
        ("warranty-extension", RemedyKind.WarrantyExtension, ["months", "cost"]),
        ("free-service", RemedyKind.FreeService, ["description", "value"]),
        ("store-credit", RemedyKind.StoreCredit, ["amount", "valid-days"]),
    ];

    public static IEnumerable<string> Names => All.Select(k => k.Name);

    public static bool TryGet(string name, out RemedyKind kind, out string[] parameters)
    {
        foreach (var entry in All)
        {
            if (entry.Name == name)
            {
                kind = entry.Kind;
                parameters = [.. entry.Parameters, .. CommonParameters];
                return true;
            }
        }

        kind = default;
        parameters = [];
        return false;
    }

    public static string NameOf(RemedyKind kind) => All.First(k => k.Kind == kind).Name;
}
