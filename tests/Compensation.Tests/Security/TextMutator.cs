using System.Text;
using CsCheck;

namespace Compensation.Tests.Security;

/// <summary>Mutates rule-file text the way editors, merges and attackers do: lines lost or repeated, characters swapped, hostile tokens inserted, the file cut short.</summary>
internal static class TextMutator
{
    private static readonly string[] Tokens =
    [
        ":", "-", "- ", "[", "]", "{", "}", ",", "&a ", "*a", "!tag ", "!!python/object:os.system ", "'", "\"", "#", "\t", "\n", "  ", "    ",
        "iif(", ")", "(", "min(", "order.value", "delay.days", "1e30", "99999999999999999999", "-2147483648", "0.0000001", "..", ">=", "not ",
        "null", "~", "%", "@0", "`", "|", ">", "? ", "---\n", "...\n", "<<: ", "it", "np(", ".ToString()", "new ", "System.IO.File", "\u0000", "\uFEFF", "é",
    ];

    /// <summary>One mutation: what it does and where, as numbers the text decides the meaning of (so a case shrinks and replays).</summary>
    public readonly record struct Mutation(int Kind, int Position, int Token);

    public static Gen<Mutation[]> Mutations { get; } =
        Gen.Select(Gen.Int[0, 5], Gen.Int[0, int.MaxValue], Gen.Int[0, Tokens.Length - 1], (k, p, t) => new Mutation(k, p, t)).Array[1, 4];

    public static string Apply(string text, IEnumerable<Mutation> mutations)
    {
        foreach (var m in mutations)
        {
            text = Apply(text, m);
        }

        return text;
    }

    private static string Apply(string text, Mutation m)
    {
        if (text.Length == 0)
        {
            return Tokens[m.Token];
        }

        var at = m.Position % text.Length;
        var lines = text.Split('\n');
        var line = m.Position % lines.Length;
        switch (m.Kind)
        {
            case 0: // delete a line
                return string.Join('\n', lines.Where((_, i) => i != line));
            case 1: // duplicate a line (a repeated key, a repeated rule)
                return string.Join('\n', lines.Take(line + 1).Append(lines[line]).Concat(lines.Skip(line + 1)));
            case 2: // swap two neighbouring characters
                if (at + 1 >= text.Length)
                {
                    return text;
                }

                var chars = text.ToCharArray();
                (chars[at], chars[at + 1]) = (chars[at + 1], chars[at]);
                return new string(chars);
            case 3: // insert a token
                return text.Insert(at, Tokens[m.Token]);
            case 4: // replace a number by an extreme one
                var digit = text.IndexOfAny("0123456789".ToCharArray(), at);
                if (digit < 0)
                {
                    return text;
                }

                var end = digit;
                while (end < text.Length && char.IsAsciiDigit(text[end]))
                {
                    end++;
                }

                return new StringBuilder(text).Remove(digit, end - digit).Insert(digit, m.Token % 3 == 0 ? "99999999999999999999999999999" : m.Token % 3 == 1 ? "2147483648" : "0").ToString();
            default: // cut the file short (an editor's half-written save)
                return text[..at];
        }
    }
}
