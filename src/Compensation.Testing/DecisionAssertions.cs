using System.Globalization;
using System.Text;

namespace Compensation.Testing;

/// <summary>Assertions on a <see cref="Decision"/>; each failure message lists what the decision did grant.</summary>
public sealed class DecisionAssertions
{
    internal DecisionAssertions(Decision subject)
    {
        Subject = subject;
    }

    /// <summary>The decision under test.</summary>
    public Decision Subject { get; }

    /// <summary>Asserts that the decision grants a remedy of kind <typeparamref name="TRemedy"/> (matching <paramref name="predicate"/>, when given).</summary>
    /// <typeparam name="TRemedy">The kind of remedy, such as <see cref="DiscountRemedy"/>.</typeparam>
    /// <param name="predicate">A condition the remedy must meet.</param>
    /// <param name="because">Why, for the failure message.</param>
    /// <exception cref="CompensationAssertionException">No such remedy is granted.</exception>
    public GrantConstraint<TRemedy> Grant<TRemedy>(Func<TRemedy, bool>? predicate = null, string? because = null)
        where TRemedy : Remedy
    {
        var match = Subject.Remedies.OfType<TRemedy>().FirstOrDefault(r => predicate is null || predicate(r));
        if (match is null)
        {
            Fail($"Expected the decision to grant a {typeof(TRemedy).Name}{(predicate is null ? string.Empty : " matching the condition")}{Because(because)}, but {(Subject.Remedies.OfType<TRemedy>().Any() ? "none of its remedies of that kind matched" : "it grants none")}.");
        }

        return new GrantConstraint<TRemedy>(this, match!);
    }

    /// <summary>Asserts that the decision grants no remedy of kind <typeparamref name="TRemedy"/>.</summary>
    /// <typeparam name="TRemedy">The kind of remedy.</typeparam>
    /// <param name="because">Why, for the failure message.</param>
    /// <exception cref="CompensationAssertionException">Such a remedy is granted.</exception>
    public AndConstraint<DecisionAssertions> NotGrant<TRemedy>(string? because = null)
        where TRemedy : Remedy
    {
        if (Subject.Remedies.OfType<TRemedy>().Any())
        {
            Fail($"Expected the decision to grant no {typeof(TRemedy).Name}{Because(because)}, but it does.");
        }

        return new(this);
    }

    /// <summary>Asserts that the decision grants nothing.</summary>
    /// <param name="because">Why, for the failure message.</param>
    /// <exception cref="CompensationAssertionException">Something is granted.</exception>
    public AndConstraint<DecisionAssertions> GrantNothing(string? because = null)
    {
        if (Subject.HasRemedy)
        {
            Fail($"Expected the decision to grant nothing{Because(because)}, but it grants {Subject.Remedies.Count} remedies.");
        }

        return new(this);
    }

    /// <summary>Asserts that a remedy granted by the named rule is in the decision.</summary>
    /// <param name="rule">The rule's name.</param>
    /// <param name="because">Why, for the failure message.</param>
    /// <exception cref="CompensationAssertionException">No remedy of that rule is granted.</exception>
    public AndConstraint<DecisionAssertions> GrantFrom(string rule, string? because = null)
    {
        if (!Subject.Remedies.Any(r => r.Rule == rule))
        {
            Fail($"Expected a remedy granted by rule '{rule}'{Because(because)}, but there is none.");
        }

        return new(this);
    }

    /// <summary>Asserts the role that must approve the decision.</summary>
    /// <param name="role">The role, such as <c>agente</c>.</param>
    /// <param name="because">Why, for the failure message.</param>
    /// <exception cref="CompensationAssertionException">Another role must approve it.</exception>
    public AndConstraint<DecisionAssertions> RequireApproval(string role, string? because = null)
    {
        if (!string.Equals(Subject.Approval.Role, role, StringComparison.Ordinal))
        {
            Fail($"Expected the decision to need approval by '{role}'{Because(because)}, but it needs '{Subject.Approval.Role}' (total {Money(Subject.TotalCost)}).");
        }

        return new(this);
    }

    /// <summary>Asserts the decision's total cost.</summary>
    /// <param name="total">The expected total.</param>
    /// <param name="because">Why, for the failure message.</param>
    /// <exception cref="CompensationAssertionException">The total differs.</exception>
    public AndConstraint<DecisionAssertions> HaveTotal(decimal total, string? because = null)
    {
        if (Subject.TotalCost != total)
        {
            Fail($"Expected a total of {Money(total)}{Because(because)}, but it is {Money(Subject.TotalCost)}.");
        }

        return new(this);
    }

    /// <summary>Asserts that a rule fired (the decision must come from <see cref="CompensationManual.Explain(Incident, Customer)"/>).</summary>
    /// <param name="rule">The rule's name.</param>
    /// <param name="because">Why, for the failure message.</param>
    /// <exception cref="CompensationAssertionException">The rule did not fire, or the decision has no trace.</exception>
    public AndConstraint<DecisionAssertions> FireRule(string rule, string? because = null)
    {
        if (Subject.Trace.Count == 0)
        {
            Fail($"Cannot tell whether rule '{rule}' fired: the decision has no trace; use manual.Explain(...) instead of Decide(...).");
        }

        var trace = Subject.Trace.FirstOrDefault(t => t.Rule == rule);
        if (trace?.Outcome != RuleOutcome.Fired)
        {
            Fail($"Expected rule '{rule}' to fire{Because(because)}, but {(trace is null ? "the manual has no such rule" : trace.ToString())}.");
        }

        return new(this);
    }

    private static string Because(string? because) => string.IsNullOrWhiteSpace(because) ? string.Empty : " because " + because;

    private static string Money(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private void Fail(string message)
    {
        var text = new StringBuilder(message).AppendLine().Append("The decision grants:");
        if (!Subject.HasRemedy)
        {
            text.Append(" nothing");
        }

        foreach (var remedy in Subject.Remedies)
        {
            text.AppendLine().Append("  ").Append(remedy.Kind).Append(" from '").Append(remedy.Rule).Append("', cost ").Append(Money(remedy.Cost)).Append(": ").Append(remedy);
        }

        text.AppendLine().Append(CultureInfo.InvariantCulture, $"Total {Money(Subject.TotalCost)}, approval '{Subject.Approval.Role}'.");
        throw new CompensationAssertionException(text.ToString());
    }
}
