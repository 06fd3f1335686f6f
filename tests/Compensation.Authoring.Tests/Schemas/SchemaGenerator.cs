using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Compensation.Decisions;
using Compensation.Documents;
using Compensation.Facts;

namespace Compensation.Authoring.Tests.Schemas;

/// <summary>
/// Builds the JSON Schemas of the manual format and of scenario files from the engine's own tables
/// (remedy kinds and their parameters, hit policies, fact types, comparable remedy fields), so that
/// editors validate and complete rule files. <see cref="SchemaGeneratorTests"/> fails when the
/// committed files in src/Compensation/Schemas differ; run the tests with UPDATE_SCHEMAS=1 to rewrite them.
/// </summary>
internal static class SchemaGenerator
{
    private static readonly JsonSerializerOptions Pretty = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Manual() => Serialize(ManualSchema());

    public static string Scenarios() => Serialize(ScenarioSchema());

    private static string Serialize(JsonObject schema) => schema.ToJsonString(Pretty).ReplaceLineEndings("\n") + "\n";

    private static JsonObject ManualSchema()
    {
        var remedyDefinitions = new JsonObject();
        foreach (var kind in RemedyKinds.All)
        {
            remedyDefinitions[kind.Name] = Closed(kind.AllParameters.ToDictionary(p => p.Name, p => (JsonNode)Param(p.Name, p.Shape, p.Choices)), $"Parameters of '{kind.Name}'. Every number may be a quoted formula.");
        }

        var grant = new JsonObject
        {
            ["description"] = "One remedy, like '- discount: { percent: 10 }'.",
            ["oneOf"] = new JsonArray(
                new JsonObject { ["type"] = "string", ["enum"] = Strings(RemedyKinds.Names) },
                new JsonObject
                {
                    ["type"] = "object",
                    ["minProperties"] = 1,
                    ["maxProperties"] = 1,
                    ["additionalProperties"] = false,
                    ["properties"] = new JsonObject(RemedyKinds.Names.Select(n => KeyValuePair.Create(n, (JsonNode?)new JsonObject { ["$ref"] = $"#/definitions/remedy-{n}" }))),
                }),
        };
        var ruleProperties = new Dictionary<string, JsonNode>
        {
            ["name"] = Text("The rule's name, unique in the manual."),
            ["section"] = Text("The manual section, quoted in explanations."),
            ["priority"] = new JsonObject { ["type"] = new JsonArray("integer", "string"), ["description"] = "For 'priority' rule sets: higher fires first." },
            ["set"] = new JsonObject { ["type"] = "object", ["description"] = "Derived facts for later rule sets: name → formula.", ["additionalProperties"] = Scalar() },
            ["grant"] = new JsonObject { ["description"] = "The remedies the rule grants.", ["oneOf"] = new JsonArray(new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["$ref"] = "#/definitions/grant" } }, new JsonObject { ["$ref"] = "#/definitions/grant" }) },
        };
        var rule = Closed(new(ruleProperties) { ["when"] = new JsonObject { ["description"] = "The condition (an expression, or a list of expressions that must all hold).", ["oneOf"] = new JsonArray(Scalar(), new JsonObject { ["type"] = "array", ["items"] = Scalar() }) } }, "A rule: when → grant and/or set.", "name");
        var row = Closed(new(ruleProperties) { ["when"] = new JsonObject { ["type"] = "array", ["description"] = "One cell per column: '-', a value, '>= 5', '2..4', 'a, b' or '{ expression }'.", ["items"] = Scalar() } }, "A decision-table row.", "name", "when");
        var fact = Closed(
            new()
            {
                ["type"] = new JsonObject { ["oneOf"] = new JsonArray(new JsonObject { ["type"] = "string", ["enum"] = Strings(Enum.GetNames<FactType>().Where(t => t != nameof(FactType.Catalog)).Select(t => t.ToLowerInvariant())) }, new JsonObject { ["type"] = "array", ["items"] = Text("A value.") }) },
                ["min"] = Scalar(),
                ["max"] = Scalar(),
                ["default"] = Scalar(),
                ["worse"] = new JsonObject { ["type"] = "string", ["enum"] = Strings(["higher", "lower"]), ["description"] = "Which way means more harm, for 'compensation check' and proportionality: a lower uptime is 'worse: lower'." },
            },
            "An extra input fact: its type (integer, decimal, boolean, or a list of values), bounds and default.",
            "type");
        var ruleSet = Closed(
            new()
            {
                ["name"] = Text("The rule set's name."),
                ["hit-policy"] = new JsonObject { ["type"] = "string", ["enum"] = Strings(Enum.GetNames<HitPolicy>().Select(p => p.ToLowerInvariant())), ["description"] = "collect: every matching rule; first: the first; priority: the highest priority; best: the most valuable." },
                ["rules"] = new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["$ref"] = "#/definitions/rule" } },
                ["table"] = Closed(new() { ["columns"] = new JsonObject { ["type"] = "array", ["items"] = Text("A fact, like failure, tier or delay.days.") }, ["rows"] = new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["$ref"] = "#/definitions/row" } } }, "A decision table: each row compiles to one rule.", "columns", "rows"),
            },
            "A rule set, run in the order written.",
            "name",
            "hit-policy");
        var strings = new JsonObject { ["type"] = "array", ["items"] = Text("A value.") };
        var definitions = new JsonObject { ["grant"] = grant, ["rule"] = rule, ["row"] = row, ["fact"] = fact, ["rule-set"] = ruleSet };
        foreach (var (name, definition) in remedyDefinitions.ToList())
        {
            remedyDefinitions.Remove(name);
            definitions[$"remedy-{name}"] = definition;
        }

        var root = Closed(
            new()
            {
                ["manual"] = Text("The manual's name, quoted in every decision (only in the header file)."),
                ["version"] = new JsonObject { ["type"] = new JsonArray("string", "number"), ["description"] = "The manual's version, quoted in every decision." },
                ["effective"] = new JsonObject { ["type"] = "string", ["pattern"] = "^\\d{4}-\\d{2}-\\d{2}$", ["description"] = "The date it is in force from (yyyy-mm-dd)." },
                ["currency"] = new JsonObject { ["type"] = "string", ["pattern"] = "^[A-Z]{3}$" },
                ["currencies"] = new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "string", ["pattern"] = "^[A-Z]{3}$" }, ["description"] = "Every currency the manual decides in (the incident's currency chooses); 'currency' is the default." },
                ["currency-decimals"] = new JsonObject { ["type"] = "integer", ["minimum"] = 0 },
                ["locale"] = Text("The default locale of messages, like es-ES."),
                ["time-zone"] = Text("The IANA time zone (Europe/Madrid) of dates written without an offset and of calendar functions; UTC when absent."),
                ["calendar"] = Closed(
                    new()
                    {
                        ["working-days"] = new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "string", ["enum"] = Strings(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]) } },
                        ["business-hours"] = new JsonObject { ["type"] = "string", ["pattern"] = "^\\d{2}:\\d{2}\\s*-\\s*\\d{2}:\\d{2}$", ["description"] = "Opening and closing time, like 09:00-18:00." },
                        ["holidays"] = new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "string", ["pattern"] = "^\\d{4}-\\d{2}-\\d{2}$" } },
                        ["public-holidays"] = Text("A country code (ES, GB, FR, DE, US…) whose public holidays are not working days."),
                    },
                    "The working calendar of working_days_between, working_hours_between and add_working_days."),
                ["catalog"] = Closed(new() { ["tiers"] = strings, ["failures"] = strings.DeepClone(), ["delay-failures"] = strings.DeepClone(), ["causes"] = strings.DeepClone(), ["derived"] = new JsonObject { ["type"] = "object", ["description"] = "The types of facts that rules set, like { payout: decimal }.", ["additionalProperties"] = new JsonObject { ["type"] = "string", ["enum"] = Strings(["integer", "decimal", "boolean"]) } }, ["facts"] = new JsonObject { ["type"] = "object", ["additionalProperties"] = new JsonObject { ["$ref"] = "#/definitions/fact" } } }, "Tiers (optional, lowest first), failure kinds, causes and extra facts.", "failures"),
                ["empowerment"] = new JsonObject { ["type"] = "array", ["description"] = "Optional: without it no decision needs approval.", ["items"] = Closed(new() { ["role"] = Text("A role."), ["up-to"] = Scalar() }, "Who may grant how much at once.", "role") },
                ["limits"] = Closed(new[] { "total" }.Concat(RemedyKinds.Names).ToDictionary(n => n, _ => (JsonNode)Money()), "Caps: the decision's total and per remedy kind (formulas, or one per currency)."),
                ["rule-sets"] = new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["$ref"] = "#/definitions/rule-set" } },
                ["messages"] = new JsonObject { ["type"] = "array", ["items"] = Closed(new() { ["locale"] = Text("The locale."), ["failure"] = Text("The failure kind (optional)."), ["template"] = Text("A Liquid template.") }, "A customer message template.", "locale", "template") },
                ["follow-ups"] = new JsonObject { ["type"] = "array", ["items"] = Closed(new() { ["name"] = Text("The follow-up's name."), ["when"] = Scalar(), ["after"] = Text("A delay like 7d or 24h."), ["description"] = Text("What to do.") }, "A follow-up to schedule.", "name", "after") },
            },
            "A compensation manual file: the header file holds manual, version, effective, currency, catalog and empowerment; the others hold rule-sets.");
        root["$schema"] = "http://json-schema.org/draft-07/schema#";
        root["$id"] = "https://github.com/compensation-rules/compensation/src/Compensation/Schemas/manual.schema.json";
        root["title"] = "Compensation manual";
        root["definitions"] = definitions;
        return Reorder(root);
    }

    private static JsonObject ScenarioSchema()
    {
        var remedies = new JsonObject();
        foreach (var kind in RemedyKinds.All)
        {
            remedies[kind.Name] = Closed(kind.AllFields.ToDictionary(f => f.Name, f => (JsonNode)Param(f.Name, f.Shape, f.Choices, perCurrency: false)), "Fields to compare; those not listed are not compared.");
        }

        var expectedRemedy = new JsonObject
        {
            ["oneOf"] = new JsonArray(
                new JsonObject { ["type"] = "string", ["enum"] = Strings(RemedyKinds.Names) },
                new JsonObject { ["type"] = "object", ["minProperties"] = 1, ["maxProperties"] = 1, ["additionalProperties"] = false, ["properties"] = remedies }),
        };
        var scenario = Closed(
            new()
            {
                ["name"] = Text("The scenario's name (it names the test)."),
                ["description"] = Text("What the scenario shows."),
                ["incident"] = Closed(
                    new()
                    {
                        ["id"] = Text("An id."),
                        ["failure"] = Text("The failure kind."),
                        ["cause"] = Text("The cause."),
                        ["delay"] = new JsonObject { ["type"] = "string", ["pattern"] = "^\\s*(\\d+\\s*w)?\\s*(\\d+\\s*d)?\\s*(\\d+\\s*h)?\\s*(\\d+\\s*m(in)?)?\\s*$", ["description"] = "45m, 1h30m, 3d, 5h or 2d 6h (0m: on time), measured from 'promised' (default: 10:00 on the manual's effective date)." },
                        ["promised"] = Text("The promised date (2026-11-10T18:00:00+01:00)."),
                        ["delivered"] = Text("The delivered date (instead of 'delay'); without an offset, in the manual's time zone."),
                        ["occurred"] = Text("When the incident happened (default: delivered, then promised)."),
                        ["order"] = new JsonObject { ["type"] = "number", ["minimum"] = 0, ["description"] = "The order's value." },
                        ["currency"] = Text("The order's currency."),
                        ["facts"] = new JsonObject { ["type"] = "object", ["additionalProperties"] = Scalar() },
                    },
                    "The incident.",
                    "failure"),
                ["customer"] = Closed(
                    new()
                    {
                        ["id"] = Text("An id."),
                        ["name"] = Text("The name."),
                        ["tier"] = Text("The tier."),
                        ["tenure-months"] = new JsonObject { ["type"] = "integer", ["minimum"] = 0 },
                        ["prior-incidents"] = new JsonObject { ["type"] = "integer", ["minimum"] = 0 },
                        ["recent-compensation"] = new JsonObject { ["type"] = "number", ["minimum"] = 0 },
                        ["locale"] = Text("The locale."),
                    },
                    "The customer (optional for a manual without tiers)."),
                ["expect"] = Closed(
                    new()
                    {
                        ["remedies"] = new JsonObject { ["description"] = "'none', or the exact list of remedies (only the fields written are compared).", ["oneOf"] = new JsonArray(new JsonObject { ["type"] = "string", ["enum"] = new JsonArray("none") }, new JsonObject { ["type"] = "array", ["items"] = expectedRemedy }) },
                        ["approval"] = Text("The role that must approve the decision."),
                        ["total"] = new JsonObject { ["type"] = "number", ["description"] = "The decision's total cost." },
                        ["fires"] = new JsonObject { ["type"] = "array", ["items"] = Text("A rule that must fire."), ["description"] = "Rules that must fire (whatever they grant)." },
                    },
                    "The decision expected; what is left out is not compared."),
            },
            "A scenario: an incident and customer, and the decision expected.",
            "name",
            "incident",
            "expect");
        var root = Closed(new() { ["scenarios"] = new JsonObject { ["type"] = "array", ["items"] = scenario } }, "Scenario file of a compensation manual (<manual>/scenarios/*.yaml).", "scenarios");
        root["$schema"] = "http://json-schema.org/draft-07/schema#";
        root["$id"] = "https://github.com/compensation-rules/compensation/src/Compensation/Schemas/scenarios.schema.json";
        root["title"] = "Compensation manual scenarios";
        return Reorder(root);
    }

    private static JsonObject Reorder(JsonObject root)
    {
        var ordered = new JsonObject();
        foreach (var key in new[] { "$schema", "$id", "title", "description", "type", "required", "additionalProperties", "properties", "definitions" })
        {
            if (root[key] is { } value)
            {
                root.Remove(key);
                ordered[key] = value;
            }
        }

        return ordered;
    }

    private static JsonObject Closed(Dictionary<string, JsonNode> properties, string description, params string[] required)
    {
        var schema = new JsonObject { ["description"] = description, ["type"] = "object" };
        if (required.Length > 0)
        {
            schema["required"] = Strings(required);
        }

        schema["additionalProperties"] = false;
        schema["properties"] = new JsonObject(properties.Select(p => KeyValuePair.Create(p.Key, (JsonNode?)p.Value.DeepClone())));
        return schema;
    }

    private static JsonObject Param(string name, ParameterShape shape, IReadOnlyList<string> choices, bool perCurrency = true) => shape switch
    {
        ParameterShape.Choice => new JsonObject { ["type"] = "string", ["enum"] = Strings(choices) },
        ParameterShape.Flag => new JsonObject { ["type"] = "boolean" },
        ParameterShape.Text => Text(name),
        ParameterShape.Duration => new JsonObject { ["type"] = "string", ["pattern"] = "^\\d+\\s*[hdm]$", ["description"] = "A duration like 24h or 2d." },
        _ => perCurrency ? Money() : Scalar(),
    };

    /// <summary>A formula, or one per currency of the manual (<c>{ EUR: 250, GBP: 220 }</c>).</summary>
    private static JsonObject Money() => new()
    {
        ["oneOf"] = new JsonArray(
            Scalar(),
            new JsonObject { ["type"] = "object", ["description"] = "One value per currency of the manual, like { EUR: 250, GBP: 220 }.", ["propertyNames"] = new JsonObject { ["pattern"] = "^[A-Z]{3}$" }, ["additionalProperties"] = Scalar() }),
    };

    private static JsonObject Text(string description) => new() { ["type"] = "string", ["description"] = description };

    private static JsonObject Scalar() => new() { ["type"] = new JsonArray("string", "number", "boolean") };

    private static JsonArray Strings(IEnumerable<string> values) => new([.. values.Select(v => (JsonNode?)JsonValue.Create(v))]);
}
