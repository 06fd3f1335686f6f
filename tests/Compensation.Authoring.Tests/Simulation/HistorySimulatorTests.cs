namespace Compensation.Authoring.Tests.Simulation;

public class HistorySimulatorTests
{
    private const string Header = "id,failure,cause,promised_at,delivered_at,order_value,tier,prior_incidents,instalacion_incluida";

    [Fact]
    public void Run_OneDayDelayRow_GrantsTheFiveEuroCoupon()
    {
        // A one-day carrier delay for a standard customer with no prior incidents: gravedad-leve sets gravedad 1;
        // no gesture applies (free shipping needs 2 days, the dated-order gift needs fecha_senalada); the retrasos
        // table picks retraso-un-dia (5.00 coupon); no tier credit (estandar); no escalation (gravedad 1, not
        // reincidente, cause not interna). Total 5.00, within the agent's 30.
        var csv = $"{Header}\nINC-1,retraso,transportista,2026-11-10T18:00:00+01:00,2026-11-11T19:00:00+01:00,100.00,estandar,0,false\n";

        var result = new HistorySimulator(SimulationFixture.Manual).Run(new StringReader(csv));

        Assert.Equal(1, result.Report.Decided);
        Assert.Equal(5.00m, result.Report.TotalCost);
        Assert.Equal(new SimulationGroup("retraso", 1, 5.00m), result.Report.ByFailure[0]);
        Assert.Equal(new SimulationGroup("discount", 1, 5.00m), result.Report.RemediesByKind[0]);
        Assert.Equal(new SimulationGroup("agente", 1, 5.00m), result.Report.ApprovalsByRole[0]);
        Assert.Equal(1, result.Report.Rules.Single(r => r.Rule == "retraso-un-dia").Count);
        Assert.Equal(1, result.Report.Rules.Single(r => r.Rule == "gravedad-leve").Count);
        Assert.Equal(0, result.Report.Rules.Single(r => r.Rule == "retraso-diez-dias-o-mas").Count);
    }

    [Fact]
    public void Run_MalformedRows_AreCountedWithRowColumnAndValue()
    {
        // Line 1 is the header, so data rows start at line 2. Rows 3 to 6 are wrong in one way each; rows 2 and 7 are fine.
        var csv = string.Join('\n',
            Header,
            "A,retraso,interna,2026-11-10T18:00:00Z,2026-11-13T18:00:00Z,80,plata,0,false",
            "B,retraso,interna,2026-11-10T18:00:00Z,ayer,80,plata,0,false",
            "C,defecto,interna,,,doce,oro,0,false",
            "D,retrasso,interna,2026-11-10T18:00:00Z,2026-11-13T18:00:00Z,80,plata,0,false",
            "E,defecto,interna,,,50,oro,0",
            "F,defecto,interna,,,50,oro,1,false") + "\n";

        var report = new HistorySimulator(SimulationFixture.Manual).Run(new StringReader(csv)).Report;

        Assert.Equal(6, report.Rows);
        Assert.Equal(2, report.Decided);
        Assert.Equal(4, report.Rejected);
        Assert.Equal(4, report.ErrorCount);
        Assert.Equal(
            [
                new HistoryRowError(3, "delivered_at", "ayer", "not a date and time (write ISO 8601, e.g. 2026-11-10T18:00:00+01:00)"),
                new HistoryRowError(4, "order_value", "doce", "not a number (write digits with '.' for decimals, e.g. 120.50)"),
                new HistoryRowError(5, "failure", "retrasso", "INC001 unknown failure kind 'retrasso'; declared failure kinds are: retraso, defecto, articulo-erroneo, danado, cita-incumplida, error-facturacion; did you mean 'retraso'?"),
                new HistoryRowError(6, "(row)", "E,defecto,interna,,,50,oro,0", "the row has 8 cells; the header has 9"),
            ],
            report.Errors);
    }

    [Fact]
    public void Run_GeneratedHistory_TotalsEqualTheSumOfIndividualDecisions()
    {
        var history = SimulationFixture.Generate(3000, HistoryFormat.JsonLines);
        var manual = SimulationFixture.Manual;

        var report = new HistorySimulator(manual).Run(new StringReader(history), new SimulationOptions { Format = HistoryFormat.JsonLines, BatchSize = 64 }).Report;

        var decisions = SimulationFixture.ReadJsonLines(history).Select(x => (x.Incident, Decision: manual.Decide(x.Incident, x.Customer))).ToList();
        Assert.Equal(3000, report.Decided);
        Assert.Equal(decisions.Sum(d => d.Decision.TotalCost), report.TotalCost);
        Assert.True(report.TotalCost > 0);
        foreach (var group in report.ByFailure)
        {
            Assert.Equal(decisions.Where(d => d.Incident.Failure == group.Name).Sum(d => d.Decision.TotalCost), group.Cost);
        }

        Assert.Equal(decisions.Count(d => d.Decision.HasRemedy), report.WithRemedy);
        Assert.Equal(decisions.SelectMany(d => d.Decision.Remedies).Count(r => r.Kind == RemedyKind.StoreCredit), report.RemediesByKind.Single(g => g.Name == "store-credit").Count);
        Assert.Equal(report.Decided, report.CostDistribution.Sum(g => g.Count));
    }

