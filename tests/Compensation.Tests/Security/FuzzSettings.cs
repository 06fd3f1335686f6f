using System.Globalization;

namespace Compensation.Tests.Security;

/// <summary>
/// How many cases the property and fuzz tests generate. CI runs the defaults (the whole security suite
/// in well under two minutes on two cores); set <c>COMPENSATION_FUZZ_ITERATIONS</c> to run longer, e.g.
/// <c>COMPENSATION_FUZZ_ITERATIONS=20000 dotnet test --filter "FullyQualifiedName~Security"</c>.
/// A failing case prints its CsCheck seed; replay it with <c>COMPENSATION_FUZZ_SEED</c>.
/// </summary>
internal static class FuzzSettings
{
    /// <summary>The iterations for one test: <c>COMPENSATION_FUZZ_ITERATIONS</c> when set, otherwise <paramref name="ciDefault"/>.</summary>
    public static long Iterations(long ciDefault)
        => long.TryParse(Environment.GetEnvironmentVariable("COMPENSATION_FUZZ_ITERATIONS"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : ciDefault;

    /// <summary>A seed to replay a failure, or null for a fresh random run.</summary>
    public static string? Seed => Environment.GetEnvironmentVariable("COMPENSATION_FUZZ_SEED") is { Length: > 0 } seed ? seed : null;
}
