using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Compensation.Decisions;
using Compensation.Diagnostics;
using Compensation.Documents;
using Compensation.Facts;
using Compensation.Validation;

namespace Compensation.Compilation;

/// <summary>Validates a manual document and compiles it; returns null when any error was found (all are reported).</summary>
internal sealed class ManualCompiler(DiagnosticBag diagnostics, ManualLoadOptions options, ITemplateCompiler templates)
{
    private static readonly ManualDocumentValidator Validator = new();

    public CompiledManual? Compile(ManualDocument document)
    {
        if (document.OverLimit)
        {
            return null;
        }

        if (document.RuleSets.SelectMany(r => r.Rules).Skip(options.MaxRules).FirstOrDefault() is { } beyond)
        {
            // Compiling costs a few milliseconds per rule: a limit keeps a huge manual from stalling the host.
            diagnostics.Error(DiagnosticCodes.LimitExceeded, beyond.Location, $"the manual has more than {options.MaxRules} rules", LimitHints.Rules);
            return null;
        }

        foreach (var failure in Validator.Validate(document).Errors)
        {
            var at = failure.CustomState as ManualDocumentValidator.At;
            var location = at?.Location ?? document.Location;
            if (location.File is null)
            {
                if (document.Name is null)
                {
                    // The header is missing (already reported): its catalogue and empowerment are empty, not wrong.
                    continue;
                }

                location = document.Location; // a part of the header missing altogether (no 'catalog:'): point at the header
            }

            diagnostics.Error(failure.ErrorCode, location, failure.ErrorMessage, at?.Hint);
        }

        if (document.Name is null)
        {
            return null; // the header is missing, already reported
        }

        var catalog = document.Catalog;
        if (catalog.Failures.Count == 0)
        {
            // Without failure kinds every rule would only add "unknown value" errors.
            return null;
        }

        var timeZone = document.TimeZone is { } tz ? ManualTimeZone.Find(tz.Text) : ManualTimeZone.Utc;
        if (timeZone is null)
        {
            diagnostics.Error(DiagnosticCodes.InvalidValue, document.TimeZone!.Location, $"unknown time zone '{document.TimeZone.Text}'", Suggestions.DidYouMean(document.TimeZone.Text, ManualTimeZone.Ids) + " (an IANA id such as Europe/Madrid, Europe/London or America/Mexico_City)");
            timeZone = ManualTimeZone.Utc;
        }

        var currencies = Currencies(document);
        var schema = new FactSchema(Texts(catalog.Tiers), Texts(catalog.Failures), Texts(catalog.Causes), currencies);
        FactDeclarations.Declare(schema, catalog.Facts, diagnostics);
        var empowerment = Empowerment(document);
        var calendar = CalendarCompiler.Compile(document.Calendar, timeZone, diagnostics);
        var expressions = new ExpressionCompiler(schema, diagnostics, options, calendar);
        expressions.CyclicFacts.UnionWith(DerivedFactCycles.Report(document, diagnostics));
        var grants = new GrantCompiler(expressions, diagnostics, empowerment);
        var analysis = new FormulaAnalysis(schema, diagnostics);

        var declaredDerived = DeclaredDerived(catalog);
        var setBy = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var ruleSet in document.RuleSets)
        {
            foreach (var (fact, _) in ruleSet.Rules.SelectMany(r => r.Sets))
            {
                setBy.TryAdd(fact.Text, ruleSet.Name?.Text ?? "?");
            }
        }

        foreach (var (name, ruleSet) in setBy)
        {
            expressions.LaterFacts[name] = ruleSet;
        }

        foreach (var (name, (_, location)) in declaredDerived.Where(d => !setBy.ContainsKey(d.Key)))
        {
            diagnostics.Error(DiagnosticCodes.InvalidFact, location, $"'{name}' is declared under 'derived:' but no rule sets it", $"add 'set: {{ {name}: … }}' to a rule, or remove the declaration");
        }