    [Fact]
    public void Run_SameHistoryAsCsvAndJsonLines_GivesTheSameReport()
    {
        // The generator writes the same incidents for the same seed in both formats.
        var csv = new HistorySimulator(SimulationFixture.Manual).Run(new StringReader(SimulationFixture.Generate(1500, HistoryFormat.Csv))).Report;
        var json = new HistorySimulator(SimulationFixture.Manual).Run(new StringReader(SimulationFixture.Generate(1500, HistoryFormat.JsonLines)), new SimulationOptions { Format = HistoryFormat.JsonLines }).Report;

        Assert.Equal(json.TotalCost, csv.TotalCost);
        Assert.Equal(json.ByTier, csv.ByTier);
        Assert.Equal(json.Rules, csv.Rules);
    }

    [Fact]
    public void Run_OneThreadOrSeveral_GivesTheSameReport()
    {
        var history = SimulationFixture.Generate(2000, HistoryFormat.Csv, malformed: 0.02);

        var one = new HistorySimulator(SimulationFixture.Manual).Run(new StringReader(history), new SimulationOptions { MaxDegreeOfParallelism = 1 }).Report;
        var four = new HistorySimulator(SimulationFixture.Manual).Run(new StringReader(history), new SimulationOptions { MaxDegreeOfParallelism = 4, BatchSize = 37 }).Report;

        Assert.Equal(one.TotalCost, four.TotalCost);
        Assert.Equal(one.ByCause, four.ByCause);
        Assert.Equal(one.Errors, four.Errors); // the first errors by row, whatever thread met them
        Assert.True(one.Rejected > 0);
    }

    [Fact]
    public void Run_WithBaseline_ReportsTheDeltaAndTheChangedIncidents()
    {
        var history = SimulationFixture.Generate(3000, HistoryFormat.JsonLines, seed: 11);
        var (manual, baseline) = (SimulationFixture.Manual, SimulationFixture.Baseline);

        var result = new HistorySimulator(manual, baseline).Run(new StringReader(history), new SimulationOptions { Format = HistoryFormat.JsonLines, MaxExamples = 5 });

        // Expected: decide every incident with both manuals ourselves.
        var pairs = SimulationFixture.ReadJsonLines(history).Select(x => (x.Row, Now: manual.Decide(x.Incident, x.Customer), Before: baseline.Decide(x.Incident, x.Customer))).ToList();
        var changed = pairs.Where(p => p.Now.TotalCost != p.Before.TotalCost || !p.Now.Remedies.Select(r => (r.Kind, r.Cost)).SequenceEqual(p.Before.Remedies.Select(r => (r.Kind, r.Cost)))).ToList();
        Assert.Equal(pairs.Sum(p => p.Now.TotalCost - p.Before.TotalCost), result.CostDelta);
        Assert.Equal(changed.Count, result.Changed);
        Assert.True(result.Changed > 0, "one-day delays exist in 3000 generated incidents");
        Assert.Equal(3000, result.Compared);
        Assert.Equal(changed.Take(5).Select(c => c.Row), result.ChangedExamples.Select(e => e.Row));
        Assert.All(result.ChangedExamples, e => Assert.Contains("retraso-un-dia", e.Remedies, StringComparison.Ordinal));
        Assert.Equal(["agente", "supervisor", "gerente"], result.ApprovalShifts.Select(s => s.Role));
        Assert.Equal(pairs.Count(p => p.Now.Approval.Role == "agente") - pairs.Count(p => p.Before.Approval.Role == "agente"), result.ApprovalShifts[0].Delta);
    }

    [Fact]
    public void Run_UnknownColumn_ThrowsNamingItAndTheFacts()
    {
        var csv = "id,failure,tier,colour\nA,retraso,oro,red\n";

        var ex = Assert.Throws<InvalidHistoryException>(() => new HistorySimulator(SimulationFixture.Manual).Run(new StringReader(csv)));

        Assert.Equal("""line 1, column 4: 'colour' is neither an incident field (id, failure, cause, promised_at, delivered_at, occurred_at, order_value, currency, customer_id, tier, tenure_months, prior_incidents, recent_compensation) nor a fact of the manual; its facts are: instalacion_incluida, fecha_senalada, entrega_estimada""", ex.Message);
    }

    [Fact]
    public void Run_MalformedJsonLine_ReportsTheRowAndPath()
    {
        var jsonl = """
            {"incident": {"failure": "defecto", "orderValue": 50}, "customer": {"tier": "oro"}}
            {"incident": {"failure": "defecto", "orderValue": "cincuenta"}, "customer": {"tier": "oro"}}
            {"incident": {"failure": "defecto", "orderValue": 50}}
            """;

        var report = new HistorySimulator(SimulationFixture.Manual).Run(new StringReader(jsonl), new SimulationOptions { Format = HistoryFormat.JsonLines }).Report;

        Assert.Equal(1, report.Decided);
        Assert.Equal(2, report.Rejected);
        Assert.Equal((2L, "incident.orderValue"), (report.Errors[0].Row, report.Errors[0].Column));
        // Row 2 writes the order value as text and row 3 has no customer: JSON lines go through the strict incident
        // reader, so each gets the reader's code and words (INC022, INC024) at its JSON path.
        Assert.StartsWith("INC022 ", report.Errors[0].Message, StringComparison.Ordinal);
        Assert.Equal(new HistoryRowError(3, "customer", """{"incident": {"failure": "defecto", "orderValue": 50}}""", "INC024 missing a \"customer\" object: { \"tier\": \"oro\", ... }"), report.Errors[1]);
    }
}
