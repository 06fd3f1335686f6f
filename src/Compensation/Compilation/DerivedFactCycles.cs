using System.Text.RegularExpressions;
using Compensation.Diagnostics;
using Compensation.Documents;

namespace Compensation.Compilation;

/// <summary>
/// Finds derived facts that depend on each other (a rule sets 'a' reading 'b', another sets 'b'
/// reading 'a'): no order of rule sets can compute them, so the cycle is reported once, naming its
/// facts and the rules that set them, instead of an ordering error at each read.
/// </summary>
internal static partial class DerivedFactCycles
{
    /// <summary>Reports each cycle and returns the facts that are part of one.</summary>
    public static HashSet<string> Report(ManualDocument document, DiagnosticBag diagnostics)
    {
        // fact → (the rule that sets it, the derived facts that rule reads)
        var setters = new Dictionary<string, List<(RuleDocument Rule, Scalar At)>>(StringComparer.Ordinal);
        var ruleSetOf = new Dictionary<RuleDocument, int>(ReferenceEqualityComparer.Instance);
        var firstSet = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (rule, index) in document.RuleSets.SelectMany((s, i) => s.Rules.Select(r => (r, i))))
        {
            ruleSetOf[rule] = index;
            foreach (var (fact, _) in rule.Sets)
            {
                firstSet.TryAdd(fact.Text, index);
                if (!setters.TryGetValue(fact.Text, out var list))
                {
                    setters[fact.Text] = list = [];
                }

                list.Add((rule, fact));
            }
        }

        var edges = new Dictionary<string, List<(string Reads, RuleDocument Rule)>>(StringComparer.Ordinal);
        foreach (var (fact, rules) in setters)
        {
            var list = edges[fact] = [];
            foreach (var (rule, _) in rules)
            {
                var texts = rule.Conditions.Select(c => c.Text).Concat(rule.Sets.Where(s => s.Fact.Text == fact).Select(s => s.Formula.Text));
                foreach (var name in texts.SelectMany(Names).Distinct(StringComparer.Ordinal).Where(setters.ContainsKey))
                {
                    list.Add((name, rule));
                }
            }
        }

        var inCycle = new HashSet<string>(StringComparer.Ordinal);
        var state = new Dictionary<string, int>(StringComparer.Ordinal); // 1 on the path, 2 done
        var path = new List<(string Fact, RuleDocument? Rule)>();
        foreach (var start in setters.Keys.Order(StringComparer.Ordinal))
        {
            Visit(start, null);
        }

        return inCycle;

        void Visit(string fact, RuleDocument? via)
        {
            if (state.TryGetValue(fact, out var s))
            {
                if (s == 1)
                {
                    var from = path.FindIndex(p => p.Fact == fact);
                    var cycle = path.Skip(from).Select(p => p.Fact).Append(fact).ToList();
                    var links = path.Skip(from + 1).Select(p => p.Rule).Append(via).OfType<RuleDocument>().ToList();

                    // A cycle whose every read comes after the fact is first set is only a fact set again later: it runs.
                    var blocked = cycle.Skip(1).Zip(links).Any(x => ruleSetOf[x.Second] <= firstSet[x.First]);
                    if (blocked && cycle.Count(inCycle.Add) > 0)
                    {
                        var described = string.Join("; ", cycle.Zip(cycle.Skip(1)).Zip(links).Select(x => $"rule '{x.Second.Name?.Text}' ({x.Second.Location}) sets '{x.First.First}' from '{x.First.Second}'"));
                        var at = setters[fact][0].At;
                        diagnostics.Error(
                            DiagnosticCodes.DependencyCycle,
                            at.Location,
                            $"the derived facts {string.Join(" → ", cycle.Select(c => $"'{c}'"))} depend on each other in a cycle: {described}",
                            "no order of rule sets can compute them: compute one of them from input facts only, or merge the rules");
                    }
                }

                return;
            }

            state[fact] = 1;
            path.Add((fact, via));
            foreach (var (reads, rule) in edges[fact])
            {
                Visit(reads, rule);
            }

            path.RemoveAt(path.Count - 1);
            state[fact] = 2;
        }
    }

    private static IEnumerable<string> Names(string text)
        => Name().Matches(Quoted().Replace(text, string.Empty)).Select(m => m.Value);

    [GeneratedRegex(@"[A-Za-z_][A-Za-z0-9_]*")]
    private static partial Regex Name();

    [GeneratedRegex("\"[^\"]*\"|'[^']*'")]
    private static partial Regex Quoted();
}
