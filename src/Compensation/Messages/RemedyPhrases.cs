using Compensation.Decisions;

namespace Compensation.Messages;

/// <summary>Remedies in plain words, per language (Spanish and English; other languages use English).</summary>
internal static class RemedyPhrases
{
    public static string Describe(Remedy remedy, LocaleFormat format) => RemedyKinds.Of(remedy).Phrase(remedy, format);

    /// <summary>
    /// The phrases for a decision's remedies, in order, with remedies their kind tells together said once (store
    /// credits of the same validity as one sum: a customer reads "un saldo de 60,00 €", not three credits from three rules).
    /// </summary>
    public static List<string> DescribeAll(IReadOnlyList<Remedy> remedies, LocaleFormat format)
    {
        var phrases = new List<string>(remedies.Count);
        var told = new bool[remedies.Count];
        for (var i = 0; i < remedies.Count; i++)
        {
            if (told[i])
            {
                continue;
            }

            var kind = RemedyKinds.Of(remedies[i]);
            List<Remedy>? together = null;
            for (var j = i + 1; j < remedies.Count; j++)
            {
                if (!told[j] && remedies[j].Kind == remedies[i].Kind && kind.TellsTogether(remedies[i], remedies[j]))
                {
                    together ??= [remedies[i]];
                    together.Add(remedies[j]);
                    told[j] = true;
                }
            }

            phrases.Add(kind.Phrase(together is null ? remedies[i] : kind.Together(together), format));
        }

        return phrases;
    }

    /// <summary>Joins phrases as a person would: "a, b y c" / "a, b and c".</summary>
    public static string Join(IReadOnlyList<string> phrases, LocaleFormat format)
    {
        var and = format.Language == "es" ? " y " : " and ";
        return phrases.Count switch
        {
            0 => string.Empty,
            1 => phrases[0],
            _ => string.Join(", ", phrases.Take(phrases.Count - 1)) + and + phrases[^1],
        };
    }
}
