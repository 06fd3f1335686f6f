namespace Compensation.Benchmarks.Policy;

/// <summary>Refuses to measure peers that do not decide the same totals.</summary>
internal static class PeerAgreement
{
    public static void Check(CompensationManual manual, HandWrittenPolicy handWritten, RulesEnginePolicy? rulesEngine, (Incident Incident, Customer Customer)[] cases, RuleInput[] inputs)
    {
        var disagreements = new List<string>();
        var nonZero = 0;
        for (var i = 0; i < cases.Length; i++)
        {
            var (incident, customer) = cases[i];
            var engine = manual.Decide(incident, customer).TotalCost;
            var hand = handWritten.Decide(incident, customer);
            var re = rulesEngine?.Decide(inputs[i]) ?? engine;
            nonZero += engine > 0 ? 1 : 0;
            if (engine != hand || engine != re)
            {
                disagreements.Add($"{incident.Failure}/{customer.Tier}/{incident.Cause} order {incident.OrderValue} prior {customer.PriorIncidents}: Compensation {engine}, hand-written {hand}, RulesEngine {re}");
            }
        }

        if (disagreements.Count > 0 || nonZero < cases.Length / 2)
        {
            throw new InvalidOperationException($"peers disagree on {disagreements.Count} of {cases.Length} incidents ({nonZero} with a remedy):\n" + string.Join("\n", disagreements.Take(10)));
        }
    }
}
