using Compensation.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Compensation.Documents;

/// <summary>
/// The one way a YAML file (a rule file or a scenario file) is read: size limit, a pre-scan of the event
/// stream (tabs, anchors, aliases, tags, depth, node count — <see cref="YamlPreScan"/>), then the node
/// tree, with every problem reported at its own line and column in the author's terms.
/// </summary>
internal static class YamlFrontDoor
{
    /// <summary>The file's root mapping, or null when it cannot be read (every problem reported).</summary>
    /// <param name="file">The file.</param>
    /// <param name="options">The load limits.</param>
    /// <param name="diagnostics">Where problems go.</param>
    /// <param name="expected">What the file should start with, for the hint on an empty file (e.g. "'rule-sets:'").</param>
    public static YamlMappingNode? Read(ManualSource file, ManualLoadOptions options, DiagnosticBag diagnostics, string expected)
    {
        if (file.Text.Length > options.MaxFileLength)
        {
            diagnostics.Error(DiagnosticCodes.LimitExceeded, new SourceLocation(file.Path, 1, 1), string.Create(System.Globalization.CultureInfo.InvariantCulture, $"the file has {file.Text.Length:N0} characters; the limit is {options.MaxFileLength:N0}"), LimitHints.FileLength);
            return null;
        }

        if (!YamlPreScan.Check(file.Path, file.Text, options, diagnostics))
        {
            return null;
        }

        var stream = new YamlStream();
        var parser = new Parser(new StringReader(file.Text));
        try
        {
            stream.Load(parser);
        }
        catch (YamlException ex)
        {
            var message = ex.InnerException is YamlException inner ? inner.Message : ex.Message;
            // Some errors start at the enclosing mapping ("while scanning a mapping…"): point at where the parser stopped.
            var mark = ex.InnerException is YamlException { Start.Line: > 0 } innerAt && innerAt.Start.Line > ex.Start.Line ? innerAt.Start : ex.Start;
            diagnostics.Error(DiagnosticCodes.YamlSyntax, new SourceLocation(file.Path, Math.Max(1, (int)mark.Line), Math.Max(1, (int)mark.Column)), $"YAML syntax: {YamlMessages.Translate(message)}", "check indentation (spaces, aligned with the keys above), colons and quotes around values that contain ': ' or ' #'");
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet 16.3 throws this instead of a YamlException for some malformed flow lists
            // (an unclosed '[' followed by a comment); report it where the parser stopped.
            var at = parser.Current?.End ?? Mark.Empty;
            diagnostics.Error(DiagnosticCodes.YamlSyntax, new SourceLocation(file.Path, Math.Max(1, (int)at.Line), Math.Max(1, (int)at.Column)), "YAML syntax: a '[...]' or '{...}' list is not closed", "close the list with ']' or '}' on the same line, or check quotes and commas");
            return null;
        }

        if (stream.Documents.Count == 0)
        {
            diagnostics.Error(DiagnosticCodes.InvalidValue, new SourceLocation(file.Path, 1, 1), "the file is empty", $"remove it, or add {expected}");
            return null;
        }

        if (stream.Documents.Count > 1)
        {
            diagnostics.Error(DiagnosticCodes.YamlFeature, new SourceLocation(file.Path, (int)stream.Documents[1].RootNode.Start.Line, 1), "the file holds more than one YAML document ('---')", "keep one document per file");
        }

        // Anchors, aliases, tags, depth and node count were checked on the event stream (YamlPreScan).
        var root = stream.Documents[0].RootNode;
        if (root is not YamlMappingNode map)
        {
            diagnostics.Error(DiagnosticCodes.InvalidValue, new SourceLocation(file.Path, (int)root.Start.Line, (int)root.Start.Column), $"the file must be a mapping of 'key: value' lines, not a {YamlMapReader.Shape(root)}", $"start the file with {expected}");
            return null;
        }

        return map;
    }
}
