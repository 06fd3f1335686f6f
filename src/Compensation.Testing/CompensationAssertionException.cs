namespace Compensation.Testing;

/// <summary>Thrown when a decision or scenario is not what a test expects; the message says what differs.</summary>
public sealed class CompensationAssertionException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What differs.</param>
    public CompensationAssertionException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public CompensationAssertionException()
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What differs.</param>
    /// <param name="innerException">The cause.</param>
    public CompensationAssertionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
