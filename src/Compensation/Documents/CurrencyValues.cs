using YamlDotNet.RepresentationModel;

namespace Compensation.Documents;

/// <summary>
/// A value written per currency, <c>amount: { EUR: 250, GBP: 220 }</c>: read as one formula that picks the
/// incident's currency (<c>iif(currency == "EUR", (250), (220))</c>), with the currencies written kept so the
/// compiler can check them against the manual's <c>currencies:</c> (each one, and only those).
/// </summary>
internal static class CurrencyValues
{
    public static Scalar? Read(YamlMappingNode node, YamlMapReader map, string key)
    {
        var keys = new List<Scalar>();
        var values = new List<string>();
        foreach (var entry in node.Children)
        {
            var currency = map.ToScalar(entry.Key, key);
            var value = map.ToScalar(entry.Value, key);
            if (currency is null || value is null)
            {
                return null;
            }

            keys.Add(currency);
            values.Add(value.Text);
        }

        if (keys.Count == 0)
        {
            return null;
        }

        // The last currency is the fallback branch; the compiler has checked every currency is written by then.
        var text = $"({values[^1]})";
        for (var i = keys.Count - 2; i >= 0; i--)
        {
            text = $"iif(currency == \"{keys[i].Text}\", ({values[i]}), {text})";
        }

        return new Scalar(text, map.At(node)) { Synthetic = true, CurrencyKeys = keys };
    }
}
