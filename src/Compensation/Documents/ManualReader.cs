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

        var rules = 0;
        foreach (var (file, index) in files.Select((f, i) => (f, i)))
        {
            if (rules > _options.MaxRules)
            {
                // Stop reading: the rest of a huge manual would cost time and memory for nothing.
                var first = document.RuleSets.SelectMany(r => r.Rules).Skip(_options.MaxRules).First();
                _diagnostics.Error(DiagnosticCodes.LimitExceeded, first.Location, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"the manual has more than {_options.MaxRules:N0} rules ({rules:N0} in its first {index} of {files.Count} files; the rest were not read)"), LimitHints.Rules);
                document.OverLimit = true;
                break;
            }

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
            rules = document.RuleSets.Sum(r => r.Rules.Count);
        }

        if (headerFile is null && !unreadable && !document.OverLimit)
        {
            _diagnostics.Error(DiagnosticCodes.ManualHeader, new SourceLocation(files.Count > 0 ? files[0].Path : source, 1, 1), "no file has the 'manual:' header", "start the first file with 'manual: <name>', 'version:', 'effective:', 'currency:' and 'catalog:'");
        }

        return document;
    }

    private YamlMappingNode? Parse(ManualSource file) => YamlFrontDoor.Read(file, _options, _diagnostics, "'rule-sets:'");

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