        var ruleSets = new List<CompiledRuleSet>();
        var order = 0;
        foreach (var (ruleSetDocument, index) in document.RuleSets.Select((s, i) => (s, i)))
        {
            var ruleSetName = ruleSetDocument.Name?.Text ?? $"#{index + 1}";
            var pendingSets = new List<(RuleDocument Rule, Scalar Fact, Scalar Formula, System.Linq.Expressions.LambdaExpression Value, FactType Type)>();
            var rules = new List<(RuleDocument Document, List<ConditionPart>? Parts, List<CompiledGrant> Grants)>();
            foreach (var rule in ruleSetDocument.Rules)
            {
                List<ConditionPart>? parts = [];
                foreach (var condition in rule.Conditions)
                {
                    var compiled = expressions.Condition(condition);
                    parts = compiled is null || parts is null ? null : [.. parts, .. compiled];
                }

                foreach (var (fact, formula) in rule.Sets)
                {
                    if (expressions.Value(formula) is { } value)
                    {
                        pendingSets.Add((rule, fact, formula, value.Body, value.Type));
                    }
                }

                var compiledGrants = rule.Grants.Select(grants.Compile).OfType<CompiledGrant>().ToList();
                rules.Add((rule, parts, compiledGrants));
            }

            // Facts set by this rule set become visible to the rule sets after it.
            var assignments = DeclareDerived(schema, pendingSets, index, ruleSetName, expressions, declaredDerived);
            foreach (var set in pendingSets)
            {
                if (schema.TryGet(set.Fact.Text, out var derived) && derived.Origin == FactOrigin.Derived)
                {
                    var conditions = rules.First(r => r.Document == set.Rule).Parts?.Select(p => p.Body) ?? [];
                    analysis.Derived(derived, set.Value.Body, conditions);
                }
            }

            foreach (var fact in pendingSets.Select(s => s.Fact.Text).Distinct())
            {
                expressions.LaterFacts.Remove(fact);
            }

            var compiledRules = rules.Where(r => r.Parts is not null).Select(r => new CompiledRule
            {
                Name = r.Document.Name?.Text ?? "?",
                RuleSet = ruleSetName,
                Section = r.Document.Section?.Text,
                Location = r.Document.Location,
                Order = order++,
                Priority = int.TryParse(r.Document.Priority?.Text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var p) ? p : 0,
                Parts = r.Parts!,
                Matches = expressions.Combine(r.Parts!),
                Sets = assignments.Where(a => a.Rule == r.Document).Select(a => (a.Fact, a.Assign, a.Text)).ToList(),
                Grants = r.Grants,
            }).ToList();

            foreach (var rule in compiledRules)
            {
                analysis.Check(rule);
            }

            var policy = Enum.TryParse<HitPolicy>(ruleSetDocument.HitPolicy?.Text, ignoreCase: true, out var hp) ? hp : HitPolicy.Collect;
            if (policy == HitPolicy.Priority)
            {
                compiledRules = [.. compiledRules.OrderByDescending(r => r.Priority).ThenBy(r => r.Order)];
            }

            var compiledRuleSet = new CompiledRuleSet { Name = ruleSetName, Policy = policy, Rules = compiledRules, Index = new RuleIndex(compiledRules, schema) };
            ruleSets.Add(compiledRuleSet);
            if (policy == HitPolicy.Unique)
            {
                UniqueOverlaps.Report(compiledRuleSet, schema, analysis, diagnostics);
            }
        }

        var (total, kinds) = Limits(document, expressions);
        analysis.Limit(total);
        foreach (var limit in kinds.Values)
        {
            analysis.Limit(limit);
        }

        var messages = templates.Compile(document.Messages, schema);
        var followUps = new FollowUpCompiler(expressions, diagnostics).Compile(document.FollowUps);
        if (diagnostics.HasErrors)
        {
            return null;
        }

        var currency = document.Currency!.Text;
        var decimals = CurrencyRounding.DefaultDecimals(currency);
        if (document.CurrencyDecimals is { } cd && (!int.TryParse(cd.Text, NumberStyles.None, CultureInfo.InvariantCulture, out decimals) || decimals > 8))
        {
            diagnostics.Error(DiagnosticCodes.InvalidValue, cd.Location, $"'currency-decimals: {cd.Text}' is not a whole number from 0 to 8", "write 0, 2 or 3");
            return null;
        }

