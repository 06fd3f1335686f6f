using System.Text.RegularExpressions;

namespace Compensation.Docs.Tests;

/// <summary>A fenced code block: its info string (```csharp fragment → "csharp fragment"), its code and the line of its first code line.</summary>
internal sealed record CodeBlock(string Info, string Code, int Line)
{
    /// <summary>The block's language: the first word of the info string.</summary>
    public string Language => Info.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? string.Empty;

    /// <summary>Whether the info string carries a marker after the language (```csharp fragment).</summary>
    public bool Has(string marker) => Info.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Contains(marker, StringComparer.Ordinal);
}

/// <summary>A link in a document: its target as written and the line it is on.</summary>
internal sealed record Link(string Target, int Line);

/// <summary>Just enough Markdown reading for the documentation tests: fenced blocks and inline links.</summary>
internal static partial class Markdown
{
    /// <summary>The fenced code blocks (``` or ~~~), with the 1-based line of each block's first code line.</summary>
    public static IReadOnlyList<CodeBlock> CodeBlocks(string text)
    {
        var blocks = new List<CodeBlock>();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var open = Fence().Match(lines[i]);
            if (!open.Success)
            {
                continue;
            }

            var fence = open.Groups["fence"].Value;
            var indent = open.Groups["indent"].Value.Length;
            var info = open.Groups["info"].Value.Trim();
            var code = new List<string>();
            var j = i + 1;
            for (; j < lines.Length; j++)
            {
                var line = lines[j].TrimEnd('\r');
                if (line.TrimStart().StartsWith(fence, StringComparison.Ordinal) && line.Trim().Trim(fence[0]).Length == 0)
                {
                    break;
                }

                code.Add(line.Length >= indent && line[..indent].Trim().Length == 0 ? line[indent..] : line.TrimStart());
            }

            blocks.Add(new CodeBlock(info, string.Join('\n', code), i + 2));
            i = j;
        }

        return blocks;
    }

    /// <summary>The inline links and images ([text](target), ![alt](target)) outside code blocks and code spans.</summary>
    public static IReadOnlyList<Link> Links(string text)
    {
        var links = new List<Link>();
        var lines = text.Split('\n');
        var inFence = false;
        string? fence = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var open = Fence().Match(line);
            if (!inFence && open.Success)
            {
                inFence = true;
                fence = open.Groups["fence"].Value;
                continue;
            }

            if (inFence)
            {
                if (line.TrimStart().StartsWith(fence!, StringComparison.Ordinal) && line.Trim().Trim(fence![0]).Length == 0)
                {
                    inFence = false;
                }

                continue;
            }

            foreach (Match match in InlineLink().Matches(CodeSpan().Replace(line, string.Empty)))
            {
                links.Add(new Link(match.Groups["target"].Value, i + 1));
            }
        }

        return links;
    }

    [GeneratedRegex(@"^(?<indent>\s*)(?<fence>`{3,}|~{3,})(?<info>[^`]*)$")]
    private static partial Regex Fence();

    [GeneratedRegex(@"!?\[[^\]]*\]\((?<target>[^)\s]+)(?:\s+""[^""]*"")?\)")]
    private static partial Regex InlineLink();

    [GeneratedRegex(@"`[^`]*`")]
    private static partial Regex CodeSpan();
}
