using Compensation.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace Compensation.Documents;

/// <summary>Reads <c>messages:</c> (customer message templates) and <c>follow-ups:</c>.</summary>
internal sealed class CommunicationReader(YamlMapReader parent, DiagnosticBag diagnostics)
{
    public void Read(ManualDocument document)
    {
        if (parent.Sequence("messages") is { } messages)
        {
            foreach (var node in messages)
            {
                if (Mapping(node, "a message", "{ locale: es, failure: retraso, template: '...' }") is not { } map)
                {
                    continue;
                }

                var locale = map.Scalar("locale", required: true);
                var failure = map.Scalar("failure");
                var template = map.Scalar("template", required: true);
                if (locale is not null && template is not null)
                {
                    document.Messages.Add(new MessageDocument { Locale = locale, Failure = failure, Template = template });
                }

                map.Finish();
            }
        }

        if (parent.Sequence("follow-ups") is { } followUps)
        {
            foreach (var node in followUps)
            {
                if (Mapping(node, "a follow-up", "{ name: encuesta, after: 7d, when: 'true', description: '...' }") is not { } map)
                {
                    continue;
                }

                document.FollowUps.Add(new FollowUpDocument
                {
                    Location = map.Location,
                    Name = map.Scalar("name", required: true),
                    When = map.Scalar("when"),
                    After = map.Scalar("after", required: true),
                    Description = map.Scalar("description"),
                });
                map.Finish();
            }
        }
    }

    private YamlMapReader? Mapping(YamlNode node, string what, string example)
    {
        if (node is YamlMappingNode mapping)
        {
            return new YamlMapReader(mapping, parent.Location.File, diagnostics, what);
        }

        diagnostics.Error(DiagnosticCodes.InvalidValue, parent.At(node), $"{what} must be a mapping like '{example}'");
        return null;
    }
}