        var delayFailures = Texts(catalog.DelayFailures);
        var manual = new CompiledManual
        {
            Stamp = new ManualStamp(document.Name.Text, document.Version!.Text, DateOnly.ParseExact(document.Effective!.Text, "yyyy-MM-dd", CultureInfo.InvariantCulture), Hash(document.Files)),
            Locale = document.Locale?.Text ?? "en",
            Rounding = new CurrencyRounding(currency, decimals),
            Roundings = [.. currencies.Select(c => c == currency ? new CurrencyRounding(currency, decimals) : new CurrencyRounding(c, CurrencyRounding.DefaultDecimals(c)))],
            DefaultCurrency = Math.Max(0, currencies.IndexOf(currency)),
            TimeZone = timeZone,
            Schema = schema,
            DerivedRanges = new Dictionary<FactDefinition, Interval>(analysis.DerivedRanges, ReferenceEqualityComparer.Instance),
            DelayFailures = delayFailures,
            IsDelayFailure = [.. schema.Failure.Values.Select(delayFailures.Contains)],
            RuleSets = ruleSets,
            Empowerment = empowerment,
            TotalLimit = total,
            KindLimits = kinds,
            FailureLocations = [.. catalog.Failures.Select(f => f.Location)],
            Messages = messages,
            FollowUps = followUps,
        };
        templates.Check(manual);
        return diagnostics.HasErrors ? null : manual;
    }

    private List<(RuleDocument Rule, FactDefinition Fact, Action<FactFrame> Assign, string Text)> DeclareDerived(
        FactSchema schema,
        List<(RuleDocument Rule, Scalar Fact, Scalar Formula, System.Linq.Expressions.LambdaExpression Value, FactType Type)> sets,
        int ruleSetIndex,
        string ruleSetName,
        ExpressionCompiler expressions,
        Dictionary<string, (FactType Type, SourceLocation Location)> declared)
    {
        var result = new List<(RuleDocument, FactDefinition, Action<FactFrame>, string)>();

        // A derived fact's type comes from all the rows that set it: whole numbers and decimals make a decimal
        // (set: { payout: 0 } then set: { payout: "0.5 * order.value" }); a number and true/false conflict, and the
        // error points at the row that differs from the first.
        var typeOf = new Dictionary<string, FactType>(StringComparer.Ordinal);
        var firstRow = new Dictionary<string, (RuleDocument Rule, FactType Type)>(StringComparer.Ordinal);
        var conflicting = new HashSet<Scalar>();
        foreach (var (rule, factName, _, _, type) in sets)
        {
            if (declared.TryGetValue(factName.Text, out var declaration))
            {
                // A declared type decides; a row that does not fit it gets the error, at that row.
                typeOf[factName.Text] = declaration.Type;
                if (type != declaration.Type && !(declaration.Type == FactType.Decimal && type == FactType.Integer))
                {
                    diagnostics.Error(DiagnosticCodes.ExpressionType, factName.Location, $"'{factName.Text}' is declared {Name(declaration.Type)} (catalog.derived, line {declaration.Location.Line}) but is set here to {Kind(type)}{(type == FactType.Decimal && declaration.Type == FactType.Integer ? " with decimals" : string.Empty)}", declaration.Type == FactType.Integer ? "round it (round(…), floor(…)) or declare the fact decimal" : "set it to a value of the declared type");
                    conflicting.Add(factName);
                }

                continue;
            }

            if (!firstRow.TryGetValue(factName.Text, out var first))
            {
                firstRow[factName.Text] = (rule, type);
                typeOf[factName.Text] = type;
                continue;
            }

            if ((type == FactType.Boolean) != (first.Type == FactType.Boolean))
            {
                diagnostics.Error(DiagnosticCodes.ExpressionType, factName.Location, $"'{factName.Text}' is set to {Kind(type)} here, but to {Kind(first.Type)} by rule '{first.Rule.Name?.Text}' (line {first.Rule.Location.Line})", "set it to values of one type: numbers, or true/false");
                conflicting.Add(factName);
            }
            else if (type == FactType.Decimal)
            {
                typeOf[factName.Text] = FactType.Decimal;
            }
        }

        foreach (var (rule, factName, formula, value, rowType) in sets)
        {
            if (conflicting.Contains(factName))
            {
                continue;
            }

            var type = typeOf[factName.Text];
            if (!schema.TryGet(factName.Text, out var fact))
            {
                if (!System.Text.RegularExpressions.Regex.IsMatch(factName.Text, "^[A-Za-z_][A-Za-z0-9_]*$"))
                {
                    diagnostics.Error(DiagnosticCodes.InvalidFact, factName.Location, $"'{factName.Text}' is not a valid fact name", "use letters, digits and '_' only");
                    continue;
                }

                fact = schema.Add(new FactDefinition { Name = factName.Text, Type = type, Origin = FactOrigin.Derived, SetByRuleSet = ruleSetIndex, SetByRuleSetName = ruleSetName, Default = 0 });
            }
            else if (fact.Origin != FactOrigin.Derived)
            {
                diagnostics.Error(DiagnosticCodes.DuplicateName, factName.Location, $"'{factName.Text}' is an input fact; a rule cannot set it", "set a new fact with another name");
                continue;
            }
            else if (fact.Type != rowType && !(fact.Type == FactType.Decimal && rowType == FactType.Integer))
            {
                diagnostics.Error(DiagnosticCodes.ExpressionType, factName.Location, $"'{factName.Text}' is {(fact.Type == FactType.Boolean ? "a true/false" : "an " + fact.TypeName)} fact (set by rule set '{fact.SetByRuleSetName}') but is set here to {Kind(rowType)}{(rowType == FactType.Decimal && fact.Type == FactType.Integer ? " with decimals" : string.Empty)}", "set it to values of one type; a fact that may hold decimals should get one in its first rule set");
                continue;
            }

            result.Add((rule, fact, expressions.Assignment(fact, value), formula.Text));
        }

        return result;
    }

    private static string Kind(FactType type) => type == FactType.Boolean ? "true/false" : "a number";

    private static string Name(FactType type) => type switch { FactType.Boolean => "boolean", FactType.Decimal => "decimal", _ => "integer" };

    /// <summary><c>catalog.derived</c>: each fact's declared type (integer, decimal or boolean).</summary>
    private Dictionary<string, (FactType Type, SourceLocation Location)> DeclaredDerived(CatalogDocument catalog)
    {
        var declared = new Dictionary<string, (FactType, SourceLocation)>(StringComparer.Ordinal);
        foreach (var (name, type) in catalog.Derived)
        {
            FactType? parsed = type.Text switch { "integer" => FactType.Integer, "decimal" => FactType.Decimal, "boolean" => FactType.Boolean, _ => null };
            if (parsed is null)
            {
                diagnostics.Error(DiagnosticCodes.InvalidFact, type.Location, $"'{type.Text}' is not a type a rule can set", "write integer, decimal or boolean");
            }
            else if (!declared.TryAdd(name.Text, (parsed.Value, name.Location)))
            {
                diagnostics.Error(DiagnosticCodes.DuplicateName, name.Location, $"'{name.Text}' is declared twice under 'derived:'", "declare it once");
            }
        }

        return declared;
    }

    private List<ApprovalLevel> Empowerment(ManualDocument document)
        => document.Empowerment
            .Where(e => e.Role is not null)
            .Select((e, i) => new ApprovalLevel(e.Role!.Text, i, decimal.TryParse(e.UpTo?.Text, NumberStyles.Number, CultureInfo.InvariantCulture, out var up) ? up : null))
            .ToList();

    private (CompiledFormula<decimal>?, Dictionary<RemedyKind, CompiledFormula<decimal>>) Limits(ManualDocument document, ExpressionCompiler expressions)
    {
        CompiledFormula<decimal>? total = null;
        var kinds = new Dictionary<RemedyKind, CompiledFormula<decimal>>();
        foreach (var (key, formula) in document.Limits)
        {
            if (key.Text == "total")
            {
                total = expressions.Number(formula);
            }
            else if (RemedyKinds.TryGet(key.Text, out var descriptor))
            {
                if (expressions.Number(formula) is { } compiled)
                {
                    kinds[descriptor.Kind] = compiled;
                }
            }
            else
            {
                diagnostics.Error(DiagnosticCodes.UnknownKey, key.Location, $"unknown limit '{key.Text}'", Suggestions.DidYouMean(key.Text, RemedyKinds.Names.Prepend("total")));
            }
        }

        return (total, kinds);
    }

    private static List<string> Texts(List<Scalar> scalars) => [.. scalars.Select(s => s.Text)];

    /// <summary>The manual's currencies: <c>currencies:</c>, which must include the default <c>currency:</c>; or just the default.</summary>
    private List<string> Currencies(ManualDocument document)
    {
        var fallback = document.Currency?.Text ?? string.Empty;
        if (document.Currencies.Count == 0)
        {
            return [fallback];
        }

        var currencies = Texts(document.Currencies);
        foreach (var c in document.Currencies.Where(c => c.Text.Length != 3 || !c.Text.All(char.IsAsciiLetterUpper)))
        {
            diagnostics.Error(DiagnosticCodes.InvalidValue, c.Location, $"'{c.Text}' is not a currency code", "write ISO 4217 codes in capitals, e.g. [EUR, GBP]");
        }

        if (document.Currency is { } d && !currencies.Contains(d.Text))
        {
            diagnostics.Error(DiagnosticCodes.InvalidValue, d.Location, $"the default currency '{d.Text}' is not one of 'currencies: [{string.Join(", ", currencies)}]'", $"add {d.Text} to 'currencies:', or make 'currency:' one of them");
        }

        return currencies;
    }

    private static string Hash(IEnumerable<ManualSource> files)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in files)
        {
            sha.AppendData(Encoding.UTF8.GetBytes(Path.GetFileName(file.Path) + "\n" + file.Text.ReplaceLineEndings("\n") + "\0"));
        }

        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }
}
