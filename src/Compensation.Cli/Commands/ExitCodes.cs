namespace Compensation.Cli.Commands;

/// <summary>The exit codes of 'test' and 'check', for CI pipelines.</summary>
internal static class ExitCodes
{
    /// <summary>Everything passed (check: no errors; warnings are allowed unless --warnings-as-errors).</summary>
    public const int Ok = 0;

    /// <summary>A scenario failed, coverage is below --min-coverage, or check found an error.</summary>
    public const int Failed = 1;

    /// <summary>The manual or the scenario files cannot be read: nothing was tested.</summary>
    public const int CannotRun = 2;
}
