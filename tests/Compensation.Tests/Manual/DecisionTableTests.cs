using Compensation.Documents;
using Compensation.TestSupport;

namespace Compensation.Tests.Manual;

/// <summary>A decision table compiles each row to a rule whose conditions are its cells.</summary>
public class DecisionTableTests
{
    private const string Table = """
        rule-sets:
          - name: retrasos
            hit-policy: first
            table:
              columns: [failure, tier, delay.days]
              rows:
                - { name: grave-oro, when: [retraso, ">= oro", ">= 7"], grant: [ store-credit: { amount: 25 } ] }
                - { name: grave, when: [retraso, "-", ">= 7"], grant: [ store-credit: { amount: 15 } ] }
                - { name: leve, when: [retraso, "-", "2..6"], grant: [ discount: { percent: 10 } ] }
                - { name: fallo, when: ["defecto, danado", "-", "-"], grant: [ gift: { description: x, cost: 3 } ] }
        """;

    private const string Rules = """
        rule-sets:
          - name: retrasos
            hit-policy: first
            rules:
              - { name: grave-oro, when: 'failure == "retraso" and tier >= "oro" and delay.days >= 7', grant: [ store-credit: { amount: 25 } ] }
              - { name: grave, when: 'failure == "retraso" and delay.days >= 7', grant: [ store-credit: { amount: 15 } ] }
              - { name: leve, when: 'failure == "retraso" and delay.days >= 2 and delay.days <= 6', grant: [ discount: { percent: 10 } ] }
              - { name: fallo, when: 'failure in ("defecto", "danado")', grant: [ gift: { description: x, cost: 3 } ] }
        """;

    [Theory]
    [InlineData("failure", "-", null)]
    [InlineData("failure", "*", null)]
    [InlineData("failure", "any", null)]
    [InlineData("failure", "retraso", "failure == \"retraso\"")]
    [InlineData("failure", "\"retraso\"", "failure == \"retraso\"")]
    [InlineData("tier", ">= oro", "tier >= \"oro\"")]
    [InlineData("delay.days", "< 3", "delay.days < 3")]
    [InlineData("delay.days", "7", "delay.days == 7")]
    [InlineData("delay.days", "2..6", "(delay.days >= 2 and delay.days <= 6)")]
    [InlineData("failure", "defecto, danado", "failure in (\"defecto\", \"danado\")")]
    [InlineData("urgente", "true", "urgente == true")]
    [InlineData("x", "{ delay.days > 2 or tier == \"oro\" }", "delay.days > 2 or tier == \"oro\"")]
    [InlineData("order.value", "98..<99.5", "(order.value >= 98 and order.value < 99.5)")]
    [InlineData("delay.days", "[15..30)", "(delay.days >= 15 and delay.days < 30)")]
    [InlineData("delay.days", "(1..10]", "(delay.days > 1 and delay.days <= 10)")]
    [InlineData("delay.days", "(1..10)", "(delay.days > 1 and delay.days < 10)")]
    [InlineData("delay.days", "[1..10]", "(delay.days >= 1 and delay.days <= 10)")]
    public void ToExpression_Cell_BecomesConditionOnItsColumn(string column, string cell, string? expected)
    {
        Assert.Equal(expected, TableCell.ToExpression(column, cell, out var error));
        Assert.Null(error);
    }

    [Theory]
    [InlineData("<18,>=60", "'<18,>=60' is not one comparison: after '<' comes '18,>=60'")]
    [InlineData(">= 99.0 and < 99.99", "'>= 99.0 and < 99.99' is not one comparison: after '>=' comes '99.0 and < 99.99'")]
    [InlineData("10..5", "the range '10..5' holds no value")]
    [InlineData("[3..3)", "the range '[3..3)' holds no value")]
    [InlineData("[1..5", "'[1..5' opens with '[' but does not close with ']' or ')'")]
    [InlineData("a..b", "'a..b' is not a range of numbers: write both ends as numbers (or durations such as 2h)")]
    [InlineData("1, >2", "'1, >2' is not a list of values: '>2' is not a value")]
    [InlineData("dos dias", "'dos dias' is not a value")]
    public void ToExpression_CellNoFormFits_SaysWhy(string cell, string error)
    {
        Assert.Null(TableCell.ToExpression("delay.days", cell, out var said));
        Assert.Equal(error, said);
    }

