using System.Globalization;
using RulesEngine.Models;

namespace Compensation.Benchmarks.Policy;

/// <summary>The input Microsoft RulesEngine sees: the incident's facts as plain properties (built once per incident, outside the measurement).</summary>
public sealed class RuleInput
{
    public required string Failure { get; init; }

    public required int Tier { get; init; }

    public required string Cause { get; init; }

    public required int Days { get; init; }

    public required decimal OrderValue { get; init; }

    public required int Prior { get; init; }
}

/// <summary>
/// The generated policy as a Microsoft RulesEngine workflow: one lambda-expression rule per manual rule, the derived
/// fact as a global parameter, and each rule's quantity as an OutputExpression action; groups and caps in C#.
/// </summary>
internal sealed class RulesEnginePolicy
{
    private const string WorkflowName = "resarcimiento";
    private readonly RulesEngine.RulesEngine _engine;
    private readonly Dictionary<string, int> _groups = new(StringComparer.Ordinal);

    public RulesEnginePolicy(GeneratedPolicy policy)
    {
        var rules = new List<Rule>();
        foreach (var rule in policy.Main)
        {
            var on = GeneratedPolicy.IsDelay(rule.Failure) ? "input1.Days" : "input1.OrderValue";
            var condition = $"input1.Failure == \"{GeneratedPolicy.FailureName(rule.Failure)}\" AND input1.Tier == {rule.Tier}"
                + (rule.Cause is null ? string.Empty : $" AND input1.Cause == \"{rule.Cause}\"")
                + $" AND {on} >= {rule.Lo}" + (rule.Hi == int.MaxValue ? string.Empty : $" AND {on} < {rule.Hi}");
            var quantity = (rule.Kind, GeneratedPolicy.IsDelay(rule.Failure)) switch
            {
                (GrantKind.Discount, true) => $"Math.Min({rule.A} + {rule.B} * input1.Days, 50)",
                (GrantKind.Discount, false) => $"{rule.A} + {rule.B}",
                (_, true) => $"Math.Min({rule.A} * input1.Days, 80)",
                _ => $"{rule.A} * {rule.B}",
            };
            rules.Add(Make(rule.Name, condition, quantity));
            _groups[rule.Name] = rule.Kind == GrantKind.Discount ? Settlement.Discount : Settlement.StoreCredit;
        }

        rules.Add(Make("obsequio-grave", "gravedad >= 3 AND input1.Tier >= 2", "10"));
        _groups["obsequio-grave"] = Settlement.Gift;
        rules.Add(Make("saldo-reincidencia", "gravedad >= 2 AND input1.Prior >= 2", "Math.Min(10 * input1.Prior, 50)"));
        _groups["saldo-reincidencia"] = Settlement.Reincidencia;

        var workflow = new Workflow
        {
            WorkflowName = WorkflowName,
            GlobalParams = [new ScopedParam { Name = "gravedad", Expression = "input1.Days >= 10 ? 3 : (input1.Days >= 5 OR input1.OrderValue >= 300 ? 2 : (input1.Days >= 1 OR input1.OrderValue >= 100 ? 1 : 0))" }],
            Rules = rules,
        };
        _engine = new RulesEngine.RulesEngine([workflow], new ReSettings());
    }

    public static RuleInput Input(Incident incident, Customer customer) => new()
    {
        Failure = incident.Failure,
        Tier = Array.IndexOf(GeneratedPolicy.Tiers, customer.Tier),
        Cause = incident.Cause ?? string.Empty,
        Days = incident.PromisedAt is { } p && incident.DeliveredAt is { } d ? (int)(Math.Max(0, Math.Floor((d - p).TotalHours)) / 24) : 0,
        OrderValue = incident.OrderValue ?? 0m,
        Prior = customer.PriorIncidents,
    };

    public decimal Decide(RuleInput input)
    {
        var results = _engine.ExecuteAllRulesAsync(WorkflowName, input).AsTask().GetAwaiter().GetResult();
        Span<PeerGrant> granted = stackalloc PeerGrant[64];
        var count = 0;
        foreach (var result in results)
        {
            if (!result.IsSuccess)
            {
                continue;
            }

            if (result.ActionResult?.Exception is { } ex)
            {
                throw new InvalidOperationException($"RulesEngine rule {result.Rule.RuleName} failed", ex);
            }

            var group = _groups[result.Rule.RuleName];
            var quantity = Convert.ToDecimal(result.ActionResult!.Output, CultureInfo.InvariantCulture);
            granted[count++] = new PeerGrant(group, group == Settlement.Discount ? Settlement.DiscountCost(input.OrderValue, quantity) : Settlement.Round(quantity));
        }

        return Settlement.Total(input.OrderValue, granted[..count]);
    }

    private static Rule Make(string name, string condition, string output) => new()
    {
        RuleName = name,
        RuleExpressionType = RuleExpressionType.LambdaExpression,
        Expression = condition,
        Actions = new RuleActions
        {
            OnSuccess = new ActionInfo { Name = "OutputExpression", Context = new Dictionary<string, object> { ["expression"] = output } },
        },
    };
}
