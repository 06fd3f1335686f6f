using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Compensation.Cli.Studio;

/// <summary>
/// What the Try form shows beyond the manual's catalogue: each declared fact's range and default as written
/// (<c>catalog.facts</c>), and the locales the manual writes customer messages in (<c>messages[].locale</c>).
/// Read leniently from the rule texts: anything unreadable is left out (the diagnostics report it).
/// </summary>
internal sealed record ManualOutline(IReadOnlyDictionary<string, FactRange> Facts, IReadOnlyList<string> Locales)
{
    public static ManualOutline Read(IEnumerable<string> texts)
    {
        var facts = new Dictionary<string, FactRange>(StringComparer.Ordinal);
        var locales = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var text in texts)
        {
            var stream = new YamlStream();
            try
            {
                stream.Load(new StringReader(text));
            }
            catch (YamlException)
            {
                continue;
            }

            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
            {
                continue;
            }

            if (Child(root, "catalog") is YamlMappingNode catalog && Child(catalog, "facts") is YamlMappingNode declared)
            {
                foreach (var (key, value) in declared.Children)
                {
                    if (key is YamlScalarNode { Value: { } name } && value is YamlMappingNode fact)
                    {
                        facts[name] = new FactRange(Scalar(fact, "min"), Scalar(fact, "max"), Scalar(fact, "default"));
                    }
                }
            }

            if (Child(root, "messages") is YamlSequenceNode messages)
            {
                foreach (var message in messages.Children.OfType<YamlMappingNode>())
                {
                    if (Scalar(message, "locale") is { Length: > 0 } locale)
                    {
                        locales.Add(locale);
                    }
                }
            }
        }

        return new ManualOutline(facts, [.. locales]);
    }

    private static YamlNode? Child(YamlMappingNode map, string key)
        => map.Children.FirstOrDefault(c => c.Key is YamlScalarNode { Value: var k } && k == key).Value;

    private static string? Scalar(YamlMappingNode map, string key) => (Child(map, key) as YamlScalarNode)?.Value;
}

/// <summary>A declared fact's range and default, as written in the manual.</summary>
internal sealed record FactRange(string? Min, string? Max, string? Default);
