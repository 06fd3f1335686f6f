using System.Globalization;
using System.Text.RegularExpressions;
using Compensation.Diagnostics;
using Compensation.Documents;
using Compensation.Facts;

namespace Compensation.Compilation;

/// <summary>Turns <c>catalog.facts</c> declarations into input facts of the schema, checking names, types, ranges and defaults.</summary>
internal static partial class FactDeclarations
{
    private static readonly string[] Types = ["integer", "decimal", "boolean", "date", "datetime", "duration"];
    private static readonly FactType[] TypeOf = [FactType.Integer, FactType.Decimal, FactType.Boolean, FactType.Date, FactType.DateTime, FactType.Duration];

    /// <summary>Names no declared or derived fact may take: built-in facts, the language's words and its functions.</summary>
    public static readonly string[] Reserved =
    [
        "failure", "tier", "cause", "delay", "order", "customer", "promised", "delivered", "occurred", "it", "and", "or", "not", "true", "false", "null", "in",
        .. ExpressionText.FunctionNames,
    ];

    public static void Declare(FactSchema schema, IEnumerable<FactDocument> facts, DiagnosticBag diagnostics)
    {
        foreach (var fact in facts)
        {
            var name = fact.Name.Text;
            if (!Identifier().IsMatch(name))
            {
                diagnostics.Error(DiagnosticCodes.InvalidFact, fact.Name.Location, $"'{name}' is not a valid fact name", $"use letters, digits and '_' only, e.g. '{Regex.Replace(name, "[^A-Za-z0-9_]", "_")}'");
                continue;
            }

            if (Reserved.Contains(name) || schema.TryGet(name, out _))
            {
                diagnostics.Error(DiagnosticCodes.DuplicateName, fact.Name.Location, $"the fact name '{name}' is already taken", "choose another name; failure, tier, cause, delay, order, customer and the language's words are reserved");
                continue;
            }

            if (fact.Type is null)
            {
                continue;
            }

            FactType type;
            if (fact.Values is not null)
            {
                type = FactType.Catalog;
                if (fact.Values.Count == 0 || fact.Values.GroupBy(v => v.Text).Any(g => g.Count() > 1))
                {
                    diagnostics.Error(DiagnosticCodes.InvalidFact, fact.Type.Location, $"fact '{name}' must list distinct values", "write 'type: [web, tienda, telefono]'");
                    continue;
                }
            }
            else
            {
                var index = Array.IndexOf(Types, fact.Type.Text);
                if (index < 0)
                {
                    diagnostics.Error(DiagnosticCodes.InvalidFact, fact.Type.Location, $"unknown fact type '{fact.Type.Text}'", Suggestions.DidYouMean(fact.Type.Text, Types) + ", or a list of values");
                    continue;
                }

                type = TypeOf[index];
            }

            if (type is FactType.Date or FactType.DateTime && (fact.Min ?? fact.Max ?? fact.Default) is { } bound)
            {
                diagnostics.Error(DiagnosticCodes.InvalidFact, bound.Location, $"fact '{name}' is a {fact.Type.Text}; it takes no min, max or default", "remove them: the incident must carry the date");
                continue;
            }

            var values = fact.Values?.Select(v => v.Text).ToList() ?? [];
            var min = Number(type, fact.Min, name, "min", diagnostics);
            var max = Number(type, fact.Max, name, "max", diagnostics);
            if (min > max)
            {
                diagnostics.Error(DiagnosticCodes.InvalidFact, fact.Min!.Location, $"fact '{name}' has min {min} above max {max}", "swap them");
            }

            if ((min is not null || max is not null) && type is FactType.Boolean or FactType.Catalog)
            {
                diagnostics.Error(DiagnosticCodes.InvalidFact, (fact.Min ?? fact.Max)!.Location, $"fact '{name}' is {type.ToString().ToLowerInvariant()}; min and max apply to numbers only", "remove min/max");
            }

            decimal? @default = null;
            if (fact.Default is { } d)
            {
                @default = ParseValue(type, values, d.Text);
                if (@default is null || (type == FactType.Integer && @default != decimal.Truncate(@default.Value)))
                {
                    diagnostics.Error(DiagnosticCodes.InvalidFact, d.Location, $"default '{d.Text}' of fact '{name}' is not a {(type == FactType.Catalog ? "one of " + string.Join(", ", values) : type.ToString().ToLowerInvariant())}", null);
                    continue;
                }

                if (@default < min || @default > max)
                {
                    diagnostics.Error(DiagnosticCodes.InvalidFact, d.Location, $"default {d.Text} of fact '{name}' is outside {min}..{max}", "make the default fit the range");
                }
            }

            var worse = 0;
            if (fact.Worse is { } w)
            {
                worse = w.Text switch { "higher" => 1, "lower" => -1, _ => 0 };
                if (worse == 0)
                {
                    diagnostics.Error(DiagnosticCodes.InvalidFact, w.Location, $"'worse: {w.Text}' of fact '{name}' is neither higher nor lower", "write 'worse: higher' when a higher value means more harm, 'worse: lower' when a lower one does");
                }
                else if (type is not (FactType.Integer or FactType.Decimal or FactType.Duration))
                {
                    diagnostics.Error(DiagnosticCodes.InvalidFact, w.Location, $"fact '{name}' is {type.ToString().ToLowerInvariant()}; 'worse' applies to numbers only", "remove 'worse:'");
                    worse = 0;
                }
            }

            schema.Add(new FactDefinition { Name = name, Type = type, Origin = FactOrigin.Input, Values = values, Min = min, Max = max, Default = @default, Worse = worse });
        }
    }

    /// <summary>Reads a value of a fact's type as the frame stores it (booleans 0/1, list values by position); null when it does not fit.</summary>
    public static decimal? ParseValue(FactType type, IReadOnlyList<string> values, string text) => type switch
    {
        FactType.Duration => DurationText.TryParse(text, out var span) ? (decimal)span.TotalMinutes : null,
        FactType.Boolean => text switch { "true" => 1, "false" => 0, _ => null },
        FactType.Catalog => values.ToList().IndexOf(text) is var i and >= 0 ? i : null,
        _ => decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var n) ? n : null,
    };

    private static decimal? Number(FactType type, Scalar? scalar, string fact, string key, DiagnosticBag diagnostics)
    {
        if (scalar is null)
        {
            return null;
        }

        if (type == FactType.Duration)
        {
            if (DurationText.TryParse(scalar.Text, out var span))
            {
                return (decimal)span.TotalMinutes;
            }

            diagnostics.Error(DiagnosticCodes.InvalidFact, scalar.Location, $"'{key}: {scalar.Text}' of fact '{fact}' is not a duration", DurationText.Hint);
            return null;
        }

        if (decimal.TryParse(scalar.Text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        diagnostics.Error(DiagnosticCodes.InvalidFact, scalar.Location, $"'{key}: {scalar.Text}' of fact '{fact}' is not a number", null);
        return null;
    }

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex Identifier();
}
