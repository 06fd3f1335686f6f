using NRules.Fluent.Dsl;

namespace Compensation.NRules.Tests;

/// <summary>What the audit rule saw: every store credit above 50 a rule granted.</summary>
public sealed class AuditLog
{
    private readonly List<Remedy> _entries = [];

    public IReadOnlyList<Remedy> Entries => _entries;

    public void Record(Remedy remedy) => _entries.Add(remedy);
}

/// <summary>A customer with three or more prior incidents (the CRM's "at risk") gets 500 of store credit, and a manager's call.</summary>
public sealed class AtRiskStoreCreditRule : Rule
{
    public override void Define()
    {
        CompensationCase @case = null!;
        When().Match(() => @case, c => c.Customer.PriorIncidents >= 3);
        Then().Do(ctx => ctx.Grant(@case, new StoreCreditRemedy { Rule = "-", RuleSet = "-", Cost = 500m, Amount = 500m, ValidDays = 365 }, "goodwill"));
    }
}

/// <summary>A gift of 5 that the manual's top role must approve.</summary>
public sealed class ManagerApprovedGiftRule : Rule
{
    public override void Define()
    {
        CompensationCase @case = null!;
        When().Match(() => @case, c => c.Tier == "platino");
        Then().Do(ctx => ctx.Grant(@case, new GiftRemedy { Rule = "-", RuleSet = "-", Cost = 5m, Description = "Flores", RequiredApproval = "gerente" }));
    }
}

/// <summary>Records every store credit above 50 that any rule granted (before groups and limits).</summary>
public sealed class StoreCreditAuditRule : Rule
{
    public override void Define()
    {
        GrantedRemedy granted = null!;
        AuditLog log = null!;
        Dependency().Resolve(() => log);
        When().Match(() => granted, g => g.Remedy.Kind == RemedyKind.StoreCredit && g.Remedy.Cost > 50m);
        Then().Do(ctx => log.Record(granted.Remedy));
    }
}

/// <summary>Fires if a session ever holds two cases, or a remedy granted for another case: a reused session leaking a decision.</summary>
public sealed class LeakDetectorRule : Rule
{
    public override void Define()
    {
        CompensationCase @case = null!;
        GrantedRemedy other = null!;
        LeakLog log = null!;
        Dependency().Resolve(() => log);
        When().Match(() => @case).Match(() => other, g => g.Case != @case);
        Then().Do(ctx => log.Leak(@case, other));
    }
}

/// <summary>Counts leaks seen by <see cref="LeakDetectorRule"/>.</summary>
public sealed class LeakLog
{
    public int Leaks { get; private set; }

    public void Leak(CompensationCase @case, GrantedRemedy other) => Leaks += @case == other.Case ? 0 : 1;
}

/// <summary>A host rule that tries to take a priority inside the manual's band.</summary>
public sealed class BandSquatterRule : Rule
{
    public override void Define()
    {
        CompensationCase @case = null!;
        Priority(1_500_000_000);
        When().Match(() => @case);
        Then().Do(ctx => ctx.NoOp());
    }
}

/// <summary>A host rule that updates the case (which it must not).</summary>
public sealed class CaseUpdaterRule : Rule
{
    public override void Define()
    {
        CompensationCase @case = null!;
        When().Match(() => @case);
        Then().Do(ctx => ctx.Update(@case));
    }
}

internal static class ContextExtensions
{
    public static void NoOp(this global::NRules.RuleModel.IContext context) => GC.KeepAlive(context);
}
