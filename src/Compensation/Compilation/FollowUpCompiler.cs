using System.Globalization;
using System.Text.RegularExpressions;
using Compensation.Diagnostics;
using Compensation.Documents;
using Compensation.Facts;

namespace Compensation.Compilation;

/// <summary>Compiles <c>follow-ups:</c>: <c>when</c> is a condition over the facts (derived facts included), <c>after</c> a duration (30m, 48h, 7d, 2w).</summary>
internal sealed partial class FollowUpCompiler(ExpressionCompiler expressions, DiagnosticBag diagnostics)
{
    public List<CompiledFollowUp> Compile(IReadOnlyList<FollowUpDocument> documents)
    {
        var result = new List<CompiledFollowUp>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            if (document.Name is not { } name || document.After is not { } after)
            {
                continue; // reported by the reader
            }

            var ok = true;
            if (!names.Add(name.Text))
            {
                diagnostics.Error(DiagnosticCodes.DuplicateName, name.Location, $"a second follow-up named '{name.Text}'", "give each follow-up its own name");
                ok = false;
            }

            var delay = Duration(after);
            ok &= delay is not null;
            Func<FactFrame, bool>? when = null;
            if (document.When is { } condition)
            {
                var parts = expressions.Condition(condition);
                ok &= parts is not null;
                when = parts is null ? null : expressions.Combine(parts);
            }

            if (ok)
            {
                result.Add(new CompiledFollowUp
                {
                    Name = name.Text,
                    Description = document.Description?.Text,
                    After = delay!.Value,
                    When = when,
                    WhenText = document.When?.Text,
                    Location = document.Location,
                });
            }
        }

        return result;
    }

    private TimeSpan? Duration(Scalar text)
    {
        if (!DurationText.TryParse(text.Text, out var span))
        {
            diagnostics.Error(DiagnosticCodes.InvalidValue, text.Location, $"'after: {text.Text}' is not a duration", DurationText.Hint);
            return null;
        }

        return span;
    }

}
