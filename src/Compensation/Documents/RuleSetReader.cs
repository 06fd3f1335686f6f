using Compensation.Decisions;
using Compensation.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace Compensation.Documents;

/// <summary>Reads <c>rule-sets:</c>: rules, their grants, and decision tables (expanded into rules).</summary>
internal sealed class RuleSetReader(YamlMapReader parent, DiagnosticBag diagnostics)
{
    private string File => parent.Location.File;

    public RuleSetDocument? Read(YamlNode node)
    {
        if (node is not YamlMappingNode mapping)
        {
            diagnostics.Error(DiagnosticCodes.InvalidValue, parent.At(node), "each rule set must be a mapping with 'name', 'hit-policy' and 'rules' (or 'table')");
            return null;
        }

        var map = new YamlMapReader(mapping, File, diagnostics, "a rule set");
        var ruleSet = new RuleSetDocument { Location = map.Location, Name = map.Scalar("name", required: true), HitPolicy = map.Scalar("hit-policy", required: true) };
        if (map.Sequence("rules") is { } rules)
        {
            foreach (var ruleNode in rules)
            {
                if (ReadRule(ruleNode, "a rule") is { } rule)
                {
                    ruleSet.Rules.Add(rule);
                }
            }
        }

        if (map.Map("table") is { } table)
        {
            ReadTable(table, ruleSet);
        }

        map.Finish();
        return ruleSet;
    }

    private RuleDocument? ReadRule(YamlNode node, string what, IReadOnlyList<Scalar>? columns = null)
    {
        if (node is not YamlMappingNode mapping)
        {
            diagnostics.Error(DiagnosticCodes.InvalidValue, parent.At(node), $"{what} must be a mapping with 'name', 'when' and 'grant' or 'set'");
            return null;
        }

        var map = new YamlMapReader(mapping, File, diagnostics, what);
        var rule = new RuleDocument { Location = map.Location, Name = map.Scalar("name", required: true), Section = map.Scalar("section"), Priority = map.Scalar("priority") };
        if (columns is null)
        {
            rule.Conditions.AddRange(map.Scalars("when"));
        }
        else if (map.Sequence("when", required: true) is { } cells)
        {
            ReadCells(map, cells, columns, rule);
        }

        if (map.Map("set") is { } sets)
        {
            foreach (var entry in sets.Children)
            {
                if (map.ToScalar(entry.Key, "set") is { } fact && map.ToScalar(entry.Value, "set") is { } formula)
                {
                    rule.Sets.Add((fact, formula));
                }
            }
        }

        var grantsWritten = 0;
        if (map.Node("grant") is { } grants)
        {
            foreach (var grant in grants is YamlSequenceNode list ? list.Children : [grants])
            {
                grantsWritten++;
                if (ReadGrant(map, grant) is { } document)
                {
                    rule.Grants.Add(document);
                }
            }
        }

        // A grant that could not be read is reported where it is; do not also say the rule grants nothing.
        if (rule.Sets.Count == 0 && grantsWritten == 0)
        {
            diagnostics.Error(DiagnosticCodes.MissingKey, map.Location, $"rule '{rule.Name?.Text}' neither grants a remedy nor sets a fact", "add 'grant:' with at least one remedy, or 'set:'");
        }

        map.Finish();
        return rule;
    }

    private GrantDocument? ReadGrant(YamlMapReader rule, YamlNode node)
    {
        Scalar kind;
        YamlNode? parameters = null;
        switch (node)
        {
            case YamlScalarNode scalar:
                kind = new Scalar(scalar.Value ?? string.Empty, rule.At(node));
                break;
            case YamlMappingNode { Children.Count: 1 } single:
                var entry = single.Children.First();
                kind = new Scalar((entry.Key as YamlScalarNode)?.Value ?? string.Empty, rule.At(entry.Key));
                parameters = entry.Value;
                break;
            default:
                diagnostics.Error(DiagnosticCodes.InvalidRemedy, rule.At(node), "each grant must name one remedy, like '- discount: { percent: 10 }'");
                return null;
        }

        if (!RemedyKinds.TryGet(kind.Text, out var descriptor))
        {
            diagnostics.Error(DiagnosticCodes.UnknownRemedy, kind.Location, $"unknown remedy '{kind.Text}'", Suggestions.DidYouMean(kind.Text, RemedyKinds.Names));
            return null;
        }

        var grant = new GrantDocument { Kind = kind };
        if (parameters is YamlMappingNode parameterMap)
        {
            var map = new YamlMapReader(parameterMap, File, diagnostics, $"remedy '{kind.Text}'");
            foreach (var parameter in descriptor.AllParameters)
            {
                if (parameter.Shape == ParameterShape.Formula && map.Has(parameter.Name) && map.Node(parameter.Name) is YamlMappingNode perCurrency)
                {
                    if (CurrencyValues.Read(perCurrency, map, parameter.Name) is { } written)
                    {
                        grant.Parameters[parameter.Name] = written;
                    }
                }
                else if (map.Scalar(parameter.Name) is { } value)
                {
                    grant.Parameters[parameter.Name] = value;
                }
            }

            map.Finish();
        }
        else if (parameters is not null and not YamlScalarNode { Value: null or "" })
        {
            diagnostics.Error(DiagnosticCodes.InvalidRemedy, rule.At(parameters), $"the parameters of '{kind.Text}' must be a mapping, like '{{ {descriptor.AllParameters[0].Name}: ... }}'");
        }

        return grant;
    }

    private void ReadTable(YamlMappingNode node, RuleSetDocument ruleSet)
    {
        var map = new YamlMapReader(node, File, diagnostics, "a decision table");
        var columns = map.Scalars("columns");
        if (columns.Count == 0)
        {
            diagnostics.Error(DiagnosticCodes.InvalidTable, map.Location, "the decision table has no 'columns'", "add 'columns: [failure, tier, delay.days]'");
        }

        if (map.Sequence("rows", required: true) is { } rows)
        {
            foreach (var row in rows)
            {
                if (ReadRule(row, "a table row", columns) is { } rule)
                {
                    ruleSet.Rules.Add(rule);
                }
            }
        }

        map.Finish();
    }

    private void ReadCells(YamlMapReader row, YamlSequenceNode cells, IReadOnlyList<Scalar> columns, RuleDocument rule)
    {
        if (cells.Children.Count != columns.Count)
        {
            diagnostics.Error(DiagnosticCodes.InvalidTable, row.At(cells), $"the row has {cells.Children.Count} cells but the table has {columns.Count} columns ({string.Join(", ", columns)})", "write one cell per column; '-' matches anything");
            return;
        }

        for (var i = 0; i < columns.Count; i++)
        {
            if (row.ToScalar(cells.Children[i], "when") is not { } cell)
            {
                continue;
            }

            if (TableCell.ToExpression(columns[i].Text, cell.Text, out var error) is { } expression)
            {
                rule.Conditions.Add(new Scalar(expression, cell.Location) { Synthetic = true });
            }
            else if (error is not null)
            {
                diagnostics.Error(DiagnosticCodes.InvalidTable, cell.Location, $"column '{columns[i].Text}': {error}", TableCell.Forms);
            }
        }
    }
}
