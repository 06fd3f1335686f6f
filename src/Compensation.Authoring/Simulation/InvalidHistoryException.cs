namespace Compensation;

/// <summary>A history cannot be read at all (its header names an unknown column, or a required column is missing).</summary>
public sealed class InvalidHistoryException : CompensationException
{
    internal InvalidHistoryException(string message)
        : base(message)
    {
    }
}
