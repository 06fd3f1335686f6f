using Compensation.Compilation;

namespace Compensation.Tests.Compilation;

/// <summary>The lexical preparation of expressions: conjunct splitting (for explanations) and literals.</summary>
public class ExpressionTextTests
{
    [Fact]
    public void SplitConjuncts_TopLevelAnd_SplitsWithOffsets()
    {
        var parts = ExpressionText.SplitConjuncts("failure == \"retraso\" and delay.days >= 2 && tier >= \"oro\"");

        // "delay.days" starts at offset 25, "tier" at 44.
        Assert.Equal([("failure == \"retraso\"", 0), ("delay.days >= 2", 25), ("tier >= \"oro\"", 44)], parts);
    }

    [Theory]
    [InlineData("a > 1 or b > 2 and c > 3")]        // a top-level 'or': splitting would change the meaning
    [InlineData("a > 1 and b > 2 ? c > 3 : d > 4")] // a top-level conditional
    [InlineData("(a > 1 and b > 2)")]               // 'and' only inside parentheses
    [InlineData("failure == \"a and b\"")]          // 'and' inside quotes
    [InlineData("brand > 1")]                       // 'and' inside a word
    public void SplitConjuncts_NothingToSplit_KeepsTheWholeText(string text)
    {
        Assert.Equal([(text, 0)], ExpressionText.SplitConjuncts(text));
    }

    [Fact]
    public void Prepare_Literals_DecimalNumbersFunctionsAndSingleQuotes()
    {
        var (text, offsets) = ExpressionText.Prepare("min(0.5 * order.value, 'x') + 2");

        // min maps to Math.Min; 0.5 becomes a decimal literal; single quotes become double quotes; 2 stays an integer.
        Assert.Equal("Math.Min(0.5m * order.value, \"x\") + 2", text);
        Assert.Equal(text.Length, offsets.Length);
        Assert.Equal(4, offsets[text.IndexOf("0.5m", StringComparison.Ordinal)]); // '0.5' is at offset 4 of the original
    }

    [Fact]
    public void Prepare_FunctionNameAsMember_IsNotMapped()
    {
        // 'customer.min' is a member, not the min function.
        Assert.Equal("customer.min(1)", ExpressionText.Prepare("customer.min(1)").Text);
    }
}
