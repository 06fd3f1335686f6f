using System.Text;
using Compensation.TestSupport;

namespace Compensation.Tests.Incidents;

/// <summary>
/// The strict incident reader: what it accepts, and every way a document is refused — all problems at once, each with
/// its JSON path, an INC code and plain words, never a .NET type name or a deserializer's message.
/// </summary>
public sealed class IncidentJsonTests
{
    private const string Valid = """
        {
          "incident": { "id": "INC-1", "failure": "retraso", "cause": "transportista",
                        "promisedAt": "2026-11-10T18:00:00+01:00", "deliveredAt": "2026-11-15T12:00:00Z",
                        "orderValue": 120.50, "currency": "EUR", "facts": { "urgente": true, "unidades": 3, "canal": "web", "nada": null } },
          "customer": { "id": "C-1", "name": "José", "tier": "oro", "tenureMonths": 30, "priorIncidents": 1, "recentCompensation": 0, "locale": "es-ES" }
        }
        """;

    [Fact]
    public void TryRead_ValidDocument_ReadsEveryField()
    {
        var result = IncidentJson.TryRead(Valid);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal("retraso", result.Incident.Failure);
        Assert.Equal(new DateTimeOffset(2026, 11, 10, 18, 0, 0, TimeSpan.FromHours(1)), result.Incident.PromisedAt);
        Assert.Equal(new DateTimeOffset(2026, 11, 15, 12, 0, 0, TimeSpan.Zero), result.Incident.DeliveredAt);
        Assert.Equal(120.50m, result.Incident.OrderValue);
        Assert.Equal(true, result.Incident.Facts["urgente"]);
        Assert.Equal(3m, result.Incident.Facts["unidades"]);
        Assert.Equal("web", result.Incident.Facts["canal"]);
        Assert.Null(result.Incident.Facts["nada"]);
        Assert.Equal("José", result.Customer.Name);
        Assert.Equal(30, result.Customer.TenureMonths);
        Assert.Equal("es-ES", result.Customer.Locale);
    }

    [Fact]
    public void TryRead_SampleIncidentFiles_AllRead()
    {
        var files = Directory.GetFiles(RepoPaths.Combine("rules", "tienda-ejemplo", "incidents"), "*.json");

        Assert.NotEmpty(files);
        Assert.All(files, f => Assert.True(IncidentJson.TryRead(File.ReadAllBytes(f)).Succeeded, f));
    }

