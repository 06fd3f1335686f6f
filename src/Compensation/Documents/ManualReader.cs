using Compensation.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Compensation.Documents;

/// <summary>Reads rule files into a <see cref="ManualDocument"/>, reporting every problem found.</summary>
internal sealed class ManualReader
{
    private static readonly string[] HeaderOnlyKeys = ["catalog", "empowerment", "limits", "version", "effective", "currency", "currencies", "currency-decimals", "locale", "time-zone", "calendar"];

    private readonly DiagnosticBag _diagnostics;
    private readonly ManualLoadOptions _options;

    public ManualReader(DiagnosticBag diagnostics, ManualLoadOptions options)
    {
        _diagnostics = diagnostics;
        _options = options;
    }

    public ManualDocument Read(string source, IReadOnlyList<ManualSource> files)
    {
        var document = new ManualDocument { Source = source };
        document.Files.AddRange(files);
        string? headerFile = null;
        var unreadable = false;

        foreach (var file in files)
        {
            var root = Parse(file);
            if (root is null)
            {
                unreadable = true;
                continue;
            }

            var map = new YamlMapReader(root, file.Path, _diagnostics, $"file '{Path.GetFileName(file.Path)}'");
            if (map.Has("manual"))
            {
                if (headerFile is not null)
                {
                    _diagnostics.Error(DiagnosticCodes.ManualHeader, map.Location, $"a second 'manual:' header; the manual's header is already in '{headerFile}'", "keep 'manual:' and the catalogue in one file; other files hold only 'rule-sets:'");
                }
                else
                {
                    headerFile = file.Path;
                    ReadHeader(map, document);
                }
            }
            else
            {
                foreach (var key in HeaderOnlyKeys.Where(map.Has))
                {
                    _diagnostics.Error(DiagnosticCodes.ManualHeader, map.At(map.Node(key)!), $"'{key}' belongs in the file with the 'manual:' header", "move it next to 'manual:'");
                }
            }

            var ruleSetReader = new RuleSetReader(map, _diagnostics);
            if (map.Sequence("rule-sets") is { } ruleSets)
            {
                foreach (var node in ruleSets)
                {
                    if (ruleSetReader.Read(node) is { } ruleSet)
                    {
                        document.RuleSets.Add(ruleSet);
                    }
                }
            }

            new CommunicationReader(map, _diagnostics).Read(document);
            map.Finish();
        }

        if (headerFile is null && !unreadable)
        {
            _diagnostics.Error(DiagnosticCodes.ManualHeader, new SourceLocation(files.Count > 0 ? files[0].Path : source, 1, 1), "no file has the 'manual:' header", "start the first file with 'manual: <name>', 'version:', 'effective:', 'currency:' and 'catalog:'");
        }

        return document;
    }

    private YamlMappingNode? Parse(ManualSource file)
    {
        if (file.Text.Length > _options.MaxFileLength)
        {
            _diagnostics.Error(DiagnosticCodes.LimitExceeded, new SourceLocation(file.Path, 1, 1), $"the file has {file.Text.Length} characters; the limit is {_options.MaxFileLength}", "split the manual into several files, or raise ManualLoadOptions.MaxFileLength");
            return null;
        }

        if (!YamlPreScan.Check(file.Path, file.Text, _options, _diagnostics))
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
            _diagnostics.Error(DiagnosticCodes.YamlSyntax, new SourceLocation(file.Path, (int)ex.Start.Line, (int)ex.Start.Column), $"YAML syntax: {message}", "check indentation, colons and quotes around values that contain ':' or '#'");
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet 16.3 throws this instead of a YamlException for some malformed flow lists
            // (an unclosed '[' followed by a comment); report it where the parser stopped.
            var at = parser.Current?.End ?? Mark.Empty;
            _diagnostics.Error(DiagnosticCodes.YamlSyntax, new SourceLocation(file.Path, Math.Max(1, (int)at.Line), Math.Max(1, (int)at.Column)), "YAML syntax: a '[...]' or '{...}' list is not closed", "close the list with ']' or '}' on the same line, or check quotes and commas");
            return null;
        }

        if (stream.Documents.Count == 0)
        {
            _diagnostics.Error(DiagnosticCodes.InvalidValue, new SourceLocation(file.Path, 1, 1), "the file is empty", "remove it, or add 'rule-sets:'");
            return null;
        }

        if (stream.Documents.Count > 1)
        {
            _diagnostics.Error(DiagnosticCodes.YamlFeature, new SourceLocation(file.Path, (int)stream.Documents[1].RootNode.Start.Line, 1), "the file holds more than one YAML document ('---')", "keep one document per file");
        }

        var root = stream.Documents[0].RootNode;
        if (!CheckFeatures(file.Path, root))
        {
            return null;
        }

