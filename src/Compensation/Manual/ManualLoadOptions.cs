namespace Compensation;

/// <summary>Limits that bound the work a rule file can cause while it is loaded.</summary>
public sealed class ManualLoadOptions
{
    /// <summary>The default limits.</summary>
    public static ManualLoadOptions Default { get; } = new();

    /// <summary>The most characters one rule file may hold. Default 1,000,000.</summary>
    public int MaxFileLength { get; init; } = 1_000_000;

    /// <summary>The most YAML nodes one rule file may hold. Default 200,000.</summary>
    public int MaxNodes { get; init; } = 200_000;

    /// <summary>The deepest nesting of YAML lists and mappings. Default 32.</summary>
    public int MaxDepth { get; init; } = 32;

    /// <summary>The longest expression, in characters. Default 2,000.</summary>
    public int MaxExpressionLength { get; init; } = 2_000;

    /// <summary>The most rule files in one manual folder. Default 500.</summary>
    public int MaxFiles { get; init; } = 500;
}