    [Fact]
    public void TryParse_UnreadableCell_ReportedAtTheCellWithTheForms()
    {
        var diagnostics = TestManual.ErrorsWithRules("""
            rule-sets:
              - name: t
                hit-policy: first
                table:
                  columns: [failure, delay.days]
                  rows:
                    - { name: a, when: [retraso, "<18,>=60"], grant: [ gift: { description: x, cost: 1 } ] }
            """);

        // The cell "<18,>=60" is on line 7: 8 spaces, "- { name: a, when: [retraso, " (29 characters), so its quote is at column 38.
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(("CMP017", new SourceLocation("test.yaml", 7, 38)), (diagnostic.Code, diagnostic.Location));
        Assert.Equal("column 'delay.days': '<18,>=60' is not one comparison: after '<' comes '18,>=60'", diagnostic.Message);
        Assert.Contains("'98..<99.5' or '[15..30)'", diagnostic.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Rules_TableRows_AreRulesOfTheirRuleSetAtTheirRows()
    {
        var manual = TestManual.WithRules(Table);

        Assert.Equal(["grave-oro", "grave", "leve", "fallo"], manual.Rules.Select(r => r.Name));
        Assert.All(manual.Rules, r => Assert.Equal("retrasos", r.RuleSet));
        Assert.Equal(new SourceLocation("test.yaml", 7, 11), manual.Rules[0].Location);
    }

    public static TheoryData<string, int, string> Cases()
    {
        var data = new TheoryData<string, int, string>();
        foreach (var failure in new[] { "retraso", "defecto", "danado" })
        {
            foreach (var tier in new[] { "bronce", "plata", "oro" })
            {
                foreach (var days in new[] { 1, 2, 6, 7, 12 })
                {
                    data.Add(failure, days, tier);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Decide_Table_DecidesLikeTheEquivalentRules(string failure, int days, string tier)
    {
        var table = TestManual.WithRules(Table);
        var rules = TestManual.WithRules(Rules);
        var incident = failure == "retraso" ? Make.Delay(days) : Make.Failure(failure);

        var fromTable = table.Decide(incident, Make.Customer(tier));
        var fromRules = rules.Decide(incident, Make.Customer(tier));

        Assert.Equal(fromRules.Remedies, fromTable.Remedies);
    }

    [Fact]
    public void Explain_RowThatDoesNotMatch_NamesTheFailingCellAtItsLocation()
    {
        var decision = TestManual.WithRules(Table).Explain(Make.Delay(3), Make.Customer("oro"));

        var trace = decision.Trace[0];
        Assert.Equal(("grave-oro", RuleOutcome.NotMatched, "delay.days >= 7"), (trace.Rule, trace.Outcome, trace.FailedCondition));
        Assert.Equal([new FactValue("delay.days", "3")], trace.Values);
        Assert.Equal("leve", Assert.Single(decision.Remedies).Rule);
    }

    [Fact]
    public void TryParse_CellWithUnknownValue_ReportsCmp007AtTheCell()
    {
        var diagnostics = TestManual.ErrorsWithRules("""
            rule-sets:
              - name: t
                hit-policy: first
                table:
                  columns: [failure, tier]
                  rows:
                    - { name: r, when: [retraso, ">= platino"], grant: [ gift: { description: x, cost: 1 } ] }
            """);

        var diagnostic = Assert.Single(diagnostics);
        // The cell ">= platino" is at line 7, column 38; a generated condition points at its cell.
        Assert.Equal(("CMP007", new SourceLocation("test.yaml", 7, 38)), (diagnostic.Code, diagnostic.Location));
        Assert.StartsWith("unknown tier 'platino'", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_TableWithoutColumns_ReportsCmp017()
    {
        var diagnostics = TestManual.ErrorsWithRules("""
            rule-sets:
              - name: t
                hit-policy: first
                table:
                  rows:
                    - { name: r, when: [], grant: [ gift: { description: x, cost: 1 } ] }
            """);

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(("CMP017", new SourceLocation("test.yaml", 5, 7)), (diagnostic.Code, diagnostic.Location));
    }

    [Fact]
    public void TryParse_RowWithTooFewCells_ReportsCellAndColumnCounts()
    {
        var diagnostics = TestManual.ErrorsWithRules("""
            rule-sets:
              - name: t
                hit-policy: first
                table:
                  columns: [failure, tier, delay.days]
                  rows:
                    - { name: r, when: [retraso, oro], grant: [ gift: { description: x, cost: 1 } ] }
            """);

        Assert.Equal(
            """test.yaml:7:28: error CMP017: the row has 2 cells but the table has 3 columns (failure, tier, delay.days) (hint: write one cell per column; '-' matches anything)""",
            Assert.Single(diagnostics).ToString());
    }
}
