using Compensation.Compilation;
using Compensation.Diagnostics;
using Compensation.Documents;
using Compensation.Evaluation;
using Compensation.Facts;
using Compensation.Messages;

namespace Compensation;

/// <summary>
/// A compiled compensation manual: load it once, then decide any number of incidents from any number
/// of threads. Immutable; deciding takes no lock.
/// </summary>
/// <example>
/// <code>
/// var manual = CompensationManual.Load("rules/tienda-ejemplo");
/// var decision = manual.Decide(incident, customer);
/// </code>
/// </example>
public sealed class CompensationManual
{
    private readonly CompiledManual _compiled;

    private CompensationManual(CompiledManual compiled, IReadOnlyList<Diagnostic> warnings)
    {
        _compiled = compiled;
        Warnings = warnings;
        Catalog = new ManualCatalog(compiled);
        Rules = [.. compiled.Rules.Select(r => new RuleInfo(r.Name, r.RuleSet, r.Section, r.Location))];
    }

    /// <summary>The manual's name, version, effective date and content hash.</summary>
    public ManualStamp Stamp => _compiled.Stamp;

    /// <summary>The currency the manual decides in.</summary>
    public string Currency => _compiled.Rounding.Currency;

    /// <summary>The manual's default locale.</summary>
    public string Locale => _compiled.Locale;

    /// <summary>The manual's <c>time-zone:</c> (an IANA id such as <c>Europe/Madrid</c>; <c>UTC</c> when it declares none): dates without an offset and calendar computations are read in it.</summary>
    public string TimeZone => _compiled.TimeZone.Id;

    /// <summary>The declared tiers, failure kinds, causes and extra facts.</summary>
    public ManualCatalog Catalog { get; }

    /// <summary>Every rule, in the order rules run.</summary>
    public IReadOnlyList<RuleInfo> Rules { get; }

    /// <summary>Warnings found while loading (the manual loaded; they deserve a look).</summary>
    public IReadOnlyList<Diagnostic> Warnings { get; }

    internal CompiledManual Compiled => _compiled;

    /// <summary>Loads a manual from a YAML file or a folder of YAML files.</summary>
    /// <exception cref="ManualLoadException">The manual has errors; all of them are listed.</exception>
    public static CompensationManual Load(string path, ManualLoadOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var result = TryLoad(path, options);
        return result.Manual ?? throw new ManualLoadException(path, result.Diagnostics);
    }

    /// <summary>Loads a manual from rule-file texts (for hosts that keep rules outside the file system, and for tests).</summary>
    /// <exception cref="ManualLoadException">The manual has errors; all of them are listed.</exception>
    public static CompensationManual Parse(IEnumerable<ManualSource> sources, ManualLoadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var list = sources.ToList();
        var result = TryParse(list, options);
        return result.Manual ?? throw new ManualLoadException(list.Count == 1 ? list[0].Path : "(manual)", result.Diagnostics);
    }

    /// <summary>Loads a manual, returning every diagnostic instead of throwing.</summary>
    public static ManualLoadResult TryLoad(string path, ManualLoadOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        options ??= ManualLoadOptions.Default;
        var diagnostics = new DiagnosticBag();
        var files = ManualFiles.Read(path, diagnostics, options);
        return diagnostics.HasErrors ? new ManualLoadResult(null, diagnostics.ToSortedList()) : Compile(path, files, diagnostics, options);
    }

    /// <summary>Loads a manual from rule-file texts, returning every diagnostic instead of throwing.</summary>
    public static ManualLoadResult TryParse(IReadOnlyList<ManualSource> sources, ManualLoadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(sources);
        return Compile(sources.Count == 1 ? sources[0].Path : "(manual)", sources, new DiagnosticBag(), options ?? ManualLoadOptions.Default);
    }

    /// <summary>Decides the remedy for an incident. Remedies name their rules; <see cref="Decision.Trace"/> is empty (see <see cref="Explain(Incident, Customer)"/>).</summary>
    /// <exception cref="InvalidIncidentException">The incident or customer does not fit the manual; every problem is listed.</exception>
    /// <exception cref="RuleEvaluationException">A rule's formula failed (for example it divided by zero).</exception>
    public Decision Decide(Incident incident, Customer customer) => Decide(incident, customer, TimeProvider.System);

    /// <summary>Decides the remedy for an incident, dating follow-ups from <paramref name="clock"/>'s current time.</summary>
    /// <exception cref="InvalidIncidentException">The incident or customer does not fit the manual; every problem is listed.</exception>
    /// <exception cref="RuleEvaluationException">A rule's formula failed (for example it divided by zero).</exception>
    public Decision Decide(Incident incident, Customer customer, TimeProvider clock) => Run(incident, customer, clock, explain: false);

    /// <summary>Decides like <see cref="Decide(Incident, Customer)"/> and also records what every rule did and why, and the facts the rules saw.</summary>
    /// <exception cref="InvalidIncidentException">The incident or customer does not fit the manual; every problem is listed.</exception>
    /// <exception cref="RuleEvaluationException">A rule's formula failed (for example it divided by zero).</exception>
    public Decision Explain(Incident incident, Customer customer) => Explain(incident, customer, TimeProvider.System);

    /// <summary>Explains like <see cref="Explain(Incident, Customer)"/>, dating follow-ups from <paramref name="clock"/>'s current time.</summary>
    /// <exception cref="InvalidIncidentException">The incident or customer does not fit the manual; every problem is listed.</exception>
    /// <exception cref="RuleEvaluationException">A rule's formula failed (for example it divided by zero).</exception>
    public Decision Explain(Incident incident, Customer customer, TimeProvider clock) => Run(incident, customer, clock, explain: true);

    /// <summary>Checks an incident and customer against the manual without deciding; empty when valid.</summary>
    public IReadOnlyList<IncidentError> Validate(Incident incident, Customer customer)
    {
        ArgumentNullException.ThrowIfNull(incident);
        ArgumentNullException.ThrowIfNull(customer);
        return IncidentBinder.Bind(_compiled, incident, customer, new FactFrame(_compiled.Schema)) ?? (IReadOnlyList<IncidentError>)[];
    }

    private Decision Run(Incident incident, Customer customer, TimeProvider clock, bool explain)
    {
        ArgumentNullException.ThrowIfNull(incident);
        ArgumentNullException.ThrowIfNull(customer);
        ArgumentNullException.ThrowIfNull(clock);
        return DecisionEvaluator.Decide(_compiled, incident, customer, explain, clock);
    }

    private static ManualLoadResult Compile(string source, IReadOnlyList<ManualSource> files, DiagnosticBag diagnostics, ManualLoadOptions options)
    {
        var document = new ManualReader(diagnostics, options).Read(source, files);
        var compiled = new ManualCompiler(diagnostics, options, new MessageCompiler(diagnostics)).Compile(document);
        var list = diagnostics.ToSortedList();
        return compiled is null || diagnostics.HasErrors
            ? new ManualLoadResult(null, list)
            : new ManualLoadResult(new CompensationManual(compiled, list), list);
    }
}
