using Microsoft.Extensions.Options;

namespace Compensation.Hosting;

/// <summary>Checks the options and loads the manual, so that a broken manual stops the application at start-up with its diagnostics.</summary>
internal sealed class CompensationOptionsValidator(InitialManuals initial) : IValidateOptions<CompensationOptions>
{
    public ValidateOptionsResult Validate(string? name, CompensationOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.ManualPath))
        {
            return ValidateOptionsResult.Fail("Compensation:ManualPath is required: the rule file, folder of rule files or folder of versions to load.");
        }

        var failures = new List<string>();
        if (options.ReloadAttempts < 1)
        {
            failures.Add($"Compensation:ReloadAttempts must be 1 or more (it is {options.ReloadAttempts}).");
        }

        if (options.ReloadDelay < TimeSpan.Zero)
        {
            failures.Add($"Compensation:ReloadDelay cannot be negative (it is {options.ReloadDelay}).");
        }

        var path = Path.GetFullPath(options.ManualPath);
        var (set, diagnostics) = ManualSetLoader.TryLoad(path, ManualLoadOptions.Default);
        if (set is null)
        {
            var errors = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
            failures.Add($"The compensation manual '{path}' has {errors} error(s):{Environment.NewLine}{string.Join(Environment.NewLine, diagnostics.Select(d => "  " + d))}");
        }
        else
        {
            initial.Offer(path, set);
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
