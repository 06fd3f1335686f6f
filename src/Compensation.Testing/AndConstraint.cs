namespace Compensation.Testing;

/// <summary>Chains another assertion on the same decision with <see cref="And"/>.</summary>
/// <typeparam name="T">The assertions to continue with.</typeparam>
public class AndConstraint<T>
{
    internal AndConstraint(T and)
    {
        And = and;
    }

    /// <summary>The assertions on the same decision.</summary>
    public T And { get; }
}
