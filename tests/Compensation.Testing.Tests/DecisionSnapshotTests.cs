using Snapshooter.Xunit;
using Compensation.TestSupport;

namespace Compensation.Testing.Tests;

public class DecisionSnapshotTests
{
    // The snapshot in __snapshots__ was reviewed against the manual: for 12 days' delay, platino, 200 €
    // (see the scenario retraso-de-12-dias-platino for the arithmetic): envío 5.95, cesta 15, 30 % = 60,
    // reembolso 25 % = 50, saldo 48, llamada 24 h; the 48 h call is dropped by its group; total 178.95, gerente.
    [Fact]
    public void From_ExplainedLongDelayPlatinum_MatchesReviewedSnapshot()
    {
        var manual = CompensationManual.Load(RepoPaths.SampleManual);
        var decision = manual.Explain(
            new Incident { Failure = "retraso", Cause = "proveedor", PromisedAt = new DateTimeOffset(2026, 11, 2, 10, 0, 0, TimeSpan.Zero), DeliveredAt = new DateTimeOffset(2026, 11, 14, 10, 0, 0, TimeSpan.Zero), OrderValue = 200m },
            new Customer { Tier = "platino" });

        Snapshot.Match(DecisionSnapshot.From(decision));
    }
}
