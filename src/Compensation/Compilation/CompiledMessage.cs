using Fluid;

namespace Compensation.Compilation;

/// <summary>A customer message template, parsed at load.</summary>
internal sealed class CompiledMessage
{
    /// <summary>The locale as written (es, en-GB…).</summary>
    public required string Locale { get; init; }

    /// <summary>The locale's language (es, en…), for the fallback from es-MX to es.</summary>
    public required string Language { get; init; }

    /// <summary>The failure kind the template is for; null for the locale's generic template.</summary>
    public string? Failure { get; init; }

    public required IFluidTemplate Template { get; init; }

    /// <summary>The template's text, as written.</summary>
    public required string Source { get; init; }

    /// <summary>Whether the template may read <c>facts</c>: only then does a decision keep a copy of its facts for the message.</summary>
    public bool ReadsFacts => Source.Contains("facts", StringComparison.Ordinal);

    public required SourceLocation Location { get; init; }
}
