namespace Compensation;

/// <summary>A row of a history that could not be decided: where (row and column), the offending value and why.</summary>
/// <param name="Row">The line number in the file (the CSV header is line 1).</param>
/// <param name="Column">The column (CSV) or JSON path (JSON lines) at fault; <c>(row)</c> when the whole row is.</param>
/// <param name="Value">The value as written (truncated to 80 characters).</param>
/// <param name="Message">What is wrong, with the engine's error code when the engine rejected it.</param>
public sealed record HistoryRowError(long Row, string Column, string Value, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"row {Row}, column '{Column}', value '{Value}': {Message}";
}
