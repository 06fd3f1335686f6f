using System.Globalization;
using System.Text.Json;
using Compensation.Diagnostics;
using Compensation.Facts;

namespace Compensation.Documents;

// Where a problem is in the document: line and column of a byte offset, the text near it, the first byte that is not UTF-8.
internal static partial class IncidentJsonReader
{
    private static string Near(ReadOnlySpan<byte> rest)
    {
        var text = System.Text.Encoding.UTF8.GetString(rest[..Math.Min(rest.Length, 20)]);
        var line = text.Split('\n')[0].TrimEnd('\r');
        return line.Length == 0 ? text.Trim() : line;
    }

    /// <summary>The byte offset of a 0-based line and byte position.</summary>
    private static int Offset(ReadOnlySpan<byte> utf8, long line, long position)
    {
        var offset = 0;
        for (var l = 0L; l < line && offset < utf8.Length; l++)
        {
            var next = utf8[offset..].IndexOf((byte)'\n');
            if (next < 0)
            {
                return utf8.Length;
            }

            offset += next + 1;
        }

        return (int)Math.Min(utf8.Length, offset + position);
    }

    /// <summary>" at line L, column C" (1-based; the column counts characters) for a byte offset.</summary>
    private static string At(ReadOnlySpan<byte> utf8, int offset)
    {
        offset = Math.Clamp(offset, 0, utf8.Length);
        var before = utf8[..offset];
        var line = before.Count((byte)'\n') + 1;
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        var column = 1;
        for (var i = lineStart; i < offset; i++)
        {
            // Count characters, not bytes: continuation bytes (10xxxxxx) do not start a character.
            if ((utf8[i] & 0xC0) != 0x80)
            {
                column++;
            }
        }

        return string.Create(CultureInfo.InvariantCulture, $" at line {line}, column {column}");
    }

    private static int FirstInvalidByte(ReadOnlySpan<byte> utf8)
    {
        var offset = 0;
        while (offset < utf8.Length)
        {
            if (System.Text.Rune.DecodeFromUtf8(utf8[offset..], out _, out var consumed) != System.Buffers.OperationStatus.Done)
            {
                return offset;
            }

            offset += consumed;
        }

        return offset;
    }
}
