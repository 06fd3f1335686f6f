using Compensation.Diagnostics;
using Compensation.Validation;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Compensation.Documents;

/// <summary>
/// Reads one YAML mapping key by key, remembering which keys were asked for so that the
/// others can be reported as unknown, with the nearest valid key.
/// </summary>
internal sealed class YamlMapReader
{
    private readonly YamlMappingNode _node;
    private readonly string _file;
    private readonly DiagnosticBag _diagnostics;
    private readonly string _what;
    private readonly HashSet<string> _known = new(StringComparer.Ordinal);

    public YamlMapReader(YamlMappingNode node, string file, DiagnosticBag diagnostics, string what)
    {
        _node = node;
        _file = file;
        _diagnostics = diagnostics;
        _what = what;
    }

    public SourceLocation Location => At(_node);

    public bool Has(string key) => Find(key) is not null;

    public YamlNode? Node(string key)
    {
        _known.Add(key);
        return Find(key);
    }

    public Scalar? Scalar(string key, bool required = false)
    {
        var node = Node(key);
        if (node is null)
        {
            if (required)
            {
                _diagnostics.Error(DiagnosticCodes.MissingKey, Location, $"{_what} has no '{key}'", $"add '{key}:'");
            }

            return null;
        }

        return ToScalar(node, key);
    }

    public Scalar? ToScalar(YamlNode node, string key)
    {
        if (node is YamlScalarNode scalar)
        {
            return new Scalar(scalar.Value ?? string.Empty, At(node), scalar.Style is ScalarStyle.DoubleQuoted or ScalarStyle.SingleQuoted);
        }

        _diagnostics.Error(DiagnosticCodes.InvalidValue, At(node), $"'{key}' of {_what} must be a single value, not a {Shape(node)}");
        return null;
    }

    public YamlSequenceNode? Sequence(string key, bool required = false)
    {
        var node = Node(key);
        switch (node)
        {
            case null when required:
                _diagnostics.Error(DiagnosticCodes.MissingKey, Location, $"{_what} has no '{key}'", $"add '{key}:' with a list");
                return null;
            case null:
                return null;
            case YamlSequenceNode sequence:
                return sequence;
            default:
                _diagnostics.Error(DiagnosticCodes.InvalidValue, At(node), $"'{key}' of {_what} must be a list, not a {Shape(node)}", "write the items as '- item' lines or [a, b]");
                return null;
        }
    }

    public YamlMappingNode? Map(string key, bool required = false)
    {
        var node = Node(key);
        switch (node)
        {
            case null when required:
                _diagnostics.Error(DiagnosticCodes.MissingKey, Location, $"{_what} has no '{key}'", $"add '{key}:'");
                return null;
            case null:
                return null;
            case YamlMappingNode map:
                return map;
            default:
                _diagnostics.Error(DiagnosticCodes.InvalidValue, At(node), $"'{key}' of {_what} must be a mapping of 'key: value' lines, not a {Shape(node)}");
                return null;
        }
    }

    /// <summary>The scalars of a list (or of a single value standing for a one-item list).</summary>
    public List<Scalar> Scalars(string key)
    {
        var result = new List<Scalar>();
        var node = Node(key);
        if (node is YamlSequenceNode sequence)
        {
            foreach (var item in sequence)
            {
                if (ToScalar(item, key) is { } scalar)
                {
                    result.Add(scalar);
                }
            }
        }
        else if (node is not null && ToScalar(node, key) is { } single)
        {
            result.Add(single);
        }

        return result;
    }

    /// <summary>Reports every key that was not asked for.</summary>
    public void Finish()
    {
        foreach (var entry in _node.Children)
        {
            var key = (entry.Key as YamlScalarNode)?.Value ?? string.Empty;
            if (!_known.Contains(key))
            {
                var nearest = Suggestions.Nearest(key, _known);
                _diagnostics.Error(
                    DiagnosticCodes.UnknownKey,
                    At(entry.Key),
                    $"unknown key '{key}' in {_what}",
                    nearest is null ? $"valid keys are: {string.Join(", ", _known)}" : $"did you mean '{nearest}'? valid keys are: {string.Join(", ", _known)}");
            }
        }
    }

    public SourceLocation At(YamlNode node) => new(_file, (int)node.Start.Line, (int)node.Start.Column);

    public static string Shape(YamlNode node) => node switch
    {
        YamlMappingNode => "mapping",
        YamlSequenceNode => "list",
        _ => "value",
    };

    private YamlNode? Find(string key)
    {
        foreach (var entry in _node.Children)
        {
            if (entry.Key is YamlScalarNode { Value: { } name } && string.Equals(name, key, StringComparison.Ordinal))
            {
                return entry.Value;
            }
        }

        return null;
    }
}
