using System.Collections.Concurrent;
using Compensation.Evaluation;
using Compensation.Simulation;


using Compensation.Decisions;

namespace Compensation;

/// <summary>
/// "What would this manual cost?": decides every incident of a history (CSV or JSON lines) with a manual and,
/// optionally, a baseline manual, and totals the cost by failure kind, tier, cause, remedy kind, approval role and rule.
/// Streams its input (memory holds a few batches of rows, whatever the file's size) and decides on every core.
/// Malformed rows are counted and reported with row, column and value; they never stop the run.
/// </summary>
/// <example>
/// <code>
/// using var history = File.OpenText("incidents-2026.csv");
/// var result = new HistorySimulator(manual, baseline: previous).Run(history);
/// Console.WriteLine($"{result.Report.TotalCost} ({result.CostDelta:+0.00;-0.00})");
/// </code>
/// </example>
public sealed class HistorySimulator
{
    private readonly CompensationManual _manual;
    private readonly CompensationManual? _baseline;
    private ManualSet? _set;

    /// <summary>Prepares a simulation with a manual and, to compare two versions, a baseline manual.</summary>
    public HistorySimulator(CompensationManual manual, CompensationManual? baseline = null)
    {
        ArgumentNullException.ThrowIfNull(manual);
        (_manual, _baseline) = (manual, baseline);
    }

    /// <summary>
    /// Prepares a simulation with a manual set: each row is decided by the version in force on its incident's date
    /// (<see cref="ManualSet.IncidentDate"/>; an undated row by the latest version, a row dated before every version is
    /// rejected, INC013), and, when <paramref name="baseline"/> is not null, by the baseline too. The result's report adds up every version's; <see cref="SimulationResult.Versions"/> has each one's.
    /// A CSV header is read with the latest version's catalogue.
    /// </summary>
    public static HistorySimulator ForVersions(ManualSet versions, CompensationManual? baseline = null)
    {
        ArgumentNullException.ThrowIfNull(versions);
        return new HistorySimulator(versions.Latest, baseline) { _set = versions };
    }

    /// <summary>Reads and decides the whole history.</summary>
    /// <param name="history">The history; for CSV its first line is the header.</param>
    /// <param name="options">Format, parallelism and how much detail to keep.</param>
    /// <param name="progress">Told the number of rows done after each batch.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    /// <exception cref="InvalidHistoryException">The header is empty, names an unknown column or lacks failure or tier.</exception>
    public SimulationResult Run(TextReader history, SimulationOptions? options = null, IProgress<long>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(history);
        options ??= SimulationOptions.Default;
        HistoryParser parser = options.Format == HistoryFormat.Csv ? new CsvHistoryParser(history.ReadLine(), _manual.Catalog) : new JsonLinesHistoryParser(_manual);
        var firstRow = options.Format == HistoryFormat.Csv ? 2L : 1L;
        var workers = Math.Max(1, options.MaxDegreeOfParallelism);
        using var batches = new BlockingCollection<(long FirstRow, List<string> Lines)>(boundedCapacity: workers * 2);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var done = 0L;
        var tasks = Enumerable.Range(0, workers).Select(_ => Task.Factory.StartNew(
            () =>
            {
                var worker = new Worker(this, parser, options);
                try
                {
                    foreach (var (row, lines) in batches.GetConsumingEnumerable(stop.Token))
                    {
                        for (var i = 0; i < lines.Count; i++)
                        {
                            worker.Process(lines[i], row + i);
                        }

                        progress?.Report(Interlocked.Add(ref done, lines.Count));
                    }
                }
                catch
                {
                    stop.Cancel(); // stop the reader and the other workers
                    throw;
                }

                return worker;
            },
            stop.Token,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default)).ToArray();

        try
        {
            Read(history, firstRow, options.BatchSize, batches, stop.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // a worker failed: its exception is rethrown below
        }
        finally
        {
            batches.CompleteAdding();
        }

        try
        {
            Task.WaitAll(tasks, CancellationToken.None);
        }
        catch (AggregateException ex)
        {
            var first = ex.Flatten().InnerExceptions.FirstOrDefault(e => e is not OperationCanceledException) ?? ex.InnerExceptions[0];
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(first);
        }

        return Worker.Merge([.. tasks.Select(t => t.Result)], options);
    }

    private static void Read(TextReader history, long row, int batchSize, BlockingCollection<(long, List<string>)> batches, CancellationToken token)
    {
        var lines = new List<string>(batchSize);
        var first = row;
        while (history.ReadLine() is { } line)
        {
            lines.Add(line);
            if (lines.Count == batchSize)
            {
                batches.Add((first, lines), token);
                first += lines.Count;
                lines = new List<string>(batchSize);
            }
        }

        if (lines.Count > 0)
        {
            batches.Add((first, lines), token);
        }
    }

    /// <summary>One thread's share: its own tallies, merged when the history is done.</summary>
    private sealed class Worker(HistorySimulator simulator, HistoryParser parser, SimulationOptions options)
    {
        /// <summary>One tally per version of a set (each knows its version's catalogue and rules); for one manual, just that manual's.</summary>
        private readonly SimulationTally[] _tallies = simulator._set is { } set ? [.. set.Versions.Select(v => new SimulationTally(v.Compiled))] : [new(simulator._manual.Compiled)];
        private readonly SimulationTally? _baseline = simulator._baseline is null ? null : new(simulator._baseline.Compiled);
        private readonly List<HistoryRowError> _errors = [];
        private readonly List<ChangedDecision> _examples = [];
        private long _compared;
        private long _changed;

        public void Process(string line, long row)
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                return; // blank lines are not rows
            }

            if (_baseline is not null)
            {
                _baseline.Rows++;
            }

            _errors.Clear();
            if (!parser.TryParse(line, row, _errors, out var incident, out var customer))
            {
                _tallies[^1].Rows++; // an unreadable row has no date: the latest version (whose catalogue read the header) counts it
                _tallies[^1].Reject(_errors, options.MaxErrors);
                _baseline?.Reject(_errors, options.MaxErrors);
                return;
            }

            // A set: the version in force on the incident's date; undated, the latest; before every version, the earliest,
            // which rejects it (INC013).
            var version = 0;
            if (simulator._set is { } versions)
            {
                var date = ManualSet.IncidentDate(incident, DateTimeOffset.MaxValue);
                version = versions.Versions.Count - 1;
                while (version > 0 && versions.Versions[version].Stamp.Effective > date)
                {
                    version--;
                }
            }

            var tally = _tallies[version];
            tally.Rows++;
            var decision = Decide(simulator._set?.Versions[version] ?? simulator._manual, tally, incident, customer, row);
            var before = _baseline is null ? null : Decide(simulator._baseline!, _baseline, incident, customer, row);
            if (decision is null || before is null)
            {
                return;
            }

            _compared++;
            if (!Same(decision, before))
            {
                _changed++;
                SimulationTally.Keep(_examples, new ChangedDecision(row, incident.Id, before.TotalCost, decision.TotalCost, Describe(before), Describe(decision)), e => e.Row, options.MaxExamples);
            }
        }