    [Theory]
    [InlineData("""{ "incident": { "failure": "retraso", "orderValue": "120" }, "customer": { "tier": "oro" } }""", "$.incident.orderValue", "INC022", "expected a number, found the text \"120\"; write the number without quotes, e.g. 120.50")]
    [InlineData("""{ "incident": { "failure": "retraso", "promisedAt": "2027-03-27T12:00:00" }, "customer": { "tier": "oro" } }""", "$.incident.promisedAt", "INC026", "\"2027-03-27T12:00:00\" has no offset from UTC; write the offset, e.g. 2027-03-27T12:00:00+01:00 (or Z for UTC)")]
    [InlineData("""{ "incident": { "failure": "retraso", "promisedAt": "2027-03-27" }, "customer": { "tier": "oro" } }""", "$.incident.promisedAt", "INC026", "\"2027-03-27\" has no offset from UTC; write the offset, e.g. 2027-03-27T00:00:00+01:00 (or Z for UTC)")]
    [InlineData("""{ "incident": { "failure": "retraso", "promisedAt": "0001-01-01T00:00:00Z" }, "customer": { "tier": "oro" } }""", "$.incident.promisedAt", "INC027", "0001-01-01T00:00:00+00:00 is outside the dates accepted (2000-01-01 to 2100-12-31); check the year")]
    [InlineData("""{ "incident": { "failure": "retraso", "deliveredAt": "9999-12-31T00:00:00Z" }, "customer": { "tier": "oro" } }""", "$.incident.deliveredAt", "INC027", "9999-12-31T00:00:00+00:00 is outside the dates accepted (2000-01-01 to 2100-12-31); check the year")]
    [InlineData("""{ "incident": { "failure": "retraso", "promisedAt": "mañana" }, "customer": { "tier": "oro" } }""", "$.incident.promisedAt", "INC022", "\"mañana\" is not a date and time; write it as 2027-03-27T12:00:00+01:00")]
    [InlineData("""{ "incident": { "failure": "retraso", "orderValue": 1e400 }, "customer": { "tier": "oro" } }""", "$.incident.orderValue", "INC028", "1e400 is too large a number for an amount")]
    [InlineData("""{ "incident": { "failure": "retraso" }, "customer": { "tier": "oro", "tenureMonths": 99999999999 } }""", "$.customer.tenureMonths", "INC028", "99999999999 is too large a number for a count")]
    [InlineData("""{ "incident": { "failure": "retraso" }, "customer": { "tier": "oro", "priorIncidents": 1.5 } }""", "$.customer.priorIncidents", "INC022", "expected a whole number, found 1.5")]
    [InlineData("""{ "incident": { "failure": 7 }, "customer": { "tier": "oro" } }""", "$.incident.failure", "INC022", "expected a text in quotes, found a number")]
    [InlineData("""{ "incident": { "failure": "retraso" }, "customer": { "tier": "oro", "tenure": 3 } }""", "$.customer.tenure", "INC023", "'tenure' is not a property here; known properties are: id, name, tier, tenureMonths, priorIncidents, recentCompensation, locale; did you mean 'tenureMonths'?")]
    [InlineData("""{ "incident": { "failure": "retraso", "failure": "defecto" }, "customer": { "tier": "oro" } }""", "$.incident.failure", "INC029", "'failure' is given more than once; give it once")]
    [InlineData("""{ "incident": { "failure": "retraso" } }""", "$.customer", "INC024", "missing a \"customer\" object: { \"tier\": \"oro\", ... }")]
    [InlineData("""{ "incident": { }, "customer": { "tier": "oro" } }""", "$.incident.failure", "INC024", "missing \"failure\": the failure kind, e.g. \"retraso\"")]
    [InlineData("""{ "incident": { "failure": "retraso", "facts": { "x": [1] } }, "customer": { "tier": "oro" } }""", "$.incident.facts.x", "INC022", "a fact is true/false, a number or a text, not a list [ ... ]")]
    [InlineData("""[1, 2]""", "$", "INC022", "the document is a list [ ... ]; write an incident as { \"incident\": { \"failure\": ... }, \"customer\": { \"tier\": ... } }")]
    [InlineData("", "$", "INC020", "the document is empty; write an incident as { \"incident\": { \"failure\": ... }, \"customer\": { \"tier\": ... } }")]
    [InlineData("  \n ", "$", "INC020", "the document is empty; write an incident as { \"incident\": { \"failure\": ... }, \"customer\": { \"tier\": ... } }")]
    [InlineData("{ \"incident\": { \"failure\": \"retraso\" ", "$", "INC020", "the document ends before it is complete at line 1, column 38: a closing brace, bracket or quote is missing (was it cut short?)")]
    [InlineData("{ \"incident\": { \"failure\": retraso } }", "$", "INC020", "the document is not valid JSON at line 1, column 28, near 'retraso } }': check for a missing comma, colon, quote or brace, or a value that is not a JSON string, number, true, false or null")]
    public void TryRead_BadDocument_OneErrorWithPathCodeAndPlainWords(string json, string path, string code, string message)
    {
        // Columns count characters from 1: the truncated document is 37 characters long, so it ends at column 38;
        // in the unquoted 'retraso' the value starts at column 28.
        var result = IncidentJson.TryRead(json);

        Assert.False(result.Succeeded);
        Assert.Null(result.Incident);
        var error = Assert.Single(result.Errors);
        Assert.Equal(new IncidentError(path, code, message), error);
    }

    [Fact]
    public void TryRead_ManyProblems_ReportsEveryOneAtOnce()
    {
        const string json = """
            { "incident": { "failure": "retraso", "orderValue": "120", "promisedAt": "2027-03-27T12:00:00", "colour": "red" },
              "customer": { "tier": 3, "tenureMonths": "30" } }
            """;

        var result = IncidentJson.TryRead(json);

        // Per object, unknown properties first, then each known field's problem in document order; a tier of the wrong
        // type is reported once (as such), not also as missing.
        Assert.Equal(
            [
                ("$.incident.colour", "INC023"),
                ("$.incident.orderValue", "INC022"),
                ("$.incident.promisedAt", "INC026"),
                ("$.customer.tier", "INC022"),
                ("$.customer.tenureMonths", "INC022"),
            ],
            result.Errors.Select(e => (e.Property, e.Code)));
    }

    [Fact]
    public void TryRead_BytesThatAreNotUtf8_RefusedWithWhere()
    {
        // "Jos" followed by 0xE9, Latin-1's é: not UTF-8 (a decoder would have made it "Jos\uFFFD").
        var bytes = Encoding.ASCII.GetBytes("""{ "incident": { "failure": "retraso" }, "customer": { "tier": "oro", "name": "Jos""").Concat(new byte[] { 0xE9 }).Concat(Encoding.ASCII.GetBytes("\" } }")).ToArray();

        var error = Assert.Single(IncidentJson.TryRead(bytes).Errors);

        // 81 ASCII characters come before the 0xE9 on line 1: it is at column 82.
        Assert.Equal(new IncidentError("$", "INC021", "the document is not valid UTF-8 at line 1, column 82; save it as UTF-8"), error);
    }

