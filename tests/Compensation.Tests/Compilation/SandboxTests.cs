using Compensation.TestSupport;

namespace Compensation.Tests.Compilation;

/// <summary>
/// A rule file can never call into the host: every attempt to reach a type, a method, reflection,
/// the file system, the clock or object creation is rejected when the manual loads, so no delegate
/// is ever built from it and nothing of it can run.
/// </summary>
public class SandboxTests
{
    private const string Gift = "gift: { description: x, cost: 1 }";

    /// <summary>A condition that tries to leave the sandbox, and the codes that may reject it.</summary>
    public static TheoryData<string> Escapes => new()
    {
        "System.IO.File.Exists(\"x\")",
        "System.IO.Directory.Exists(\"/\")",
        "\"a\".GetType() == null",
        "delay.GetType() != null",
        "DateTime.Now.Year > 2000",
        "new (1 as a) != null",
        "Convert.ToInt32(\"3\") > 0",
        "int.Parse(\"1\") > 0",
        "typeof(string) != null",
        "it != null",
        "np(tier) == \"oro\"",
        "\"abc\".Length > 0",
        "tier.Length > 0",
        "Math.Pow(2, 3) > 0",
        "Math.Sqrt(4) > 1",
        "string.Empty == \"\"",
        "order.value.ToString() == \"1\"",
        "delay.days.CompareTo(1) > 0",
        "Environment.Exit(1) == null",
        "AppDomain.CurrentDomain != null",
        "Activator.CreateInstance(\"x\") != null",
        "Guid.NewGuid() != null",
        "\"a\" + \"b\" == \"ab\"",
        // 5,000 characters: over the 2,000-character limit, rejected before parsing.
        string.Join(" + ", Enumerable.Repeat("1", 1250)) + " > 0",
        // 100 nested parentheses: over the nesting limit of 40, rejected before parsing.
        new string('(', 100) + "1" + new string(')', 100) + " > 0",
    };

    [Theory]
    [MemberData(nameof(Escapes))]
    public void TryParse_ConditionLeavingTheSandbox_IsRejectedAtLoad(string when)
    {
        var result = CompensationManual.TryParse([new ManualSource("manual.yaml", TestManual.Header), new ManualSource("test.yaml", TestManual.OneRule(Gift, when.Replace("'", "''", StringComparison.Ordinal)))]);

        Assert.Null(result.Manual);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Contains(diagnostic.Code, new[] { "CMP009", "CMP011", "CMP021" });
        Assert.Equal("test.yaml", diagnostic.Location.File);
        Assert.Equal(6, diagnostic.Location.Line);
    }

    [Theory]
    [InlineData("Math.Pow(2, 3)")]
    [InlineData("\"abc\".Length")]
    [InlineData("order.value.GetHashCode()")]
    public void TryParse_AmountLeavingTheSandbox_IsRejectedAtLoad(string amount)
    {
        var diagnostics = TestManual.ErrorsWithRules(TestManual.OneRule($"store-credit: {{ amount: '{amount.Replace("'", "''", StringComparison.Ordinal)}' }}"));

        Assert.Contains(Assert.Single(diagnostics).Code, new[] { "CMP009", "CMP011" });
    }

    [Fact]
    public void TryParse_ForbiddenMethod_NamesTheMethodAndTheAllowedFunctions()
    {
        var diagnostics = TestManual.ErrorsWithRules(TestManual.OneRule(Gift, "Math.Pow(2, 3) > 0"));

        // 'Pow' is at offset 5 of the expression, which starts at column 16.
        Assert.Equal(
            """test.yaml:6:21: error CMP011: 'Pow' is not a function of the manual language; the functions are abs, add_working_days, ceil, date, days_between, floor, hour_of_day, hours_between, iif, max, min, minutes_between, round, weekday, working_days_between, working_hours_between (hint: expressions may only read declared facts and use these functions)""",
            Assert.Single(diagnostics).ToString());
    }

    [Fact]
    public void TryParse_WholeFactSet_IsRejectedWithSandboxCode()
    {
        var diagnostics = TestManual.ErrorsWithRules(TestManual.OneRule(Gift, "it != null"));

        Assert.Equal(
            """test.yaml:6:16: error CMP011: 'it' and other references to the whole fact set cannot be used in a manual: expressions may only read declared facts (hint: use facts, numbers, quoted catalogue values, durations (45m, 3h, 2d), operators and the manual's functions (min, max, abs, round, floor, ceil, iif, days_between…))""",
            Assert.Single(diagnostics).ToString());
    }

    [Fact]
    public void TryParse_LongExpression_ReportsLengthAndLimit()
    {
        // 1,250 ones joined by " + " (3 characters) and " > 0": 1,250 + 1,249 * 3 + 4 = 5,001 characters.
        var when = string.Join(" + ", Enumerable.Repeat("1", 1250)) + " > 0";

        var diagnostics = TestManual.ErrorsWithRules(TestManual.OneRule(Gift, when));

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("CMP021", diagnostic.Code);
        Assert.Equal("the expression has 5001 characters; the limit is 2000", diagnostic.Message);
    }

    [Fact]
    public void TryParse_ExpressionLimitRaised_AcceptsLongExpression()
    {
        // 1,250 ones in 25 bracketed sums of 50: 5,051 characters, but only about 75 operations deep
        // (a flat sum of 1,250 terms would nest 1,250 deep, beyond the 200 the sandbox allows).
        var group = "(" + string.Join(" + ", Enumerable.Repeat("1", 50)) + ")";
        var when = string.Join(" + ", Enumerable.Repeat(group, 25)) + " > 0";

        var manual = TestManual.WithRules(TestManual.OneRule(Gift, when), new ManualLoadOptions { MaxExpressionLength = 6000 });

        Assert.True(manual.Decide(Make.Failure(), Make.Customer()).HasRemedy);
    }

    /// <summary>A formula within the language, the delay in days, and the amount it must give.</summary>
    public static TheoryData<string, int, decimal> Allowed => new()
    {
        { "min(5 * delay.days, 30)", 3, 15m },     // 5 * 3 = 15, below 30
        { "min(5 * delay.days, 30)", 9, 30m },     // 45 capped at 30
        { "max(2, delay.days)", 1, 2m },
        { "round(10.0 / 3, 2)", 1, 3.33m },         // 3.333… rounded to 2 decimals
        { "abs(delay.days - 5)", 2, 3m },
        { "iif(tier >= \"oro\", 7, 4)", 1, 4m },    // the customer is bronce
        { "delay.days > 2 ? 9 : 1", 3, 9m },
        { "0.1 + 0.2", 1, 0.30m },                  // decimal literals: exactly 0.30, not 0.30000000000000004
        { "iif(cause in (\"interna\", \"transportista\"), 6, 0)", 1, 6m },
        { "iif(not (failure == \"defecto\"), 8, 0)", 1, 8m },
    };

    [Theory]
    [MemberData(nameof(Allowed))]
    public void Decide_FormulaInsideTheLanguage_Computes(string amount, int days, decimal expected)
    {
        var manual = TestManual.WithRules(TestManual.OneRule($"store-credit: {{ amount: '{amount.Replace("'", "''", StringComparison.Ordinal)}' }}"));

        var decision = manual.Decide(Make.Delay(days), Make.Customer("bronce"));

        Assert.Equal(expected, Assert.IsType<StoreCreditRemedy>(Assert.Single(decision.Remedies)).Amount);
    }
}
