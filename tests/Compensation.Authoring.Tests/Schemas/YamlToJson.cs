using System.Globalization;
using System.Text.Json.Nodes;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Compensation.Authoring.Tests.Schemas;

/// <summary>Converts YAML to JSON the way a YAML language server does: plain true/false are booleans, plain numbers are numbers.</summary>
internal static class YamlToJson
{
    public static JsonNode? Convert(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return Node(stream.Documents[0].RootNode);
    }

    private static JsonNode? Node(YamlNode node) => node switch
    {
        YamlMappingNode map => new JsonObject(map.Children.Select(e => KeyValuePair.Create(((YamlScalarNode)e.Key).Value!, Node(e.Value)))),
        YamlSequenceNode list => new JsonArray([.. list.Children.Select(Node)]),
        YamlScalarNode { Style: ScalarStyle.Plain } s when s.Value is "true" or "false" => JsonValue.Create(s.Value == "true"),
        YamlScalarNode { Style: ScalarStyle.Plain } s when s.Value is null or "" or "~" or "null" => null,
        YamlScalarNode { Style: ScalarStyle.Plain } s when decimal.TryParse(s.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) => JsonValue.Create(n),
        YamlScalarNode s => JsonValue.Create(s.Value),
        _ => null,
    };
}
