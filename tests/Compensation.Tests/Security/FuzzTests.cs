using System.Globalization;
using Compensation.TestSupport;
using CsCheck;


namespace Compensation.Tests.Security;

/// <summary>
/// Fuzzing: random manuals (mutated sample files and grammar-generated ones) and random incidents.
/// Loading returns a manual or diagnostics and never throws; deciding either decides or throws the
/// library's own <see cref="InvalidIncidentException"/> or <see cref="RuleEvaluationException"/>.
/// Iterations: <see cref="FuzzSettings"/>.
/// </summary>
public sealed class FuzzTests
{
    [Fact]
    public void TryParse_MutatedSampleManual_ManualOrDiagnosticsNeverException()
    {
        var sources = Hostile.SampleSources;
        var loaded = 0;
        var gen = Gen.Select(Gen.Int[0, sources.Count - 1], TextMutator.Mutations, Gen.Int[0, int.MaxValue], (file, mutations, seed) => (file, mutations, seed));
        gen.Sample(
            c =>
            {
                var mutated = sources.Select((s, i) => i == c.file ? s with { Text = TextMutator.Apply(s.Text, c.mutations) } : s).ToList();

                var result = Hostile.Guarded(() => CompensationManual.TryParse(mutated));

                if (result.Manual is null)
                {
                    Assert.Contains(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
                    Assert.All(result.Diagnostics, d => Assert.Matches("^CMP0[0-9]{2}$", d.Code));
                }
                else
                {
                    Interlocked.Increment(ref loaded);
                    DecideRandomIncidents(result.Manual, new Random(c.seed), totalLimit: null);
                }
            },
            iter: FuzzSettings.Iterations(300),
            seed: FuzzSettings.Seed,
            print: c => $"file {sources[c.file].Path}, mutations [{string.Join(", ", c.mutations)}], seed {c.seed}");

        // Some mutations are harmless (a swapped comment character, a duplicated blank line): deciding was exercised.
        Assert.True(loaded > 0, "no mutated manual loaded: the deciding half of the fuzz never ran");
    }

    [Fact]
    public void TryParse_GrammarGeneratedManual_ManualOrDiagnosticsAndMoneyInvariants()
    {
        var loaded = 0;
        var total = 0;
        Gen.Select(ManualGrammar.Manual, Gen.Int[0, int.MaxValue]).Sample(
            (generated, seed) =>
            {
                Interlocked.Increment(ref total);
                var result = Hostile.Guarded(() => CompensationManual.TryParse([new ManualSource("generado.yaml", generated.Text)]));

                if (result.Manual is null)
                {
                    Assert.Contains(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
                    return;
                }

                Interlocked.Increment(ref loaded);
                DecideRandomIncidents(result.Manual, new Random(seed), generated.TotalLimit, creditShare: generated.CreditLimit ? 0.25m : null);
            },
            iter: FuzzSettings.Iterations(300),
            seed: FuzzSettings.Seed);

        // About a third of the generated manuals load (the rest exercise diagnostics); if the grammar
        // stops producing valid ones, the money invariants go untested. Small runs only need one.
        Assert.True(total < 100 ? loaded > 0 : loaded * 10 >= total, $"only {loaded} of {total} generated manuals loaded");
    }

    [Fact]
    public void Decide_SampleManualRandomAndInvalidIncidents_OnlyLibraryExceptions()
    {
        var sample = CompensationManual.Parse(Hostile.SampleSources);
        Gen.Int[0, int.MaxValue].Sample(
            seed => DecideRandomIncidents(sample, new Random(seed), "order.value", count: 20),
            iter: FuzzSettings.Iterations(100),
            seed: FuzzSettings.Seed);
    }

    /// <summary>Decides random incidents, some invalid; checks the exception contract and the money invariants.</summary>
    private static void DecideRandomIncidents(CompensationManual manual, Random random, string? totalLimit, int count = 5, decimal? creditShare = null)
    {
        var decimals = manual.Currency switch { "JPY" => 0, "KWD" => 3, _ => 2 };
        for (var i = 0; i < count; i++)
        {
            var (incident, customer) = RandomIncidents.Next(manual, random, decimals);
            var order = incident.OrderValue ?? 0m; // used only for the caps below; an incident without one is rejected (INC014) when read
            Decision decision;
            try
            {
                decision = Hostile.Guarded(() => random.Next(4) == 0 ? manual.Explain(incident, customer) : manual.Decide(incident, customer));
            }
            catch (InvalidIncidentException ex)
            {
                Assert.NotEmpty(ex.Errors);
                Assert.All(ex.Errors, e => Assert.Matches("^INC0[0-9]{2}$", e.Code));
                continue;
            }
            catch (RuleEvaluationException ex)
            {
                Assert.Contains(ex.Rule, manual.Rules.Select(r => r.Name).Append("limits.total").Append("limits.store-credit"));
                continue;
            }

            Assert.Equal(decision.Remedies.Sum(r => r.Cost), decision.TotalCost);
            Assert.All(decision.Remedies, r => Assert.True(r.Cost >= 0 && decimal.Round(r.Cost, decimals) == r.Cost, $"{r.Rule}: cost {r.Cost} in {manual.Currency}"));
            var cap = totalLimit switch
            {
                "order.value" => order,
                "100" => 100m,
                "0.5 * order.value" => decimal.Round(0.5m * order, decimals, MidpointRounding.AwayFromZero),
                "customer.prior_incidents * 10" => customer.PriorIncidents * 10m,
                _ => decimal.MaxValue,
            };
            if (creditShare is { } share)
            {
                var credit = decision.Remedies.Where(r => r is StoreCreditRemedy).Sum(r => r.Cost);
                Assert.True(credit <= decimal.Round(share * order, decimals, MidpointRounding.AwayFromZero), $"store credit {credit} above limits.store-credit");
            }

            Assert.True(decision.TotalCost <= cap, $"total {decision.TotalCost.ToString(CultureInfo.InvariantCulture)} above limits.total '{totalLimit}' = {cap.ToString(CultureInfo.InvariantCulture)}");
        }
    }
}
