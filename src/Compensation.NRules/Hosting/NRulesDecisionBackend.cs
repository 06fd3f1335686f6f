using Compensation.Hosting;
using NRules.Extensibility;
using NRules.RuleModel;

namespace Compensation.NRules;

/// <summary>
/// Decides the hosted engine's incidents through NRules: for each set of manual versions the engine loads (at start and on
/// every reload, on the reload's background task) it builds one <see cref="NRulesManual"/> per version with the host's rules;
/// until that is done the engine keeps serving the last good set with its session factories.
/// </summary>
internal sealed class NRulesDecisionBackend(IReadOnlyList<IRuleSet> hostRules, bool reuseSessions, IDependencyResolver resolver) : IDecisionBackend
{
    public object Prepare(ManualSet set)
    {
        var prepared = new Dictionary<CompensationManual, NRulesManual>(ReferenceEqualityComparer.Instance);
        foreach (var version in set.Versions)
        {
            var options = new NRulesManualOptions { ReuseSessions = reuseSessions, DependencyResolver = resolver };
            foreach (var ruleSet in hostRules)
            {
                options.HostRules.Add(ruleSet);
            }

            prepared[version] = NRulesManual.Create(version, options);
        }

        return prepared;
    }

    public Decision Decide(object prepared, CompensationManual manual, Incident incident, Customer customer, bool explain, TimeProvider clock)
        => ((Dictionary<CompensationManual, NRulesManual>)prepared)[manual].Run(incident, customer, explain, clock);
}
