namespace Compensation;

/// <summary>How a history of incidents is written.</summary>
public enum HistoryFormat
{
    /// <summary>Comma-separated values with a header row naming the incident fields and the manual's facts.</summary>
    Csv,

    /// <summary>One JSON object per line: <c>{ "incident": {...}, "customer": {...} }</c>, like the example incident files.</summary>
    JsonLines,
}
