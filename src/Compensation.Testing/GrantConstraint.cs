namespace Compensation.Testing;

/// <summary>The result of <see cref="DecisionAssertions.Grant{TRemedy}"/>: chain with <see cref="AndConstraint{T}.And"/>, or inspect the remedy with <see cref="Which"/>.</summary>
/// <typeparam name="TRemedy">The kind of remedy found.</typeparam>
public sealed class GrantConstraint<TRemedy> : AndConstraint<DecisionAssertions>
    where TRemedy : Remedy
{
    internal GrantConstraint(DecisionAssertions and, TRemedy which)
        : base(and)
    {
        Which = which;
    }

    /// <summary>The remedy that matched.</summary>
    public TRemedy Which { get; }
}
