using Compensation.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Compensation.Documents;

/// <summary>
/// Reads a rule file as a stream of YAML events, before any node tree is built, and rejects what a
/// manual never needs: anchors and aliases (no alias bombs), tags (no object construction), nesting
/// deeper than <see cref="ManualLoadOptions.MaxDepth"/> and more nodes than <see cref="ManualLoadOptions.MaxNodes"/>.
/// </summary>
/// <remarks>
/// YamlDotNet's event parser keeps its state on the heap, but its node-tree loader recurses once per
/// nesting level: a file of 100,000 nested '[' would overflow the stack, which ends the process and
/// cannot be caught. Stopping at the first event beyond the limits keeps the loader's recursion shallow
/// and the work linear in the file's length.
/// </remarks>
internal static class YamlPreScan
{
    /// <summary>True when the file may be loaded; otherwise the problems are reported. Syntax errors are left to the loader.</summary>
    public static bool Check(string file, string text, ManualLoadOptions options, DiagnosticBag diagnostics)
    {
        if (!CheckTabs(file, text, diagnostics))
        {
            return false;
        }

        var parser = new Parser(new StringReader(text));
        var depth = 0;
        var nodes = 0;
        var ok = true;
        try
        {
            while (parser.MoveNext())
            {
                var current = parser.Current!;
                var at = new SourceLocation(file, (int)current.Start.Line, (int)current.Start.Column);
                switch (current)
                {
                    case AnchorAlias alias:
                        diagnostics.Error(DiagnosticCodes.YamlFeature, at, $"YAML aliases ('*{alias.Value}') are not allowed in a manual", "write the value out where it is needed");
                        return false;
                    case NodeEvent node:
                        if (++nodes > options.MaxNodes)
                        {
                            diagnostics.Error(DiagnosticCodes.LimitExceeded, at, $"the file has more than {options.MaxNodes} YAML nodes", LimitHints.Nodes);
                            return false;
                        }

                        if (!node.Anchor.IsEmpty)
                        {
                            diagnostics.Error(DiagnosticCodes.YamlFeature, at, $"YAML anchors ('&{node.Anchor}') are not allowed in a manual", "write the value out where it is needed");
                            ok = false;
                        }

                        if (!node.Tag.IsEmpty && !node.Tag.IsNonSpecific)
                        {
                            diagnostics.Error(DiagnosticCodes.YamlFeature, at, $"YAML tags ('{node.Tag}') are not allowed in a manual", "remove the '!tag'; values are plain text, numbers, lists and mappings");
                            ok = false;
                        }

                        if (node is MappingStart or SequenceStart && ++depth > options.MaxDepth)
                        {
                            diagnostics.Error(DiagnosticCodes.LimitExceeded, at, $"the file nests deeper than {options.MaxDepth} levels", LimitHints.Depth);
                            return false;
                        }

                        break;
                    case MappingEnd or SequenceEnd:
                        depth--;
                        break;
                }
            }
        }
        catch (YamlException)
        {
            // The loader reports syntax errors with their position; nothing beyond the limits was read.
            return ok;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this on some malformed input (a '---' inside a flow mapping):
            // a syntax error, reported like one.
            var at = parser.Current is { } last ? new SourceLocation(file, (int)last.End.Line, (int)last.End.Column) : new SourceLocation(file, 1, 1);
            diagnostics.Error(DiagnosticCodes.YamlSyntax, at, "YAML syntax: the file cannot be read after this point", "check indentation, colons, brackets and quotes; '---' may only start a line outside brackets");
            return false;
        }

        return ok;
    }

    /// <summary>
    /// Reports every tab used as indentation at its own line and column (YAML indents with spaces only;
    /// the parser would otherwise report the mapping that contains it, often at the file's first line).
    /// </summary>
    private static bool CheckTabs(string file, string text, DiagnosticBag diagnostics)
    {
        var ok = true;
        var line = 0;
        foreach (var raw in text.Split('\n'))
        {
            line++;
            var tab = -1;
            var k = 0;
            for (; k < raw.Length && raw[k] is ' ' or '\t' or '-'; k++)
            {
                if (raw[k] == '\t' && tab < 0)
                {
                    tab = k;
                }
            }

            // A tab before a comment or at the end of a line is only whitespace.
            if (tab >= 0 && k < raw.Length && raw[k] is not '#' and not '\r')
            {
                diagnostics.Error(DiagnosticCodes.YamlSyntax, new SourceLocation(file, line, tab + 1), "a tab is used to indent this line; YAML indents with spaces only", "replace the tab with spaces, aligned with the lines above");
                ok = false;
            }
        }

        return ok;
    }
}
