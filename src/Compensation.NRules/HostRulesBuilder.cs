using System.Reflection;
using NRules.Fluent;
using NRules.RuleModel;

namespace Compensation;

/// <summary>Which C# rules a host runs beside the manual's (see <c>services.AddNRules(r =&gt; r.From(typeof(Program).Assembly))</c>).</summary>
public sealed class HostRulesBuilder
{
    private readonly RuleRepository _repository = new();

    internal HostRulesBuilder()
    {
    }

    /// <summary>Whether decisions reuse pooled sessions (the default); see <see cref="NRulesManualOptions.ReuseSessions"/>.</summary>
    public bool ReuseSessions { get; set; } = true;

    /// <summary>Adds every NRules fluent rule (<see cref="global::NRules.Fluent.Dsl.Rule"/> subclass) of the assemblies, internal ones included.</summary>
    public HostRulesBuilder From(params Assembly[] assemblies)
    {
        ArgumentNullException.ThrowIfNull(assemblies);
        _repository.Load(x => x.From(assemblies).PrivateTypes(true));
        return this;
    }

    /// <summary>Adds the given NRules fluent rule types.</summary>
    public HostRulesBuilder From(params Type[] ruleTypes)
    {
        ArgumentNullException.ThrowIfNull(ruleTypes);
        _repository.Load(x => x.From(ruleTypes).PrivateTypes(true));
        return this;
    }

    /// <summary>Adds a rule set built some other way (the RuleModel builder, NRules.Json…).</summary>
    public HostRulesBuilder Add(IRuleSet ruleSet)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        _repository.Add(ruleSet);
        return this;
    }

    /// <summary>The rule sets added, those without rules left out.</summary>
    internal List<IRuleSet> RuleSets() => [.. _repository.GetRuleSets().Where(s => s.Rules.Any())];
}
