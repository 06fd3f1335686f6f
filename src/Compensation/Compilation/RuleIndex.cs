using Compensation.Facts;

namespace Compensation.Compilation;

/// <summary>
/// For each (failure kind, tier) pair, the rules of a rule set that could match it, in run order.
/// A rule whose condition restricts the failure kind or tier (with ==, in, &lt;, &gt;=…) is listed only
/// under the pairs it allows, so deciding does not walk rules that cannot match.
/// </summary>
internal sealed class RuleIndex
{
    private readonly CompiledRule[][] _buckets;
    private readonly int _failureSlot;
    private readonly int _tierSlot;
    private readonly int _tiers;

    public RuleIndex(IReadOnlyList<CompiledRule> rules, FactSchema schema)
    {
        _failureSlot = schema.Failure.Slot;
        _tierSlot = schema.Tier.Slot;
        _tiers = Math.Max(1, schema.Tier.Values.Count); // a manual without tiers has one bucket per failure kind
        var failures = schema.Failure.Values.Count;
        var lists = new List<CompiledRule>[failures * _tiers];
        for (var i = 0; i < lists.Length; i++)
        {
            lists[i] = [];
        }

        foreach (var rule in rules)
        {
            var failureAllowed = Allowed(rule, schema.Failure);
            var tierAllowed = Allowed(rule, schema.Tier);
            for (var f = 0; f < failures; f++)
            {
                for (var t = 0; t < _tiers; t++)
                {
                    if ((failureAllowed is null || failureAllowed[f]) && (tierAllowed is null || tierAllowed[t]))
                    {
                        lists[(f * _tiers) + t].Add(rule);
                    }
                }
            }
        }

        _buckets = [.. lists.Select(l => l.ToArray())];
    }

    /// <summary>The rules that could match the frame's failure kind and tier.</summary>
    public CompiledRule[] Candidates(FactFrame frame)
        => _buckets[(frame.Ints[_failureSlot] * _tiers) + Math.Max(0, frame.Ints[_tierSlot])];

    private static bool[]? Allowed(CompiledRule rule, FactDefinition fact)
    {
        bool[]? allowed = null;
        foreach (var part in rule.Parts)
        {
            if (part.Restriction is { } restriction && restriction.Fact == fact)
            {
                allowed ??= Enumerable.Repeat(true, fact.Values.Count).ToArray();
                for (var i = 0; i < fact.Values.Count; i++)
                {
                    allowed[i] &= restriction.Allowed[i];
                }
            }
        }

        return allowed;
    }
}
