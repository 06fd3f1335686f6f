using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

// Reproduce docs/benchmarks.md:   dotnet run -c Release --project tests/Compensation.Benchmarks -- --filter '*' --job short
// CI smoke run:                  dotnet run -c Release --project tests/Compensation.Benchmarks -- --filter '*' --job dry
if (args is ["--load-profile", var n])
{
    Compensation.Benchmarks.LoadProfile.Run(int.Parse(n, System.Globalization.CultureInfo.InvariantCulture));
    return;
}

if (args is ["--alloc-profile"])
{
    Compensation.Benchmarks.AllocationProfile.Run();
    return;
}

if (args is ["--decide-profile", "sample"])
{
    Compensation.Benchmarks.DecideProfile.Sample();
    return;
}

if (args is ["--decide-profile", var rules])
{
    Compensation.Benchmarks.DecideProfile.Run(int.Parse(rules, System.Globalization.CultureInfo.InvariantCulture));
    return;
}

if (args.Contains("--manual-memory"))
{
    Console.WriteLine(Compensation.Benchmarks.ManualMemory.Table());
    return;
}

var config = DefaultConfig.Instance;
BenchmarkSwitcher.FromAssembly(typeof(Compensation.Benchmarks.PeerBenchmarks).Assembly).Run(args, config);