    [Fact]
    public void TryRead_LoneSurrogateInText_RefusedAsNotUtf8()
    {
        var error = Assert.Single(IncidentJson.TryRead("{ \"incident\": { \"failure\": \"a\uD800\" }, \"customer\": { \"tier\": \"oro\" } }").Errors);

        Assert.Equal("INC021", error.Code);
    }

    [Fact]
    public void TryRead_ByteOrderMark_IsSkipped()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes(Valid)).ToArray();

        Assert.True(IncidentJson.TryRead(bytes).Succeeded);
    }

    [Fact]
    public void TryRead_HugeId_RefusedNotEchoed()
    {
        var id = new string('x', 10_000);

        var error = Assert.Single(IncidentJson.TryRead($$"""{ "incident": { "id": "{{id}}", "failure": "retraso" }, "customer": { "tier": "oro" } }""").Errors);

        Assert.Equal(new IncidentError("$.incident.id", "INC025", "a text of 10000 characters; at most 200"), error);
    }

    [Fact]
    public void TryRead_DocumentBeyondTheLimit_RefusedBeforeParsing()
    {
        // A 10 MB id: the document is refused by its size alone.
        var json = $$"""{ "incident": { "id": "{{new string('x', 10 * 1024 * 1024)}}", "failure": "retraso" }, "customer": { "tier": "oro" } }""";

        var error = Assert.Single(IncidentJson.TryRead(json).Errors);

        Assert.Equal("INC025", error.Code);
        Assert.Equal("$", error.Property);
    }

    [Fact]
    public async Task TryReadAsync_StreamBeyondTheLimit_StopsReadingAndRefuses()
    {
        using var stream = new MemoryStream(new byte[IncidentJson.MaxDocumentBytes * 4]);

        var result = await IncidentJson.TryReadAsync(stream);

        Assert.Equal("INC025", Assert.Single(result.Errors).Code);
        Assert.Equal(IncidentJson.MaxDocumentBytes + 1, stream.Position); // one byte past the limit tells it is too long
    }

    [Fact]
    public void TryRead_DeepNesting_RefusedWithWhere()
    {
        var json = """{ "incident": { "failure": "retraso", "facts": { "x": """ + new string('[', 10_000) + new string(']', 10_000) + " } }, \"customer\": { \"tier\": \"oro\" } }";

        var error = Assert.Single(IncidentJson.TryRead(json).Errors);

        // Depth 0 is the document, 1 the incident, 2 the facts, so the k-th '[' is at depth 2 + k: the 6th opens depth 8,
        // one beyond the limit. The first '[' is at column 55 (54 characters before it), the 6th at column 60.
        Assert.Equal(new IncidentError("$", "INC025", "the document nests objects and arrays more than 8 deep at line 1, column 60"), error);
    }

    [Fact]
    public void TryRead_TooManyFacts_Refused()
    {
        var facts = string.Join(", ", Enumerable.Range(0, IncidentJson.MaxFacts + 1).Select(i => $"\"f{i}\": {i}"));

        var error = Assert.Single(IncidentJson.TryRead($$"""{ "incident": { "failure": "retraso", "facts": { {{facts}} } }, "customer": { "tier": "oro" } }""").Errors);

        Assert.Equal(new IncidentError("$.incident.facts", "INC025", "more than 100 facts; a manual declares a handful"), error);
    }

    [Fact]
    public void Read_BadDocument_ThrowsInvalidIncidentExceptionListingEveryError()
    {
        var ex = Assert.Throws<InvalidIncidentException>(() => IncidentJson.Read("""{ "incident": { "failure": "retraso", "orderValue": "1" }, "customer": { "tier": "oro", "tenureMonths": "2" } }"""));

        Assert.Equal(["INC022", "INC022"], ex.Errors.Select(e => e.Code));
    }

    [Fact]
    public void TryRead_AnyError_NamesNoDotNetType()
    {
        // Documents that a deserializer reports with its own words ("System.Decimal", "JsonTokenType", "LineNumber: 0 | BytePositionInLine").
        string[] documents =
        [
            "{", "}", "nul", "{\"incident\": }", "{ \"incident\": { \"failure\": \"retraso\", \"orderValue\": true }, \"customer\": { \"tier\": \"oro\" } }",
            "{ \"incident\": { \"failure\": \"retraso\", \"orderValue\": 79228162514264337593543950336 }, \"customer\": { \"tier\": \"oro\" } }",
            "{ \"incident\": [], \"customer\": \"oro\" }", "\"text\"", "{ \"incident\": { \"failure\": \"retraso\", \"facts\": 3 }, \"customer\": { \"tier\": null } }",
        ];

        foreach (var document in documents)
        {
            var result = IncidentJson.TryRead(document);
            Assert.False(result.Succeeded, document);
            Assert.All(result.Errors, e =>
            {
                Assert.Matches("^INC0[0-9][0-9]$", e.Code);
                Assert.DoesNotMatch("System\\.|Json[A-Z]|Exception|LineNumber|BytePosition", e.Message);
            });
        }
    }
}
