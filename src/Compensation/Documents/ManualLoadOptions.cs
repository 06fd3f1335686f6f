namespace Compensation;

/// <summary>
/// Limits that bound the work a rule file can cause while it is loaded. Each limit has a hard ceiling
/// that keeps the recursive parts of loading far from the end of a thread's stack; a value outside
/// the allowed range throws <see cref="ArgumentOutOfRangeException"/> when it is set.
/// </summary>
public sealed class ManualLoadOptions
{
    /// <summary>The highest <see cref="MaxDepth"/> allowed.</summary>
    public const int MaxDepthCeiling = 1_000;

    /// <summary>The highest <see cref="MaxExpressionLength"/> allowed.</summary>
    public const int MaxExpressionLengthCeiling = 10_000;

    /// <summary>The default limits.</summary>
    public static ManualLoadOptions Default { get; } = new();

    /// <summary>The most characters one rule file may hold. Default 1,000,000; at least 1.</summary>
    public int MaxFileLength { get; init => field = InRange(value, 1, int.MaxValue / 4); } = 1_000_000;

    /// <summary>The most YAML nodes one rule file may hold. Default 200,000; at least 1.</summary>
    public int MaxNodes { get; init => field = InRange(value, 1, int.MaxValue - 1); } = 200_000;

    /// <summary>The deepest nesting of YAML lists and mappings. Default 32; 1 to <see cref="MaxDepthCeiling"/>.</summary>
    public int MaxDepth { get; init => field = InRange(value, 1, MaxDepthCeiling); } = 32;

    /// <summary>The longest expression, in characters. Default 2,000; 1 to <see cref="MaxExpressionLengthCeiling"/>.</summary>
    public int MaxExpressionLength { get; init => field = InRange(value, 1, MaxExpressionLengthCeiling); } = 2_000;

    /// <summary>The most rules in one manual (decision-table rows count as rules). Default 20,000; at least 1.</summary>
    public int MaxRules { get; init => field = InRange(value, 1, int.MaxValue); } = 20_000;

    /// <summary>The most rule files in one manual folder. Default 500; at least 1.</summary>
    public int MaxFiles { get; init => field = InRange(value, 1, int.MaxValue); } = 500;

    private static int InRange(int value, int min, int max, [System.Runtime.CompilerServices.CallerMemberName] string name = "")
        => value >= min && value <= max ? value : throw new ArgumentOutOfRangeException(name, value, $"ManualLoadOptions.{name} must be between {min} and {max}.");
}
