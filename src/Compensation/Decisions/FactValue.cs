namespace Compensation;

/// <summary>A fact and the value it had, as shown in explanations.</summary>
/// <param name="Name">The fact, such as <c>delay.days</c>.</param>
/// <param name="Value">Its value, written invariantly (<c>3</c>, <c>120.50</c>, <c>oro</c>, <c>true</c>).</param>
public sealed record FactValue(string Name, string Value)
{
    /// <summary>Returns <c>name = value</c>.</summary>
    public override string ToString() => $"{Name} = {Value}";
}