        if (root is not YamlMappingNode map)
        {
            _diagnostics.Error(DiagnosticCodes.InvalidValue, new SourceLocation(file.Path, (int)root.Start.Line, (int)root.Start.Column), $"the file must be a mapping of 'key: value' lines, not a {YamlMapReader.Shape(root)}");
            return null;
        }

        return map;
    }

    /// <summary>Rejects anchors, aliases and tags (no object construction, no alias bombs), and bounds size and depth.</summary>
    private bool CheckFeatures(string file, YamlNode root)
    {
        var ok = true;
        var nodes = 0;
        var stack = new Stack<(YamlNode Node, int Depth)>();
        stack.Push((root, 1));
        while (stack.Count > 0)
        {
            var (node, depth) = stack.Pop();
            var at = new SourceLocation(file, (int)node.Start.Line, (int)node.Start.Column);
            if (++nodes > _options.MaxNodes || depth > _options.MaxDepth)
            {
                _diagnostics.Error(DiagnosticCodes.LimitExceeded, at, nodes > _options.MaxNodes ? $"the file has more than {_options.MaxNodes} YAML nodes" : $"the file nests deeper than {_options.MaxDepth} levels", "split the manual into several files, or raise the limits in ManualLoadOptions");
                return false;
            }

            if (!node.Anchor.IsEmpty)
            {
                _diagnostics.Error(DiagnosticCodes.YamlFeature, at, $"YAML anchors and aliases ('&{node.Anchor}', '*{node.Anchor}') are not allowed in a manual", "write the value out where it is needed");
                ok = false;
            }

            if (!node.Tag.IsEmpty && !node.Tag.IsNonSpecific)
            {
                _diagnostics.Error(DiagnosticCodes.YamlFeature, at, $"YAML tags ('{node.Tag}') are not allowed in a manual", "remove the '!tag'; values are plain text, numbers, lists and mappings");
                ok = false;
            }

            switch (node)
            {
                case YamlMappingNode map:
                    foreach (var entry in map.Children)
                    {
                        stack.Push((entry.Key, depth + 1));
                        stack.Push((entry.Value, depth + 1));
                    }

                    break;
                case YamlSequenceNode sequence:
                    foreach (var item in sequence.Children)
                    {
                        stack.Push((item, depth + 1));
                    }

                    break;
            }
        }

        return ok;
    }

    private void ReadHeader(YamlMapReader map, ManualDocument document)
    {
        document.Location = map.Location;
        document.Name = map.Scalar("manual");
        document.Version = map.Scalar("version", required: true);
        document.Effective = map.Scalar("effective", required: true);
        document.Currency = map.Scalar("currency", required: true);
        document.CurrencyDecimals = map.Scalar("currency-decimals");
        document.Currencies.AddRange(map.Scalars("currencies"));
        document.Locale = map.Scalar("locale");
        document.TimeZone = map.Scalar("time-zone");

        if (map.Map("catalog", required: true) is { } catalogNode)
        {
            document.Catalog = new CatalogReader(map, _diagnostics).Read(catalogNode);
        }

        if (map.Map("calendar") is { } calendarNode)
        {
            var calendar = new YamlMapReader(calendarNode, map.Location.File, _diagnostics, "the calendar");
            document.Calendar = new CalendarDocument
            {
                Location = calendar.Location,
                WorkingDays = calendar.Has("working-days") ? calendar.Scalars("working-days") : null,
                BusinessHours = calendar.Scalar("business-hours"),
                PublicHolidays = calendar.Scalar("public-holidays"),
            };
            document.Calendar.Holidays.AddRange(calendar.Scalars("holidays"));
            calendar.Finish();
        }

        if (map.Sequence("empowerment") is { } levels)
        {
            foreach (var node in levels)
            {
                if (node is not YamlMappingNode levelNode)
                {
                    _diagnostics.Error(DiagnosticCodes.InvalidValue, map.At(node), "each empowerment level must be a mapping like '{ role: agente, up-to: 30 }'");
                    continue;
                }

                var level = new YamlMapReader(levelNode, map.Location.File, _diagnostics, "an empowerment level");
                document.Empowerment.Add(new EmpowermentDocument { Location = level.Location, Role = level.Scalar("role", required: true), UpTo = level.Scalar("up-to") });
                level.Finish();
            }
        }

        if (map.Map("limits") is { } limits)
        {
            foreach (var entry in limits.Children)
            {
                var key = map.ToScalar(entry.Key, "limits");
                var formula = entry.Value is YamlMappingNode perCurrency ? CurrencyValues.Read(perCurrency, map, "limits") : map.ToScalar(entry.Value, "limits");
                if (key is not null && formula is not null)
                {
                    document.Limits.Add((key, formula));
                }
            }
        }
    }
}
