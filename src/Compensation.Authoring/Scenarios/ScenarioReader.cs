using Compensation.Decisions;
using Compensation.Diagnostics;
using Compensation.Documents;
using YamlDotNet.RepresentationModel;

namespace Compensation.Scenarios;

/// <summary>
/// Reads scenario files (<c>scenarios: [ { name, incident, customer, expect } ]</c>), reporting every
/// problem with file, line and column, like the manual reader.
/// </summary>
internal sealed partial class ScenarioReader(DiagnosticBag diagnostics, DateOnly baseDate, Facts.ManualTimeZone zone, IReadOnlyCollection<string>? rules = null, IReadOnlyCollection<string>? roles = null)
{
    private readonly Dictionary<string, SourceLocation> _names = new(StringComparer.Ordinal);

    public List<Scenario> Read(ManualSource file)
    {
        var result = new List<Scenario>();

        // The same front door as rule files: limits, tabs, anchors, aliases and tags, positions.
        if (YamlFrontDoor.Read(file, ManualLoadOptions.Default, diagnostics, "'scenarios:'") is not { } root)
        {
            return result;
        }

        var map = new YamlMapReader(root, file.Path, diagnostics, $"scenario file '{Path.GetFileName(file.Path)}'");
        if (map.Sequence("scenarios", required: true) is { } list)
        {
            foreach (var node in list)
            {
                if (ReadScenario(map, node, file.Path) is { } scenario)
                {
                    result.Add(scenario);
                }
            }
        }

        map.Finish();
        return result;
    }

    private Scenario? ReadScenario(YamlMapReader parent, YamlNode node, string file)
    {
        if (node is not YamlMappingNode mapping)
        {
            diagnostics.Error(DiagnosticCodes.InvalidValue, parent.At(node), "each scenario must be a mapping with 'name', 'incident', 'customer' and 'expect'");
            return null;
        }

        var errors = diagnostics.Count;
        var map = new YamlMapReader(mapping, file, diagnostics, "a scenario");
        var name = map.Scalar("name", required: true);
        var description = map.Scalar("description");
        if (name is not null && !_names.TryAdd(name.Text, name.Location))
        {
            diagnostics.Error(DiagnosticCodes.DuplicateName, name.Location, $"a second scenario named '{name.Text}'; the first is at {_names[name.Text]}", "give every scenario its own name: it names the test");
        }

        var incident = map.Map("incident", required: true) is { } i ? ReadIncident(new YamlMapReader(i, file, diagnostics, "the incident")) : null;
        // 'customer:' may be left out for a manual without tiers: every customer is alike.
        var customer = map.Map("customer") is { } c ? ReadCustomer(new YamlMapReader(c, file, diagnostics, "the customer")) : new Customer();
        var expect = map.Map("expect", required: true) is { } e ? ReadExpectation(new YamlMapReader(e, file, diagnostics, "'expect'")) : null;
        map.Finish();
        return diagnostics.Count > errors || name is null || incident is null || customer is null || expect is null
            ? null
            : new Scenario(name.Text, description?.Text, map.Location, incident, customer, expect);
    }

    private Incident? ReadIncident(YamlMapReader map)
    {
        var failure = map.Scalar("failure", required: true);
        var cause = map.Scalar("cause");
        var delay = map.Scalar("delay") is { } d ? Delay(d) : null;
        var promised = map.Scalar("promised") is { } p ? Date(p) : null;
        var delivered = map.Scalar("delivered") is { } x ? Date(x) : null;
        var occurred = map.Scalar("occurred") is { } oc ? Date(oc) : null;
        var order = map.Scalar("order") is { } o ? Number(o) : 0m;
        var currency = map.Scalar("currency");
        var id = map.Scalar("id");
        var facts = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (map.Map("facts") is { } factMap)
        {
            foreach (var entry in factMap.Children)
            {
                if (map.ToScalar(entry.Key, "facts") is { } key && map.ToScalar(entry.Value, key.Text) is { } value)
                {
                    facts[key.Text] = Typed(value.Text, value.Quoted);
                }
            }
        }

        if (delay is not null && delivered is not null)
        {
            diagnostics.Error(DiagnosticCodes.InvalidValue, map.Location, "the incident has both 'delay' and 'delivered'", "write either 'delay: 3d' (measured from 'promised' or the manual's effective date) or the two dates");
        }

        map.Finish();
        if (failure is null)
        {
            return null;
        }

        if (delay is { } span)
        {
            // The promise defaults to 10:00 on the manual's effective date, on the manual's wall clock.
            promised ??= zone.ToDateTimeOffset(zone.StartOfDay(NodaTime.LocalDate.FromDateOnly(baseDate)).Plus(NodaTime.Duration.FromHours(10)));
            delivered = promised + span;
        }

        return new Incident
        {
            Id = id?.Text,
            Failure = failure.Text,
            Cause = cause?.Text,
            PromisedAt = promised,
            DeliveredAt = delivered,
            OccurredAt = occurred,
            OrderValue = order,
            Currency = currency?.Text,
            Facts = facts,
        };
    }

