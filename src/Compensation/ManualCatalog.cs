using Compensation.Compilation;

namespace Compensation;

/// <summary>What a manual declares: tiers (lowest first), failure kinds, causes and extra facts.</summary>
public sealed class ManualCatalog
{
    internal ManualCatalog(CompiledManual manual)
    {
        Tiers = manual.Schema.Tier.Values;
        Failures = manual.Schema.Failure.Values;
        Causes = manual.Schema.Cause.Values;
        DelayFailures = manual.DelayFailures;
        Facts = [.. manual.Schema.Inputs.Select(f => new FactInfo(f.Name, f.TypeName, f.Default is not null, f.Values))];
        DerivedFacts = [.. manual.Schema.Derived.Select(f => f.Name)];
    }

    /// <summary>The tiers, lowest first.</summary>
    public IReadOnlyList<string> Tiers { get; }

    /// <summary>The failure kinds.</summary>
    public IReadOnlyList<string> Failures { get; }

    /// <summary>The failure kinds that are delays (they need promised and delivered dates).</summary>
    public IReadOnlyList<string> DelayFailures { get; }

    /// <summary>The causes.</summary>
    public IReadOnlyList<string> Causes { get; }

    /// <summary>The extra input facts an incident may or must carry.</summary>
    public IReadOnlyList<FactInfo> Facts { get; }

    /// <summary>The facts the manual's rules derive.</summary>
    public IReadOnlyList<string> DerivedFacts { get; }
}
