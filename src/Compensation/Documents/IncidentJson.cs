using System.Text;
using Compensation.Documents;

namespace Compensation;

/// <summary>
/// The one strict reader of an incident document, <c>{ "incident": {...}, "customer": {...} }</c> (camelCase, as in
/// <c>rules/*/incidents/</c>), used by the command-line tool and meant for any host that receives incidents as text.
/// It reports every problem at once, each with its JSON path, a stable code and plain words:
/// <list type="bullet">
/// <item>the text is UTF-8 (a byte-order mark is allowed) and well-formed JSON (comments and trailing commas are allowed);</item>
/// <item>numbers are JSON numbers (<c>"120"</c> is refused), whole numbers where a count is expected;</item>
/// <item>dates carry their offset (<c>2027-03-27T12:00:00+01:00</c>); a date without one is refused, never read in the host's time zone;</item>
/// <item>dates lie between <see cref="EarliestDate"/> and <see cref="LatestDate"/>;</item>
/// <item>sizes are bounded: the document (<see cref="MaxDocumentBytes"/>), nesting, texts, and the number of facts;</item>
/// <item>every property is known: a misspelt one is an error with the nearest known name, not a value silently ignored.</item>
/// </list>
/// Values are not checked against a manual here (unknown tiers and the like): deciding does that.
/// </summary>
public static class IncidentJson
{
    /// <summary>The largest document read, in bytes (64 KiB): an incident with its facts is a few hundred bytes.</summary>
    public const int MaxDocumentBytes = 64 * 1024;

    /// <summary>The deepest nesting of objects and arrays read (the document, incident, facts: 3 are needed).</summary>
    public const int MaxDepth = 8;

    /// <summary>The longest id, name, failure kind, tier, cause, currency or locale, in characters.</summary>
    public const int MaxTextLength = 200;

    /// <summary>The longest text value of a fact, in characters.</summary>
    public const int MaxFactTextLength = 1_000;

    /// <summary>The most facts an incident may carry.</summary>
    public const int MaxFacts = 100;

    /// <summary>The earliest date accepted (UTC): earlier dates are typing mistakes, not incidents.</summary>
    public static readonly DateTimeOffset EarliestDate = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The latest date accepted (UTC).</summary>
    public static readonly DateTimeOffset LatestDate = new(2100, 12, 31, 23, 59, 59, TimeSpan.Zero);

    /// <summary>Reads an incident document held as UTF-8 bytes; never throws for bad input.</summary>
    /// <param name="utf8Json">The document's bytes.</param>
    /// <returns>The incident and customer, or every problem found.</returns>
    public static IncidentJsonResult TryRead(ReadOnlySpan<byte> utf8Json) => IncidentJsonReader.Read(utf8Json);

    /// <summary>Reads an incident document held as text; never throws for bad input (a lone surrogate is reported like bytes that are not UTF-8).</summary>
    /// <param name="json">The document's text.</param>
    /// <returns>The incident and customer, or every problem found.</returns>
    public static IncidentJsonResult TryRead(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        if (json.Length > MaxDocumentBytes)
        {
            return IncidentJsonReader.TooLarge(json.Length);
        }

        byte[] bytes;
        try
        {
            bytes = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetBytes(json);
        }
        catch (EncoderFallbackException)
        {
            return IncidentJsonReader.NotUtf8();
        }

        return IncidentJsonReader.Read(bytes);
    }

    /// <summary>
    /// Reads an incident document from <paramref name="stream"/> (at most <see cref="MaxDocumentBytes"/> are read;
    /// a longer document is refused without reading the rest); never throws for bad input.
    /// </summary>
    /// <param name="stream">The document; not closed.</param>
    /// <param name="cancellationToken">Stops reading.</param>
    /// <returns>The incident and customer, or every problem found.</returns>
    public static async Task<IncidentJsonResult> TryReadAsync(Stream stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var buffer = new byte[MaxDocumentBytes + 1];
        var length = 0;
        int read;
        while (length < buffer.Length && (read = await stream.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false)) > 0)
        {
            length += read;
        }

        return length > MaxDocumentBytes ? IncidentJsonReader.TooLarge(length) : IncidentJsonReader.Read(buffer.AsSpan(0, length));
    }

    /// <summary>Reads an incident document held as UTF-8 bytes.</summary>
    /// <param name="utf8Json">The document's bytes.</param>
    /// <returns>The incident and customer.</returns>
    /// <exception cref="InvalidIncidentException">The document has problems; <see cref="InvalidIncidentException.Errors"/> lists every one.</exception>
    public static IncidentJsonResult Read(ReadOnlySpan<byte> utf8Json) => OrThrow(TryRead(utf8Json));

    /// <summary>Reads an incident document held as text.</summary>
    /// <param name="json">The document's text.</param>
    /// <returns>The incident and customer.</returns>
    /// <exception cref="InvalidIncidentException">The document has problems; <see cref="InvalidIncidentException.Errors"/> lists every one.</exception>
    public static IncidentJsonResult Read(string json) => OrThrow(TryRead(json));

    private static IncidentJsonResult OrThrow(IncidentJsonResult result)
        => result.Errors.Count == 0 ? result : throw new InvalidIncidentException(result.Errors);
}
