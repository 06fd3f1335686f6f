using System.Globalization;
using System.Text.RegularExpressions;
using Compensation.Decisions;
using Compensation.Diagnostics;
using Compensation.Documents;
using Compensation.Facts;

namespace Compensation.Compilation;

/// <summary>Compiles a rule's <c>grant:</c> entries into remedy templates, checking each parameter against its kind's descriptor.</summary>
internal sealed partial class GrantCompiler(ExpressionCompiler expressions, DiagnosticBag diagnostics, IReadOnlyList<ApprovalLevel> empowerment)
{
    public CompiledGrant? Compile(GrantDocument grant)
    {
        // The reader has already rejected unknown kinds and parameters.
        RemedyKinds.TryGet(grant.Kind.Text, out var kind);
        var p = grant.Parameters;
        var before = diagnostics.Count;
        var parameters = kind!.Parameters;
        var formulas = new CompiledFormula<decimal>?[parameters.Count];
        var arguments = new RemedyArgument[parameters.Count];

        // The size first (what a missing one is said against is the kind), then the details in documented order.
        var sizeAt = Size(grant, kind, formulas, arguments);
        for (var i = 0; i < parameters.Count; i++)
        {
            var parameter = parameters[i];
            if (parameter.IsSize)
            {
                continue;
            }

            if (!p.TryGetValue(parameter.Name, out var value))
            {
                if (parameter.Required)
                {
                    Missing(grant, parameter);
                }

                continue;
            }

            arguments[i] = parameter.Shape switch
            {
                ParameterShape.Formula => Formula(value, formulas, i),
                ParameterShape.Text => Text(grant, parameter, value),
                ParameterShape.Duration => new RemedyArgument(true, Duration: Duration(value)),
                ParameterShape.Choice => new RemedyArgument(true, Choice: Choice(parameter, value)),
                ParameterShape.WholeDays => new RemedyArgument(true, Days: int.TryParse(value.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var d) && d > 0 ? d : Invalid<int?>(value, $"'{parameter.Name}: {value.Text}' must be a whole number of days above 0", null)),
                _ => new RemedyArgument(true, Flag: Flag(parameter, value)),
            };
        }

        var stack = false;
        if (p.TryGetValue("stack", out var stackText))
        {
            stack = stackText.Text switch { "true" => true, "false" => false, _ => Invalid(stackText, "'stack' must be true or false", false) };
        }

        ApprovalLevel? approval = null;
        if (p.TryGetValue("approval", out var role))
        {
            approval = empowerment.FirstOrDefault(l => l.Role == role.Text);
            if (approval is null)
            {
                diagnostics.Error(
                    DiagnosticCodes.InvalidEmpowerment,
                    role.Location,
                    empowerment.Count == 0 ? $"the manual declares no empowerment levels, so no role '{role.Text}' can approve this remedy" : $"unknown role '{role.Text}'",
                    empowerment.Count == 0 ? "remove 'approval:', or declare the roles under 'empowerment:'" : Suggestions.DidYouMean(role.Text, empowerment.Select(l => l.Role)));
            }
        }

        var min = Optional(p, "min");
        var max = Optional(p, "max");
        var threshold = Optional(p, "threshold");
        if (threshold is not null && !kind.IsReducible)
        {
            diagnostics.Error(DiagnosticCodes.InvalidValue, p["threshold"].Location, $"'threshold' applies to amounts of money, and a '{kind.Name}' is not one", $"use it on {string.Join(", ", RemedyKinds.All.Where(k => k.IsReducible).Select(k => k.Name))}; or use a condition in 'when:'");
        }

        if (diagnostics.Count != before)
        {
            return null;
        }

        return new CompiledGrant
        {
            Descriptor = kind,
            Location = grant.Kind.Location,
            Formulas = formulas,
            Arguments = arguments,
            SizeAt = sizeAt,
            Min = min,
            Max = max,
            Threshold = threshold,
            Group = p.TryGetValue("group", out var group) ? group.Text : grant.Kind.Text,
            Stack = stack,
            Approval = approval,
        };
    }

