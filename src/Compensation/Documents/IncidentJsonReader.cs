using System.Globalization;
using System.Text.Json;
using Compensation.Diagnostics;
using Compensation.Facts;

namespace Compensation.Documents;

/// <summary>
/// The implementation of the public <c>IncidentJson</c>: a scan with <see cref="Utf8JsonReader"/> for syntax and nesting,
/// then a mapping of the <see cref="JsonDocument"/> onto <see cref="Incident"/> and <see cref="Customer"/> that records
/// every problem instead of stopping at the first (no deserializer exceptions, no .NET type names).
/// </summary>
internal static partial class IncidentJsonReader
{
    // The limits, published as IncidentJson's constants (this folder cannot refer to the public facade above it).
    public const int MaxDocumentBytes = 64 * 1024;
    public const int MaxDepth = 8;
    public const int MaxTextLength = 200;
    public const int MaxFactTextLength = 1_000;
    public const int MaxFacts = 100;
    public static readonly DateTimeOffset EarliestDate = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset LatestDate = new(2100, 12, 31, 23, 59, 59, TimeSpan.Zero);

    public const string Malformed = "INC020";
    public const string NotUtf8Code = "INC021";
    public const string WrongType = "INC022";
    public const string UnknownProperty = "INC023";
    public const string Missing = "INC024";
    public const string TooLargeCode = "INC025";
    public const string NoOffset = "INC026";
    public const string DateRange = "INC027";
    public const string NumberRange = "INC028";
    public const string Duplicate = "INC029";

    private const string Shape = "{ \"incident\": { \"failure\": ... }, \"customer\": { \"tier\": ... } }";

    private static readonly string[] TopLevel = ["incident", "customer"];
    private static readonly string[] IncidentProperties = ["id", "failure", "cause", "promisedAt", "deliveredAt", "occurredAt", "orderValue", "currency", "facts"];
    private static readonly string[] CustomerProperties = ["id", "name", "tier", "tenureMonths", "priorIncidents", "recentCompensation", "locale"];

    public static IncidentJsonResult TooLarge(long length)
        => Failed(new IncidentError("$", TooLargeCode, $"the document is {length.ToString(CultureInfo.InvariantCulture)} bytes long; at most {MaxDocumentBytes.ToString(CultureInfo.InvariantCulture)} are read (an incident is a few hundred bytes)"));

    public static IncidentJsonResult NotUtf8(string where = "")
        => Failed(new IncidentError("$", NotUtf8Code, $"the document is not valid UTF-8{where}; save it as UTF-8"));