    private Customer? ReadCustomer(YamlMapReader map)
    {
        // Optional here: a manual without tiers takes none; one with tiers rejects a customer without one (INC002).
        var tier = map.Scalar("tier");
        var customer = new Customer
        {
            Tier = tier?.Text,
            Id = map.Scalar("id")?.Text,
            Name = map.Scalar("name")?.Text,
            Locale = map.Scalar("locale")?.Text,
            TenureMonths = map.Scalar("tenure-months") is { } t ? Integer(t) : 0,
            PriorIncidents = map.Scalar("prior-incidents") is { } p ? Integer(p) : 0,
            RecentCompensation = (map.Scalar("recent-compensation") is { } r ? Number(r) : 0m) ?? 0m,
        };
        map.Finish();
        return customer;
    }

    private ScenarioExpectation? ReadExpectation(YamlMapReader map)
    {
        var approvalScalar = map.Scalar("approval");
        KnownRole(approvalScalar);
        var approval = approvalScalar?.Text;
        var total = map.Scalar("total") is { } t ? Number(t) : null;
        var firesScalars = map.Scalars("fires");
        firesScalars.ForEach(KnownRule);
        var fires = firesScalars.Select(s => s.Text).ToList();
        var node = map.Node("remedies");
        var none = false;
        List<ExpectedRemedy>? remedies = null;
        switch (node)
        {
            case null:
                break;
            case YamlScalarNode { Value: "none" }:
                none = true;
                remedies = [];
                break;
            case YamlSequenceNode list:
                remedies = [];
                foreach (var item in list)
                {
                    if (ReadRemedy(map, item) is { } remedy)
                    {
                        remedies.Add(remedy);
                    }
                }

                none = remedies.Count == 0;
                break;
            default:
                diagnostics.Error(DiagnosticCodes.InvalidValue, map.At(node), "'remedies' must be 'none' or a list like '- discount: { percent: 15 }'");
                break;
        }

        if (node is null && approval is null && total is null && fires.Count == 0)
        {
            diagnostics.Error(DiagnosticCodes.MissingKey, map.Location, "'expect' expects nothing", "add 'remedies:' (a list, or 'none'), 'approval:', 'total:' or 'fires:'");
        }

        map.Finish();
        return new ScenarioExpectation { NoRemedy = none, Remedies = remedies, Approval = approval, Total = total, Fires = fires };
    }

    private ExpectedRemedy? ReadRemedy(YamlMapReader parent, YamlNode node)
    {
        string kindName;
        YamlNode kindNode = node;
        YamlNode? parameters = null;
        switch (node)
        {
            case YamlScalarNode scalar:
                kindName = scalar.Value ?? string.Empty;
                break;
            case YamlMappingNode { Children.Count: 1 } single:
                kindNode = single.Children.First().Key;
                kindName = (kindNode as YamlScalarNode)?.Value ?? string.Empty;
                parameters = single.Children.First().Value;
                break;
            default:
                diagnostics.Error(DiagnosticCodes.InvalidRemedy, parent.At(node), "each expected remedy must name one kind, like '- discount: { percent: 15 }'");
                return null;
        }

        if (!RemedyKinds.TryGet(kindName, out var descriptor))
        {
            diagnostics.Error(DiagnosticCodes.UnknownRemedy, parent.At(kindNode), $"unknown remedy '{kindName}'", Suggestions.DidYouMean(kindName, RemedyKinds.Names));
            return null;
        }

        var kind = descriptor.Kind;
        var list = new List<(string, string)>();
        if (parameters is YamlMappingNode parameterMap)
        {
            var map = new YamlMapReader(parameterMap, parent.Location.File, diagnostics, $"expected remedy '{kindName}'");
            foreach (var name in RemedyFields.Names(kind))
            {
                if (map.Scalar(name) is { } value)
                {
                    list.Add((name, value.Text));
                    if (name == "rule")
                    {
                        KnownRule(value);
                    }
                    else if (name == "approval")
                    {
                        KnownRole(value);
                    }

                    if (RemedyFields.Check(kind, name, value.Text) is { } problem)
                    {
                        diagnostics.Error(DiagnosticCodes.InvalidValue, value.Location, problem);
                    }
                }
            }

            map.Finish();
        }
        else if (parameters is not null and not YamlScalarNode { Value: null or "" })
        {
            diagnostics.Error(DiagnosticCodes.InvalidRemedy, parent.At(parameters), $"the parameters of '{kindName}' must be a mapping, like '{{ rule: ... }}'");
        }

        return new ExpectedRemedy { Kind = kind, KindName = kindName, Location = parent.At(node), Parameters = list };
    }

    /// <summary>An expectation naming a rule the manual does not have could never pass: a load error.</summary>
    private void KnownRule(Scalar name)
    {
        if (rules is not null && !rules.Contains(name.Text))
        {
            diagnostics.Error(DiagnosticCodes.UnknownScenarioName, name.Location, $"the manual has no rule named '{name.Text}'", Suggestions.Nearest(name.Text, rules) is { } nearest ? $"did you mean '{nearest}'?" : "check the rule's name in the manual (compensation explain lists every rule)");
        }
    }

    private void KnownRole(Scalar? role)
    {
        if (role is not null && roles is not null && !roles.Contains(role.Text))
        {
            diagnostics.Error(DiagnosticCodes.UnknownScenarioName, role.Location, $"the manual has no role named '{role.Text}'", Suggestions.DidYouMean(role.Text, roles).Replace("valid values are", "its roles are", StringComparison.Ordinal));
        }
    }
}
