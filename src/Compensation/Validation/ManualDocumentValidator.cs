using System.Globalization;
using System.Text.RegularExpressions;
using Compensation.Documents;
using FluentValidation;

namespace Compensation.Validation;

/// <summary>
/// Checks the structure of a manual document (names, catalogues, empowerment, rule sets) with
/// FluentValidation. Each rule has a stable error code and carries the location it reports.
/// </summary>
internal sealed partial class ManualDocumentValidator : AbstractValidator<ManualDocument>
{
    private static readonly string[] HitPolicies = ["collect", "first", "priority", "best", "unique"];

    public ManualDocumentValidator()
    {
        RuleFor(m => m.Name).Must(n => n is null || n.Text.Trim().Length > 0)
            .WithErrorCode(DiagnosticCodes.InvalidValue).WithMessage("the manual's name is empty").WithState(m => new At(m.Name!.Location, "write 'manual: <name>'"));
        RuleFor(m => m.Effective).Must(e => e is null || DateOnly.TryParseExact(e.Text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            .WithErrorCode(DiagnosticCodes.InvalidValue).WithMessage(m => $"'{m.Effective!.Text}' is not a date").WithState(m => new At(m.Effective!.Location, "write the date as yyyy-mm-dd, e.g. 2026-11-01"));
        RuleFor(m => m.Currency).Must(c => c is null || CurrencyCode().IsMatch(c.Text))
            .WithErrorCode(DiagnosticCodes.InvalidValue).WithMessage(m => $"'{m.Currency!.Text}' is not a currency code").WithState(m => new At(m.Currency!.Location, "write the ISO 4217 code in capitals, e.g. EUR"));
        RuleFor(m => m.Locale).Must(l => l is null || IsCulture(l.Text))
            .WithErrorCode(DiagnosticCodes.InvalidValue).WithMessage(m => $"'{m.Locale!.Text}' is not a locale").WithState(m => new At(m.Locale!.Location, "write a locale such as es-ES or en-GB"));

        RuleFor(m => m.Catalog.Failures).NotEmpty().WithErrorCode(DiagnosticCodes.InvalidCatalog).WithMessage("the catalogue declares no failure kinds").WithState(m => new At(m.Catalog.Location, "add 'failures: [retraso, defecto, ...]'"));
        RuleForEach(m => Duplicates(m.Catalog.Tiers.Concat(m.Catalog.Failures).Concat(m.Catalog.Causes)))
            .Must(_ => false).WithErrorCode(DiagnosticCodes.InvalidCatalog).WithMessage((_, d) => $"'{d.Second.Text}' is declared twice in the catalogue; first declared at {d.First.Location}").WithState((_, d) => new At(d.Second.Location, "tiers, failure kinds and causes must each be declared once")).OverridePropertyName("catalog");
        RuleForEach(m => m.Catalog.DelayFailures)
            .Must((m, d) => m.Catalog.Failures.Exists(f => f.Text == d.Text)).WithErrorCode(DiagnosticCodes.UnknownCatalogValue)
            .WithMessage((_, d) => $"delay failure '{d.Text}' is not one of the declared failure kinds").WithState((m, d) => new At(d.Location, $"declared failure kinds: {string.Join(", ", m.Catalog.Failures)}"));

        RuleForEach(m => m.Empowerment).Must((m, level) => level.UpTo is not null || ReferenceEquals(level, m.Empowerment[^1]))
            .WithErrorCode(DiagnosticCodes.InvalidEmpowerment).WithMessage((_, l) => $"role '{l.Role}' has no 'up-to' but is not the last level").WithState((_, l) => new At(l.Location, "give every role but the last an 'up-to' amount"));
        RuleForEach(m => m.Empowerment).Must((m, level) => level.UpTo is null || !ReferenceEquals(level, m.Empowerment[^1]))
            .WithErrorCode(DiagnosticCodes.InvalidEmpowerment).WithMessage((_, l) => $"the last role '{l.Role}' has an 'up-to'; some decision would then have no one to approve it").WithState((_, l) => new At(l.UpTo!.Location, "remove 'up-to' from the last role (it approves anything)"));
        RuleForEach(m => m.Empowerment).Must(level => level.UpTo is null || (decimal.TryParse(level.UpTo.Text, NumberStyles.Number, CultureInfo.InvariantCulture, out var v) && v >= 0))
            .WithErrorCode(DiagnosticCodes.InvalidEmpowerment).WithMessage((_, l) => $"'up-to: {l.UpTo!.Text}' of role '{l.Role}' is not an amount").WithState((_, l) => new At(l.UpTo!.Location, "write a number such as 30"));
        RuleFor(m => m.Empowerment).Must(Ascending)
            .WithErrorCode(DiagnosticCodes.InvalidEmpowerment).WithMessage("empowerment levels must rise: each role's 'up-to' above the one before").WithState(m => new At(m.Empowerment[0].Location, "order roles from front line to management"));
        RuleForEach(m => m.Empowerment.Select(e => e.Role).OfType<Scalar>()).Must(r => r.Text != ApprovalLevel.None.Role)
            .WithErrorCode(DiagnosticCodes.InvalidEmpowerment).WithMessage((_, r) => $"a role cannot be named '{r.Text}': it is how a decision says that nobody needs to approve it").WithState((_, r) => new At(r.Location, "name the role after the job, e.g. agente")).OverridePropertyName("empowerment");
        RuleForEach(m => Duplicates(m.Empowerment.Select(e => e.Role).OfType<Scalar>()))
            .Must(_ => false).WithErrorCode(DiagnosticCodes.DuplicateName).WithMessage((_, d) => $"role '{d.Second.Text}' is declared twice; first declared at {d.First.Location}").WithState((_, d) => new At(d.Second.Location, "declare each role once")).OverridePropertyName("empowerment");

        RuleForEach(m => m.RuleSets).Must(s => s.Rules.Count > 0)
            .WithErrorCode(DiagnosticCodes.EmptyRuleSet).WithMessage((_, s) => $"rule set '{s.Name}' has no rules").WithState((_, s) => new At(s.Location, "add 'rules:' (or a 'table:'), or remove the rule set"));
        RuleForEach(m => m.RuleSets).Must(s => s.HitPolicy is null || HitPolicies.Contains(s.HitPolicy.Text))
            .WithErrorCode(DiagnosticCodes.InvalidValue).WithMessage((_, s) => $"unknown hit policy '{s.HitPolicy!.Text}'").WithState((_, s) => new At(s.HitPolicy!.Location, Diagnostics.Suggestions.DidYouMean(s.HitPolicy!.Text, HitPolicies)));
        RuleForEach(m => Duplicates(m.RuleSets.Select(s => s.Name).OfType<Scalar>()))
            .Must(_ => false).WithErrorCode(DiagnosticCodes.DuplicateName).WithMessage((_, d) => $"two rule sets are named '{d.Second.Text}'; the first is at {d.First.Location}").WithState((_, d) => new At(d.Second.Location, "give each rule set its own name")).OverridePropertyName("rule-sets");
        RuleForEach(m => Duplicates(m.RuleSets.SelectMany(s => s.Rules).Select(r => r.Name).OfType<Scalar>()))
            .Must(_ => false).WithErrorCode(DiagnosticCodes.DuplicateName).WithMessage((_, d) => $"two rules are named '{d.Second.Text}'; the first is at {d.First.Location}").WithState((_, d) => new At(d.Second.Location, "rule names are unique across the manual: explanations and scenarios refer to them")).OverridePropertyName("rules");
        RuleForEach(m => m.RuleSets.SelectMany(s => s.Rules).Where(r => r.Priority != null))
            .Must(r => int.TryParse(r.Priority!.Text, NumberStyles.Integer, CultureInfo.InvariantCulture, out _))
            .WithErrorCode(DiagnosticCodes.InvalidValue).WithMessage((_, r) => $"priority '{r.Priority!.Text}' of rule '{r.Name}' is not a whole number").WithState((_, r) => new At(r.Priority!.Location, "write a whole number; the highest priority wins")).OverridePropertyName("rules");
    }

    /// <summary>Where a failure is reported and how to fix it.</summary>
    internal sealed record At(SourceLocation Location, string? Hint);

    /// <summary>Each repeated name with the place it was first given, so a diagnostic can cite both.</summary>
    private static IEnumerable<(Scalar Second, Scalar First)> Duplicates(IEnumerable<Scalar> values)
        => values.GroupBy(v => v.Text, StringComparer.Ordinal).SelectMany(g => g.Skip(1).Select(d => (d, g.First())));

    private static bool Ascending(List<EmpowermentDocument> levels)
    {
        decimal previous = -1;
        foreach (var level in levels)
        {
            if (level.UpTo is null || !decimal.TryParse(level.UpTo.Text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
            {
                continue;
            }

            if (value <= previous)
            {
                return false;
            }

            previous = value;
        }

        return true;
    }

    private static bool IsCulture(string name)
    {
        try
        {
            return CultureInfo.GetCultureInfo(name, predefinedOnly: true) is not null;
        }
        catch (CultureNotFoundException)
        {
            return false;
        }
    }

    [GeneratedRegex("^[A-Z]{3}$")]
    private static partial Regex CurrencyCode();
}