    /// <summary>The remedy's size: exactly one of the kind's one-of parameters, or its required formula. Its position, or -1.</summary>
    private int Size(GrantDocument grant, RemedyDescriptor kind, CompiledFormula<decimal>?[] formulas, RemedyArgument[] arguments)
    {
        var parameters = kind.Parameters;
        var oneOf = new List<int>();
        var present = new List<int>();
        for (var i = 0; i < parameters.Count; i++)
        {
            if (!parameters[i].OneOf)
            {
                continue;
            }

            oneOf.Add(i);
            if (grant.Parameters.TryGetValue(parameters[i].Name, out var value))
            {
                present.Add(i);
                if (parameters[i].Shape == ParameterShape.Flag && value.Text != "true")
                {
                    // A flag that picks the size can only be switched on.
                    diagnostics.Error(DiagnosticCodes.InvalidRemedy, value.Location, $"'{parameters[i].Name}: {value.Text}' must be '{parameters[i].Name}: true'", parameters[i].Hint);
                }
            }
        }

        if (oneOf.Count > 0)
        {
            if (present.Count != 1)
            {
                var names = string.Join(", ", oneOf.Select(i => parameters[i].Name));
                diagnostics.Error(
                    DiagnosticCodes.InvalidRemedy,
                    present.Count == 0 ? grant.Kind.Location : grant.Parameters[parameters[present[1]].Name].Location,
                    present.Count == 0 ? $"'{grant.Kind.Text}' needs one of: {names}" : $"'{grant.Kind.Text}' takes only one of: {names}",
                    $"e.g. '- {grant.Kind.Text}: {{ {parameters[oneOf[0]].Name}: 10 }}'");
                return -1;
            }

            var at = present[0];
            arguments[at] = parameters[at].Shape == ParameterShape.Flag ? new RemedyArgument(true, Flag: true) : Formula(grant.Parameters[parameters[at].Name], formulas, at);
            return at;
        }

        for (var i = 0; i < parameters.Count; i++)
        {
            if (parameters[i].IsSize)
            {
                if (grant.Parameters.TryGetValue(parameters[i].Name, out var value))
                {
                    arguments[i] = Formula(value, formulas, i);
                }
                else
                {
                    Missing(grant, parameters[i]);
                }

                return i;
            }
        }

        return -1;
    }

    private RemedyArgument Formula(Scalar value, CompiledFormula<decimal>?[] formulas, int at)
    {
        formulas[at] = expressions.Number(value);
        return new RemedyArgument(true);
    }

    private RemedyArgument Text(GrantDocument grant, RemedyParameter parameter, Scalar value)
    {
        if (parameter.Required && value.Text.Trim().Length == 0)
        {
            Missing(grant, parameter);
        }

        return new RemedyArgument(true, Text: value.Text);
    }

    private void Missing(GrantDocument grant, RemedyParameter parameter)
    {
        var kind = grant.Kind.Text;
        var name = parameter.Name;
        var (message, hint) = parameter.Shape switch
        {
            ParameterShape.Text => ($"'{kind}' needs a '{name}' for the customer", $"add '{name}: ...'"),
            _ when parameter.Purpose is { } purpose => ($"'{kind}' needs '{name}' ({purpose})", $"write '- {kind}: {{ {name}: {parameter.Example} }}'"),
            _ => ($"'{kind}' needs '{name}'", $"e.g. '- {kind}: {{ {name}: {parameter.Example} }}'"),
        };
        diagnostics.Error(DiagnosticCodes.InvalidRemedy, grant.Kind.Location, message, hint);
    }

    private int Choice(RemedyParameter parameter, Scalar value)
    {
        for (var i = 0; i < parameter.Choices.Count; i++)
        {
            if (parameter.Choices[i] == value.Text)
            {
                return i;
            }
        }

        return Invalid(value, parameter.Invalid ?? $"'{parameter.Name}' must be one of: {string.Join(", ", parameter.Choices)}", 0, parameter.Hint);
    }

    private bool Flag(RemedyParameter parameter, Scalar value)
        => value.Text switch { "true" => true, "false" => false, _ => Invalid(value, parameter.Invalid ?? $"'{parameter.Name}' must be true or false", false, parameter.Hint) };

    private CompiledFormula<decimal>? Optional(Dictionary<string, Scalar> parameters, string name)
        => parameters.TryGetValue(name, out var value) ? expressions.Number(value) : null;

    private TimeSpan Duration(Scalar text)
        => DurationText.TryParse(text.Text, out var span) ? span : Invalid(text, $"'{text.Text}' is not a duration", TimeSpan.Zero, DurationText.Hint);

    private T Invalid<T>(Scalar at, string message, T fallback, string? hint = null)
    {
        diagnostics.Error(DiagnosticCodes.InvalidRemedy, at.Location, message, hint);
        return fallback;
    }

}