        public static SimulationResult Merge(Worker[] workers, SimulationOptions options)
        {
            var first = workers[0];
            foreach (var other in workers.Skip(1))
            {
                for (var v = 0; v < first._tallies.Length; v++)
                {
                    first._tallies[v].Merge(other._tallies[v], options.MaxErrors);
                }

                first._baseline?.Merge(other._baseline!, options.MaxErrors);
                first._compared += other._compared;
                first._changed += other._changed;
                foreach (var example in other._examples)
                {
                    SimulationTally.Keep(first._examples, example, e => e.Row, options.MaxExamples);
                }
            }

            var versions = first._tallies.Select(t => t.ToReport()).ToList();
            var report = versions.Count == 1 ? versions[0] : SimulationTally.Combine(versions, options.MaxErrors);
            var baseline = first._baseline?.ToReport();
            return new SimulationResult
            {
                Report = report,
                Versions = versions.Count == 1 ? [] : versions,
                Baseline = baseline,
                Compared = first._compared,
                Changed = first._changed,
                ChangedExamples = [.. first._examples],
                ApprovalShifts = baseline is null ? [] : Shifts(baseline, report),
            };
        }

        private Decision? Decide(CompensationManual manual, SimulationTally tally, Incident incident, Customer customer, long row)
        {
            try
            {
                Decision decision;
                using (DecisionEvaluator.Observe(tally))
                {
                    decision = DecisionEvaluator.Decide(manual.Compiled, incident, customer, explain: false);
                }

                tally.Add(incident, customer, decision);
                return decision;
            }
            catch (InvalidIncidentException ex)
            {
                tally.Reject([.. ex.Errors.Select(e => new HistoryRowError(row, parser.ColumnOf(e.Property), HistoryParser.ValueOf(e.Property, incident, customer), $"{e.Code} {e.Message}"))], options.MaxErrors);
            }
            catch (RuleEvaluationException ex)
            {
                tally.Reject([new HistoryRowError(row, "(rule)", ex.Rule, ex.Message)], options.MaxErrors);
            }

            return null;
        }

        private static bool Same(Decision a, Decision b)
        {
            if (a.TotalCost != b.TotalCost || a.Remedies.Count != b.Remedies.Count)
            {
                return false;
            }

            for (var i = 0; i < a.Remedies.Count; i++)
            {
                var (x, y) = (a.Remedies[i], b.Remedies[i]);
                if (x.Kind != y.Kind || x.Cost != y.Cost || !string.Equals(x.Rule, y.Rule, StringComparison.Ordinal))
                {
                    return false;
                }
            }

            return true;
        }

        private static string Describe(Decision decision)
            => decision.Remedies.Count == 0 ? "(nothing)" : string.Join("; ", decision.Remedies.Select(r => $"{RemedyKinds.NameOf(r.Kind)} {r.Cost.ToString(System.Globalization.CultureInfo.InvariantCulture)} ({r.Rule})"));

        private static List<ApprovalShift> Shifts(SimulationReport baseline, SimulationReport current)
        {
            var roles = baseline.ApprovalsByRole.Select(g => g.Name).Union(current.ApprovalsByRole.Select(g => g.Name), StringComparer.Ordinal);
            return [.. roles.Select(role => new ApprovalShift(
                role,
                baseline.ApprovalsByRole.FirstOrDefault(g => g.Name == role)?.Count ?? 0,
                current.ApprovalsByRole.FirstOrDefault(g => g.Name == role)?.Count ?? 0))];
        }
    }
}
