namespace Compensation.Compilation;

/// <summary>Raised inside expression rewriting to abandon an expression; turned into a diagnostic.</summary>
internal sealed class SandboxViolation(string code, string message, string? hint = null, string? near = null) : Exception(message)
{
    public string Code { get; } = code;

    public string? Hint { get; } = hint;

    /// <summary>A piece of the source text to point the column at, when known.</summary>
    public string? Near { get; } = near;
}
