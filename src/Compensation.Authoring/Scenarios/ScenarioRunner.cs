using System.Globalization;

namespace Compensation.Scenarios;

/// <summary>Decides a scenario and compares the decision with what the scenario expects.</summary>
internal static class ScenarioRunner
{
    public static ScenarioResult Run(CompensationManual manual, Scenario scenario)
    {
        Decision decision;
        try
        {
            decision = manual.Explain(scenario.Incident, scenario.Customer);
        }
        catch (InvalidIncidentException ex)
        {
            return new ScenarioResult(scenario, null, [.. ex.Errors.Select(e => $"the incident does not fit the manual: {e.Property}: {e.Message} ({e.Code})")]);
        }
        catch (RuleEvaluationException ex)
        {
            return new ScenarioResult(scenario, null, [$"a rule failed: {ex.Message}"]);
        }

        return new ScenarioResult(scenario, decision, Compare(scenario.Expected, decision));
    }

    public static List<string> Compare(ScenarioExpectation expected, Decision decision)
    {
        var differences = new List<string>();
        if (expected.NoRemedy && decision.HasRemedy)
        {
            differences.Add("expected no remedy, but the decision grants:");
            differences.AddRange(decision.Remedies.Select(r => "  + " + RemedyFields.Describe(r)));
        }
        else if (expected.Remedies is { Count: > 0 } remedies)
        {
            CompareRemedies(remedies, decision.Remedies, differences);
        }

        if (expected.Approval is { } approval && !string.Equals(approval, decision.Approval.Role, StringComparison.Ordinal))
        {
            differences.Add($"approval: expected {approval}, was {decision.Approval.Role} (total {RemedyFields.Number(decision.TotalCost)})");
        }

        if (expected.Total is { } total && total != decision.TotalCost)
        {
            differences.Add($"total: expected {RemedyFields.Number(total)}, was {RemedyFields.Number(decision.TotalCost)}");
        }

        foreach (var rule in expected.Fires)
        {
            if (!decision.Trace.Any(t => t.Rule == rule && t.Outcome == RuleOutcome.Fired))
            {
                var trace = decision.Trace.FirstOrDefault(t => t.Rule == rule);
                differences.Add(trace is null ? $"fires: the manual has no rule '{rule}'" : $"fires: expected '{rule}' to fire, but {trace}");
            }
        }

        return differences;
    }

    private static void CompareRemedies(IReadOnlyList<ExpectedRemedy> expected, IReadOnlyList<Remedy> actual, List<string> differences)
    {
        var used = new bool[actual.Count];
        var missing = new List<ExpectedRemedy>();
        foreach (var remedy in expected)
        {
            var index = Enumerable.Range(0, actual.Count).FirstOrDefault(i => !used[i] && Matches(remedy, actual[i]), -1);
            if (index < 0)
            {
                missing.Add(remedy);
            }
            else
            {
                used[index] = true;
            }
        }

        foreach (var remedy in missing)
        {
            differences.Add($"  - {remedy}   (expected at {remedy.Location.Line}:{remedy.Location.Column})");
            var sameKind = Enumerable.Range(0, actual.Count).Where(i => !used[i] && actual[i].Kind == remedy.Kind).ToList();
            foreach (var i in sameKind)
            {
                var wrong = remedy.Parameters
                    .Where(p => !RemedyFields.Same(p.Value, RemedyFields.Actual(actual[i], p.Name)))
                    .Select(p => $"{p.Name} expected {p.Value}, was {RemedyFields.Actual(actual[i], p.Name) ?? "(none)"}");
                differences.Add($"      closest: {RemedyFields.Describe(actual[i])}: {string.Join("; ", wrong)}");
            }
        }

        for (var i = 0; i < actual.Count; i++)
        {
            if (!used[i])
            {
                differences.Add($"  + {RemedyFields.Describe(actual[i])}   (granted but not expected)");
            }
        }

        if (differences.Count > 0)
        {
            differences.Insert(0, string.Create(CultureInfo.InvariantCulture, $"remedies differ (- expected, + granted; {expected.Count} expected, {actual.Count} granted):"));
        }
    }

    private static bool Matches(ExpectedRemedy expected, Remedy actual)
        => expected.Kind == actual.Kind && expected.Parameters.All(p => RemedyFields.Same(p.Value, RemedyFields.Actual(actual, p.Name)));
}
