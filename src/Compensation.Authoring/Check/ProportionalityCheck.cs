using Compensation.Compilation;
using Compensation.Documents;
using Compensation.Evaluation;
using Compensation.Facts;

namespace Compensation.Check;

/// <summary>
/// Over the probe grid: an incident with more harm along one dimension (a longer delay, a higher tier, more
/// prior incidents, a higher order value) must never get a lower total than the otherwise equal incident.
/// </summary>
internal static class ProportionalityCheck
{
    public static void Add(GridRun run, CompensationManual manual, int maxExamples, List<CheckFinding> findings)
    {
        var grid = run.Grid;
        for (var f = 0; f < grid.Failures.Count; f++)
        {
            var (failure, dimensions) = grid.Failures[f];
            var totals = run.Totals[f];
            var indices = new int[dimensions.Count];
            for (var dim = 0; dim < dimensions.Count; dim++)
            {
                var dimension = dimensions[dim];
                if (dimension.Harm is null || dimension.Values.Count < 2)
                {
                    continue;
                }

                var examples = new List<(long Less, long More)>();
                var count = 0;
                for (long p = 0; p < totals.Length; p++)
                {
                    grid.Decode(f, p, indices);
                    if (totals[p] is not { } lower || grid.Neighbour(f, p, indices, dim) is not { } next || totals[next] is not { } higher || higher >= lower)
                    {
                        continue;
                    }

                    count++;
                    if (examples.Count < maxExamples)
                    {
                        examples.Add((p, next));
                    }
                }

                foreach (var (less, more) in examples)
                {
                    findings.Add(Finding(run, manual, f, dim, less, more, count));
                }
            }
        }
    }

    private static CheckFinding Finding(GridRun run, CompensationManual manual, int f, int dim, long less, long more, int count)
    {
        var grid = run.Grid;
        var (failure, dimensions) = grid.Failures[f];
        var a = new int[dimensions.Count];
        var b = new int[dimensions.Count];
        grid.Decode(f, less, a);
        grid.Decode(f, more, b);
        var (incidentA, customerA) = grid.At(failure, dimensions, a);
        var (incidentB, customerB) = grid.At(failure, dimensions, b);
        var decisionA = DecisionEvaluator.Decide(grid.Manual, incidentA, customerA, explain: true);
        var decisionB = DecisionEvaluator.Decide(grid.Manual, incidentB, customerB, explain: true);

        // Blame the rule whose remedies lost the most between the two incidents.
        var lost = decisionA.Remedies.GroupBy(r => r.Rule)
            .Select(g => (Rule: g.Key, Drop: g.Sum(r => r.Cost) - decisionB.Remedies.Where(r => r.Rule == g.Key).Sum(r => r.Cost)))
            .OrderByDescending(x => x.Drop)
            .FirstOrDefault();
        var location = lost.Rule is not null && lost.Drop > 0
            ? run.Rule(lost.Rule).Location
            : (f < grid.Manual.FailureLocations.Count ? grid.Manual.FailureLocations[f] : default);
        var dimension = dimensions[dim];
        var blame = lost.Rule is not null && lost.Drop > 0 ? $"; '{lost.Rule}' grants {Money(lost.Drop)} less" : string.Empty;
        if (lost.Rule is not null && lost.Drop > 0 && Bound(grid.Manual, run.Rule(lost.Rule), (incidentA, customerA, decisionA), (incidentB, customerB, decisionB)) is { } bound)
        {
            // The grant's own bound makes the drop: a 'max:' that caps the worse incident, or a 'min:' that lifts the milder one.
            location = bound.Location;
            blame += bound.Why;
        }

        var others = count > 1 ? $" ({count} such pairs for '{failure}')" : string.Empty;
        return new CheckFinding(
            CheckCodes.Proportionality,
            DiagnosticSeverity.Error,
            $"not proportional: {dimension.Harm} earns less — '{failure}' with {dimension.Name} {dimension.Describe(a[dim])} → {dimension.Describe(b[dim])} lowers the total from {Money(decisionA.TotalCost)} to {Money(decisionB.TotalCost)}{blame}{others}",
            location,
            [
                $"{ManualCheck.Describe(grid, f, a)} → total {Money(decisionA.TotalCost)} ({Rules(decisionA)})",
                $"{ManualCheck.Describe(grid, f, b)} → total {Money(decisionB.TotalCost)} ({Rules(decisionB)})",
            ]);
    }

    /// <summary>
    /// When a grant of <paramref name="rule"/> is held by its own bound: its <c>max:</c> caps the remedy of the worse
    /// incident below the milder one's, or its <c>min:</c> lifts the milder incident's remedy above the worse one's.
    /// </summary>
    private static (SourceLocation Location, string Why)? Bound(CompiledManual manual, CompiledRule rule, (Incident Incident, Customer Customer, Decision Decision) less, (Incident Incident, Customer Customer, Decision Decision) more)
    {
        var frameLess = Frame(manual, less.Incident, less.Customer, less.Decision);
        var frameMore = Frame(manual, more.Incident, more.Customer, more.Decision);
        if (frameLess is null || frameMore is null)
        {
            return null;
        }

        foreach (var grant in rule.Grants)
        {
            var costLess = less.Decision.Remedies.FirstOrDefault(r => r.Rule == rule.Name && r.Kind == grant.Kind)?.Cost;
            var costMore = more.Decision.Remedies.FirstOrDefault(r => r.Rule == rule.Name && r.Kind == grant.Kind)?.Cost;
            if (costLess is not { } a || costMore is not { } b || b >= a)
            {
                continue;
            }

            try
            {
                if (grant.Max is { } max && frameMore.Rounding.Round(max.Evaluate(frameMore)) == b)
                {
                    return (max.Source.Location, $": its 'max: {max.Source.Text}' caps it at {Money(b)}");
                }

                if (grant.Min is { } min && frameLess.Rounding.Round(min.Evaluate(frameLess)) == a)
                {
                    return (min.Source.Location, $": its 'min: {min.Source.Text}' lifts the milder incident to {Money(a)}");
                }
            }
            catch (ArithmeticException)
            {
                // The bound cannot be evaluated here: blame the rule.
            }
        }

        return null;
    }

    /// <summary>The facts of a decided incident, derived facts included (set again by the rules that fired, in order).</summary>
    private static FactFrame? Frame(CompiledManual manual, Incident incident, Customer customer, Decision decision)
    {
        var frame = new FactFrame(manual.Schema);
        if (IncidentBinder.Bind(manual, incident, customer, frame) is not null)
        {
            return null;
        }

        var rules = manual.Rules.ToDictionary(r => r.Name, StringComparer.Ordinal);
        foreach (var trace in decision.Trace.Where(t => t.Outcome == RuleOutcome.Fired))
        {
            DecisionEvaluator.RunSets(rules[trace.Rule], frame);
        }

        return frame;
    }

    private static string Rules(Decision decision)
        => decision.HasRemedy ? string.Join(", ", decision.Remedies.Select(r => $"{r.Rule} {Money(r.Cost)}")) : "no remedy";

    private static string Money(decimal value) => Scenarios.RemedyFields.Number(value);
}
