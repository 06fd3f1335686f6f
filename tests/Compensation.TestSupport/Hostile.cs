namespace Compensation.TestSupport;

/// <summary>Shared helpers of the security tests: the sample manual's texts and a hang guard.</summary>
internal static class Hostile
{
    /// <summary>
    /// A safety net that only catches a real hang, not a timing assertion: a busy 2-core machine running the whole suite
    /// beside other builds takes a few seconds for what takes milliseconds alone, so the limit is minutes.
    /// </summary>
    public static readonly TimeSpan HangLimit = TimeSpan.FromMinutes(5);

    private static readonly Lazy<string> Root = new(() =>
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Compensation.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("cannot find the repository root (Compensation.sln) above " + AppContext.BaseDirectory);
    });

    public static string SampleFolder => Path.Combine(Root.Value, "rules", "tienda-ejemplo");

    /// <summary>The sample manual's files, in load order.</summary>
    public static IReadOnlyList<ManualSource> SampleSources { get; } = [.. Directory.EnumerateFiles(SampleFolder, "*.yaml").Order(StringComparer.Ordinal).Select(f => new ManualSource(Path.GetFileName(f), File.ReadAllText(f)))];

    /// <summary>The sample's header file (catalogue, empowerment, limits), to which hostile rule files are added.</summary>
    public static ManualSource Header => SampleSources[0];

    /// <summary>
    /// Runs <paramref name="work"/> on a thread of its own with a 1.5 MB stack (a server's thread-pool thread has that
    /// much) and fails the test if it does not finish in <see cref="HangLimit"/>. A dedicated thread starts at once even
    /// when the thread pool is starved by the other tests running in parallel.
    /// </summary>
    public static T Guarded<T>(Func<T> work)
    {
        T result = default!;
        System.Runtime.ExceptionServices.ExceptionDispatchInfo? failure = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    result = work();
                }
                catch (Exception ex)
                {
                    failure = System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(ex);
                }
            },
            maxStackSize: 1536 * 1024)
        { IsBackground = true, Name = "guarded test work" };
        thread.Start();
        if (!thread.Join(HangLimit))
        {
            Assert.Fail($"did not finish within {HangLimit.TotalMinutes} minutes: the limits did not stop it");
        }

        failure?.Throw();
        return result;
    }

    /// <summary>Like <see cref="Guarded{T}"/>, and also returns the bytes the work allocated (it runs on one thread).</summary>
    public static (T Result, long Allocated) GuardedMeasured<T>(Func<T> work)
        => Guarded(() =>
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            var result = work();
            return (result, GC.GetAllocatedBytesForCurrentThread() - before);
        });

    /// <summary>Loads the sample header plus one extra rule file, guarded.</summary>
    public static ManualLoadResult LoadWithHeader(string fileName, string text, ManualLoadOptions? options = null)
        => Guarded(() => CompensationManual.TryParse([Header, new ManualSource(fileName, text)], options));

    /// <summary>A rule file with one collect rule set holding one rule whose condition is <paramref name="when"/>.</summary>
    public static string RuleWhen(string when)
        => $"""
            rule-sets:
              - name: hostil
                hit-policy: collect
                rules:
                  - name: regla
                    when: '{when.Replace("'", "''", StringComparison.Ordinal)}'
                    grant: [ gift: {"{"} description: taza, cost: 1 {"}"} ]

            """;

    /// <summary>A rule file with one rule that always fires and grants a discount of <paramref name="amount"/> (a formula).</summary>
    public static string RuleAmount(string amount)
        => $"""
            rule-sets:
              - name: hostil
                hit-policy: collect
                rules:
                  - name: regla
                    when: failure == "defecto"
                    grant: [ discount: {"{"} amount: '{amount.Replace("'", "''", StringComparison.Ordinal)}', on: next-purchase {"}"} ]

            """;

    public static string Codes(ManualLoadResult result) => string.Join(", ", result.Diagnostics.Select(d => d.Code).Distinct());

    /// <summary>Asserts the load failed with <paramref name="code"/> among its errors; prints the diagnostics otherwise.</summary>
    public static void AssertRejected(ManualLoadResult result, string code)
    {
        Assert.Null(result.Manual);
        Assert.True(result.Diagnostics.Any(d => d.Code == code && d.Severity == DiagnosticSeverity.Error), $"expected {code}; got:{Environment.NewLine}{string.Join(Environment.NewLine, result.Diagnostics)}");
    }
}
