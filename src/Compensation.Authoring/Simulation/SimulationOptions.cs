namespace Compensation;

/// <summary>How a history is simulated.</summary>
public sealed class SimulationOptions
{
    /// <summary>The default options: CSV, every core, up to 10 examples and 100 detailed row errors.</summary>
    public static SimulationOptions Default { get; } = new();

    /// <summary>The format of the history.</summary>
    public HistoryFormat Format { get; init; } = HistoryFormat.Csv;

    /// <summary>How many rows each worker takes at a time; memory holds a few batches, never the whole history.</summary>
    public int BatchSize { get; init; } = 2048;

    /// <summary>How many threads decide at once (the reader runs beside them).</summary>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>How many row errors are kept in detail (all are counted).</summary>
    public int MaxErrors { get; init; } = 100;

    /// <summary>How many incidents whose remedy changed are kept as examples when comparing with a baseline.</summary>
    public int MaxExamples { get; init; } = 10;
}