    public static IncidentJsonResult Read(ReadOnlySpan<byte> utf8, ManualTimeZone? zone)
    {
        if (utf8.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            utf8 = utf8[3..];
        }

        if (utf8.Length > MaxDocumentBytes)
        {
            return TooLarge(utf8.Length);
        }

        if (!System.Text.Unicode.Utf8.IsValid(utf8))
        {
            return NotUtf8(At(utf8, FirstInvalidByte(utf8)));
        }

        if (utf8.Trim(" \t\r\n"u8).IsEmpty)
        {
            return Failed(new IncidentError("$", Malformed, $"the document is empty; write an incident as {Shape}"));
        }

        if (Scan(utf8) is { } syntax)
        {
            return Failed(syntax);
        }

        using var document = JsonDocument.Parse(utf8.ToArray(), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = MaxDepth + 1 });
        var context = new Context(zone);
        var (incident, customer) = Map(document.RootElement, context);
        return new IncidentJsonResult(incident, customer, context.Errors);
    }

    private static IncidentJsonResult Failed(IncidentError error) => new(null, null, [error]);

    /// <summary>Syntax and nesting, before anything is built: the first problem, with its line and column (1-based).</summary>
    private static IncidentError? Scan(ReadOnlySpan<byte> utf8)
    {
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = 64 });
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray && reader.CurrentDepth >= MaxDepth)
                {
                    return new IncidentError("$", TooLargeCode, $"the document nests objects and arrays more than {MaxDepth} deep{At(utf8, (int)reader.TokenStartIndex)}");
                }
            }

            return null;
        }
        catch (JsonException ex)
        {
            var offset = Offset(utf8, ex.LineNumber ?? 0, ex.BytePositionInLine ?? 0);
            var rest = utf8[Math.Min(offset, utf8.Length)..].Trim(" \t\r\n"u8);
            return rest.IsEmpty
                ? new IncidentError("$", Malformed, $"the document ends before it is complete{At(utf8, offset)}: a closing brace, bracket or quote is missing (was it cut short?)")
                : new IncidentError("$", Malformed, $"the document is not valid JSON{At(utf8, offset)}, near '{Near(rest)}': check for a missing comma, colon, quote or brace, or a value that is not a JSON string, number, true, false or null");
        }
    }

    private static (Incident?, Customer?) Map(JsonElement root, Context context)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            context.Error("$", WrongType, $"the document is {Kind(root)}; write an incident as {Shape}");
            return (null, null);
        }

        JsonElement? incidentJson = null;
        JsonElement? customerJson = null;
        foreach (var property in Properties(root, "$", TopLevel, context))
        {
            if (property.Name == "incident")
            {
                incidentJson = property.Value;
            }
            else
            {
                customerJson = property.Value;
            }
        }

        var incident = incidentJson is { } i ? ReadIncident(i, context) : context.Missing<Incident>("$", "incident", "an \"incident\" object: { \"failure\": \"retraso\", ... }");
        var customer = customerJson is { } c ? ReadCustomer(c, context) : context.Missing<Customer>("$", "customer", "a \"customer\" object: { \"tier\": \"oro\", ... }");
        return (incident, customer);
    }

    private static Incident? ReadIncident(JsonElement json, Context context)
    {
        const string path = "$.incident";
        if (!context.IsObject(json, path))
        {
            return null;
        }

        string? id = null, failure = null, cause = null, currency = null;
        DateTimeOffset? promised = null, delivered = null, occurred = null;
        decimal? orderValue = null; // absent: the incident has no order value (a rule that reads it rejects the incident, INC014)
        IReadOnlyDictionary<string, object?>? facts = null;
        foreach (var property in Properties(json, path, IncidentProperties, context))
        {
            var at = path + "." + property.Name;
            switch (property.Name)
            {
                case "id": id = Text(property.Value, at, MaxTextLength, context); break;
                case "failure": failure = Text(property.Value, at, MaxTextLength, context); break;
                case "cause": cause = Text(property.Value, at, MaxTextLength, context); break;
                case "currency": currency = Text(property.Value, at, MaxTextLength, context); break;
                case "promisedAt": promised = Date(property.Value, at, context); break;
                case "deliveredAt": delivered = Date(property.Value, at, context); break;
                case "occurredAt": occurred = Date(property.Value, at, context); break;
                case "orderValue": orderValue = Money(property.Value, at, context); break;
                default: facts = Facts(property.Value, at, context); break;
            }
        }

        if (failure is null)
        {
            // Given but unreadable is already reported; absent is reported here.
            return json.TryGetProperty("failure", out var given) && given.ValueKind != JsonValueKind.Null ? null : context.Missing<Incident>(path, "failure", "\"failure\": the failure kind, e.g. \"retraso\"");
        }

        return new Incident
        {
            Id = id,
            Failure = failure,
            Cause = cause,
            PromisedAt = promised,
            DeliveredAt = delivered,
            OccurredAt = occurred,
            OrderValue = orderValue,
            Currency = currency,
            Facts = facts ?? new Dictionary<string, object?>(),
        };
    }

    private static Customer? ReadCustomer(JsonElement json, Context context)
    {
        const string path = "$.customer";
        if (!context.IsObject(json, path))
        {
            return null;
        }

        string? id = null, name = null, tier = null, locale = null;
        int tenure = 0, prior = 0;
        decimal recent = 0m;
        foreach (var property in Properties(json, path, CustomerProperties, context))
        {
            var at = path + "." + property.Name;
            switch (property.Name)
            {
                case "id": id = Text(property.Value, at, MaxTextLength, context); break;
                case "name": name = Text(property.Value, at, MaxTextLength, context); break;
                case "tier": tier = Text(property.Value, at, MaxTextLength, context); break;
                case "locale": locale = Text(property.Value, at, MaxTextLength, context); break;
                case "tenureMonths": tenure = Count(property.Value, at, context); break;
                case "priorIncidents": prior = Count(property.Value, at, context); break;
                default: recent = Money(property.Value, at, context); break;
            }
        }

        if (tier is null)
        {
            return json.TryGetProperty("tier", out var given) && given.ValueKind != JsonValueKind.Null ? null : context.Missing<Customer>(path, "tier", "\"tier\": the customer's tier, e.g. \"oro\"");
        }

        return new Customer { Id = id, Name = name, Tier = tier, TenureMonths = tenure, PriorIncidents = prior, RecentCompensation = recent, Locale = locale };
    }

    /// <summary>The object's properties that are known, once each; unknown and repeated ones are reported.</summary>
    private static List<JsonProperty> Properties(JsonElement json, string path, string[] known, Context context)
    {
        var seen = new List<JsonProperty>();
        foreach (var property in json.EnumerateObject())
        {
            var name = property.Name;
            if (Array.IndexOf(known, name) < 0)
            {
                var hint = Nearest(name, known) is { } near ? $"; did you mean '{near}'?" : string.Empty;
                context.Error(path + "." + Shorten(name), UnknownProperty, $"'{Shorten(name)}' is not a property here; known properties are: {string.Join(", ", known)}{hint}");
            }
            else if (seen.Exists(p => p.Name == name))
            {
                context.Error(path + "." + name, Duplicate, $"'{name}' is given more than once; give it once");
            }
            else
            {
                seen.Add(property);
            }
        }

        return seen;
    }

    /// <summary>The known name meant: the same but for case, one it begins (tenure → tenureMonths), or the nearest by spelling.</summary>
    private static string? Nearest(string name, string[] known)
        => known.FirstOrDefault(k => string.Equals(k, name, StringComparison.OrdinalIgnoreCase))
            ?? (name.Length >= 3 ? known.FirstOrDefault(k => k.StartsWith(name, StringComparison.OrdinalIgnoreCase)) : null)
            ?? Suggestions.Nearest(name, known);

    private static string Kind(JsonElement json) => json.ValueKind switch
    {
        JsonValueKind.Object => "an object { ... }",
        JsonValueKind.Array => "a list [ ... ]",
        JsonValueKind.String => "a text in quotes",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "true/false",
        _ => "null",
    };

    private static string Shorten(string text) => text.Length <= 40 ? text : string.Concat(text.AsSpan(0, 37), "...");

    private sealed class Context(ManualTimeZone? zone)
    {
        /// <summary>The zone offset-less dates are read in; null: they are refused.</summary>
        public ManualTimeZone? Zone { get; } = zone;

        public List<IncidentError> Errors { get; } = [];

        public void Error(string path, string code, string message) => Errors.Add(new IncidentError(path, code, message));

        public T? Missing<T>(string path, string property, string what)
            where T : class
        {
            Error(path + "." + property, IncidentJsonReader.Missing, $"missing {what}");
            return null;
        }

        public bool IsObject(JsonElement json, string path)
        {
            if (json.ValueKind == JsonValueKind.Object)
            {
                return true;
            }

            Error(path, WrongType, $"expected an object {{ ... }}, found {Kind(json)}");
            return false;
        }
    }
}
