namespace Compensation;

/// <summary>The base of every exception this library throws on purpose.</summary>
public abstract class CompensationException : Exception
{
    private protected CompensationException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
