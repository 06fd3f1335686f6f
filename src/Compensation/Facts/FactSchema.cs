namespace Compensation.Facts;

/// <summary>
/// Every fact a manual's expressions can read: the built-in incident and customer facts, the
/// manual's declared input facts, and the facts its rules derive. Assigns each a frame slot.
/// </summary>
internal sealed class FactSchema
{
    private readonly List<FactDefinition> _facts = [];
    private readonly Dictionary<string, FactDefinition> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<int, Type> _parameterTypes = [];
    private FactTypeBuilder? _types;

    public FactSchema(IReadOnlyList<string> tiers, IReadOnlyList<string> failures, IReadOnlyList<string> causes, IReadOnlyList<string>? currencies = null)
    {
        Failure = Add(new FactDefinition { Name = "failure", Type = FactType.Catalog, Origin = FactOrigin.Builtin, Values = failures });
        Tier = Add(new FactDefinition { Name = "tier", Type = FactType.Catalog, Origin = FactOrigin.Builtin, Values = tiers, Ordered = true });
        Cause = Add(new FactDefinition { Name = "cause", Type = FactType.Catalog, Origin = FactOrigin.Builtin, Values = causes });
        DelayMinutes = Add(new FactDefinition { Name = "delay.minutes", Type = FactType.Integer, Origin = FactOrigin.Builtin });
        DelayHours = Add(new FactDefinition { Name = "delay.hours", Type = FactType.Integer, Origin = FactOrigin.Builtin });
        DelayDays = Add(new FactDefinition { Name = "delay.days", Type = FactType.Integer, Origin = FactOrigin.Builtin });
        OrderValue = Add(new FactDefinition { Name = "order.value", Type = FactType.Decimal, Origin = FactOrigin.Builtin });
        TenureMonths = Add(new FactDefinition { Name = "customer.tenure_months", Type = FactType.Integer, Origin = FactOrigin.Builtin });
        PriorIncidents = Add(new FactDefinition { Name = "customer.prior_incidents", Type = FactType.Integer, Origin = FactOrigin.Builtin });
        RecentCompensation = Add(new FactDefinition { Name = "customer.recent_compensation", Type = FactType.Decimal, Origin = FactOrigin.Builtin });
        Promised = Add(new FactDefinition { Name = "promised", Type = FactType.DateTime, Origin = FactOrigin.Builtin });
        Delivered = Add(new FactDefinition { Name = "delivered", Type = FactType.DateTime, Origin = FactOrigin.Builtin });
        Occurred = Add(new FactDefinition { Name = "occurred", Type = FactType.DateTime, Origin = FactOrigin.Builtin });
        Currency = Add(new FactDefinition { Name = "currency", Type = FactType.Catalog, Origin = FactOrigin.Builtin, Values = currencies ?? [] });
    }

    /// <summary>The incident's currency, one of the manual's currencies (the default when the incident names none).</summary>
    public FactDefinition Currency { get; }

    public FactDefinition DelayMinutes { get; }

    public FactDefinition Promised { get; }

    public FactDefinition Delivered { get; }

    public FactDefinition Occurred { get; }

    public int TimeCount { get; private set; }

    public FactDefinition Failure { get; }

    public FactDefinition Tier { get; }

    public FactDefinition Cause { get; }

    public FactDefinition DelayHours { get; }

    public FactDefinition DelayDays { get; }

    public FactDefinition OrderValue { get; }

    public FactDefinition TenureMonths { get; }

    public FactDefinition PriorIncidents { get; }

    public FactDefinition RecentCompensation { get; }

    public IReadOnlyList<FactDefinition> Facts => _facts;

    public IEnumerable<FactDefinition> Inputs => _facts.Where(f => f.Origin == FactOrigin.Input);

    public IEnumerable<FactDefinition> Derived => _facts.Where(f => f.Origin == FactOrigin.Derived);

    public int IntCount { get; private set; }

    public int DecimalCount { get; private set; }

    public int BoolCount { get; private set; }

    public int DerivedCount { get; private set; }

    public bool TryGet(string name, out FactDefinition fact) => _byName.TryGetValue(name, out fact!);

    public FactDefinition Add(FactDefinition fact)
    {
        fact.Slot = fact.Type switch
        {
            FactType.Decimal => DecimalCount++,
            FactType.Boolean => BoolCount++,
            FactType.Date or FactType.DateTime => TimeCount++,
            _ => IntCount++,
        };
        if (fact.Origin == FactOrigin.Derived)
        {
            DerivedCount++;
        }

        _facts.Add(fact);
        _byName.Add(fact.Name, fact);
        return fact;
    }

    /// <summary>
    /// A type with one property per fact visible to expressions (dotted names become nested types),
    /// used only to let Dynamic LINQ parse and type-check; the tree is then rewritten onto the frame.
    /// </summary>
    public Type ParameterType()
    {
        lock (_parameterTypes)
        {
            if (!_parameterTypes.TryGetValue(_facts.Count, out var type))
            {
                type = BuildType(_types ??= new FactTypeBuilder(), _facts.Select(f => (Path: f.Name.Split('.'), Fact: f)).ToList(), 0);
                _parameterTypes[_facts.Count] = type;
            }

            return type;
        }
    }

    private static Type BuildType(FactTypeBuilder types, List<(string[] Path, FactDefinition Fact)> facts, int depth)
    {
        var properties = new List<(string Name, Type Type)>();
        foreach (var group in facts.GroupBy(f => f.Path[depth], StringComparer.Ordinal))
        {
            var leaf = group.FirstOrDefault(f => f.Path.Length == depth + 1);
            if (leaf.Fact is not null)
            {
                properties.Add((group.Key, ClrType(leaf.Fact.Type)));
            }
            else
            {
                properties.Add((group.Key, BuildType(types, [.. group], depth + 1)));
            }
        }

        return types.Create(properties);
    }

    public static Type ClrType(FactType type) => type switch
    {
        FactType.Integer => typeof(int),
        FactType.Decimal => typeof(decimal),
        FactType.Boolean => typeof(bool),
        FactType.Duration => typeof(int),
        FactType.Date or FactType.DateTime => typeof(NodaTime.Instant),
        _ => typeof(string),
    };
}
