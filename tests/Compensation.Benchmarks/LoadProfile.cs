using System.Diagnostics;
using Compensation.Benchmarks.Policy;
using Compensation.Compilation;
using Compensation.Diagnostics;
using Compensation.Documents;
using Compensation.Messages;
using Compensation.Validation;

namespace Compensation.Benchmarks;

/// <summary>Where load time goes (read YAML vs validate + compile), for a manual of N rules: <c>--load-profile N</c>.</summary>
internal static class LoadProfile
{
    public static void Run(int rules)
    {
        var sources = new GeneratedPolicy(rules).ToSources();
        for (var round = 0; round < 2; round++)
        {
            var clock = Stopwatch.StartNew();
            var diagnostics = new DiagnosticBag();
            var document = new ManualReader(diagnostics, ManualLoadOptions.Default).Read("(manual)", sources);
            var read = clock.Elapsed.TotalMilliseconds;
            new ManualDocumentValidator().Validate(document);
            var validated = clock.Elapsed.TotalMilliseconds;
            var compiled = new ManualCompiler(diagnostics, ManualLoadOptions.Default, new MessageCompiler(diagnostics)).Compile(document);
            var total = clock.Elapsed.TotalMilliseconds;
            Console.WriteLine($"{rules} rules: read {read:F0} ms, validate {validated - read:F0} ms, validate + compile {total - validated:F0} ms, total {total:F0} ms ({(compiled is null ? "failed" : "ok")})");
        }
    }
}
