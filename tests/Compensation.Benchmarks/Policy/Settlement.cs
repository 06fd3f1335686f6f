namespace Compensation.Benchmarks.Policy;

/// <summary>A remedy a peer computed before groups and caps: its exclusive group (0 discount, 1 store credit, 2 gift, 3 reincidencia) and its cost.</summary>
internal readonly record struct PeerGrant(int Group, decimal Cost);

/// <summary>
/// The generated manual's after-rules steps, written directly in C# for the peers: exclusive groups (the most
/// valuable remedy of a group wins, the first on ties), then the caps in grant order (total = order value,
/// store credit = half of it; money remedies are reduced to the room left, the gift is dropped).
/// </summary>
internal static class Settlement
{
    public const int Discount = 0;
    public const int StoreCredit = 1;
    public const int Gift = 2;
    public const int Reincidencia = 3;

    public static decimal Round(decimal amount) => Math.Round(amount, 2, MidpointRounding.AwayFromZero);

    public static decimal DiscountCost(decimal order, decimal percent) => Math.Min(Round(order * Math.Round(percent, 2, MidpointRounding.AwayFromZero) / 100m), 150m);

    public static decimal Total(decimal order, ReadOnlySpan<PeerGrant> granted)
    {
        var totalCap = Round(order);
        var creditCap = Round(0.5m * order);
        decimal used = 0m, usedCredit = 0m;
        for (var i = 0; i < granted.Length; i++)
        {
            var (group, cost) = granted[i];
            var winner = i;
            for (var j = 0; j < granted.Length; j++)
            {
                if (j != i && granted[j].Group == group && (granted[j].Cost > granted[winner].Cost || (granted[j].Cost == granted[winner].Cost && j < winner)))
                {
                    winner = j;
                }
            }

            if (winner != i)
            {
                continue;
            }

            var credit = group is StoreCredit or Reincidencia;
            var room = totalCap - used;
            if (credit && creditCap - usedCredit < room)
            {
                room = creditCap - usedCredit;
            }

            if (cost > room)
            {
                if (group == Gift || room <= 0)
                {
                    continue;
                }

                cost = room;
            }

            used += cost;
            usedCredit += credit ? cost : 0m;
        }

        return used;
    }
}
