namespace Compensation;

/// <summary>The stable codes of diagnostics (listed for authors in docs/manual-language.md). Codes never change meaning once published.</summary>
internal static class DiagnosticCodes
{
    /// <summary>The file is not valid YAML.</summary>
    public const string YamlSyntax = "CMP001";

    /// <summary>A key the manual language does not know (the nearest valid key is suggested).</summary>
    public const string UnknownKey = "CMP002";

    /// <summary>A required key is missing.</summary>
    public const string MissingKey = "CMP003";

    /// <summary>A value has the wrong shape or type (a list where a number was expected, a bad date…).</summary>
    public const string InvalidValue = "CMP004";

    /// <summary>Two rules, rule sets, facts or roles share a name.</summary>
    public const string DuplicateName = "CMP005";

    /// <summary>A rule set has no rules.</summary>
    public const string EmptyRuleSet = "CMP006";

    /// <summary>A tier, failure kind or cause that the catalogue does not declare.</summary>
    public const string UnknownCatalogValue = "CMP007";

    /// <summary>An expression reads a fact that is not declared.</summary>
    public const string UnknownFact = "CMP008";

    /// <summary>An expression cannot be parsed.</summary>
    public const string ExpressionSyntax = "CMP009";

    /// <summary>An expression has the wrong type (a condition that is not true/false, an amount that is not a number).</summary>
    public const string ExpressionType = "CMP010";

    /// <summary>An expression reaches outside the sandbox (types, methods, members of the host).</summary>
    public const string Sandbox = "CMP011";

    /// <summary>A derived fact is read by its own or an earlier rule set.</summary>
    public const string FactOrder = "CMP012";

    /// <summary>A catalogue is empty or repeats a value.</summary>
    public const string InvalidCatalog = "CMP013";

    /// <summary>A remedy kind the language does not know.</summary>
    public const string UnknownRemedy = "CMP014";

    /// <summary>A remedy lacks or misuses a parameter.</summary>
    public const string InvalidRemedy = "CMP015";

    /// <summary>Empowerment levels are missing, out of order or refer to an unknown role.</summary>
    public const string InvalidEmpowerment = "CMP016";

    /// <summary>A decision table row or cell cannot be read.</summary>
    public const string InvalidTable = "CMP017";

    /// <summary>A fact declaration is invalid (unknown type, min above max, default out of range).</summary>
    public const string InvalidFact = "CMP018";

    /// <summary>The manual header is missing or appears in more than one file.</summary>
    public const string ManualHeader = "CMP019";

    /// <summary>YAML anchors, aliases or tags, which the manual language does not allow.</summary>
    public const string YamlFeature = "CMP020";

    /// <summary>A size limit was exceeded (file size, expression length, nesting depth).</summary>
    public const string LimitExceeded = "CMP021";

    /// <summary>A catalogue that has no order (failure kinds, causes) is compared with &lt; or &gt;.</summary>
    public const string UnorderedComparison = "CMP022";

    /// <summary>A customer message template cannot be parsed.</summary>
    public const string Template = "CMP023";

    /// <summary>A file or folder cannot be read.</summary>
    public const string Io = "CMP024";

    /// <summary>A function is called with the wrong number of values.</summary>
    public const string FunctionArity = "CMP025";

    /// <summary>A constant is out of range (a percentage above 100, a negative amount or duration, min above max, division by zero).</summary>
    public const string ConstantOutOfRange = "CMP026";

    /// <summary>A formula can divide by zero, exceed 100 % or go negative for some incident the manual allows (a warning).</summary>
    public const string FormulaRange = "CMP027";

    /// <summary>Derived facts depend on each other in a cycle.</summary>
    public const string DependencyCycle = "CMP028";

    /// <summary>Two rules of a rule set with hit policy 'unique' can match the same incident.</summary>
    public const string UniqueOverlap = "CMP029";

    /// <summary>A scenario's expectation names a rule or role the manual does not have.</summary>
    public const string UnknownScenarioName = "CMP030";
}
