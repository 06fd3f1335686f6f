using Compensation.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace Compensation.Documents;

/// <summary>Reads the <c>catalog:</c> section: tiers, failure kinds, causes and extra facts.</summary>
internal sealed class CatalogReader(YamlMapReader parent, DiagnosticBag diagnostics)
{
    public CatalogDocument Read(YamlMappingNode node)
    {
        var map = new YamlMapReader(node, parent.Location.File, diagnostics, "'catalog'");
        var catalog = new CatalogDocument { Location = map.Location };
        catalog.Tiers.AddRange(map.Scalars("tiers"));
        catalog.Failures.AddRange(map.Scalars("failures"));
        catalog.DelayFailures.AddRange(map.Scalars("delay-failures"));
        catalog.Causes.AddRange(map.Scalars("causes"));

        if (map.Map("derived") is { } derived)
        {
            foreach (var entry in derived.Children)
            {
                if (map.ToScalar(entry.Key, "derived") is { } name && map.ToScalar(entry.Value, "derived") is { } type)
                {
                    catalog.Derived.Add((name, type));
                }
            }
        }

        if (map.Map("facts") is { } facts)
        {
            foreach (var entry in facts.Children)
            {
                if (map.ToScalar(entry.Key, "facts") is not { } name)
                {
                    continue;
                }

                var fact = new FactDocument { Name = name };
                if (entry.Value is YamlMappingNode factNode)
                {
                    var factMap = new YamlMapReader(factNode, parent.Location.File, diagnostics, $"fact '{name.Text}'");
                    if (factMap.Node("type") is YamlSequenceNode values)
                    {
                        fact.Values = values.Select(v => factMap.ToScalar(v, "type")).OfType<Scalar>().ToList();
                        fact.Type = new Scalar("enum", factMap.At(values));
                    }
                    else
                    {
                        fact.Type = factMap.Scalar("type", required: true);
                    }

                    fact.Min = factMap.Scalar("min");
                    fact.Max = factMap.Scalar("max");
                    fact.Default = factMap.Scalar("default");
                    fact.Worse = factMap.Scalar("worse");
                    factMap.Finish();
                }
                else
                {
                    diagnostics.Error(DiagnosticCodes.InvalidValue, map.At(entry.Value), $"fact '{name.Text}' must be a mapping like '{{ type: integer, min: 0, default: 0 }}'");
                    continue;
                }

                catalog.Facts.Add(fact);
            }
        }

        map.Finish();
        return catalog;
    }
}
