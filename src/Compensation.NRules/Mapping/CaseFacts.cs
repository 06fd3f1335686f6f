using System.Diagnostics.CodeAnalysis;
using Compensation.Facts;

namespace Compensation.NRules;

/// <summary>A read-only, live view of a decision's frame by fact name, as <see cref="CompensationCase.Facts"/> shows it.</summary>
internal sealed class CaseFacts(FactSchema schema, FactFrame frame) : IReadOnlyDictionary<string, object>
{
    public object this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"the manual declares no fact '{key}'; declared facts are: {string.Join(", ", Keys)}");

    public IEnumerable<string> Keys => schema.Facts.Select(f => f.Name);

    public IEnumerable<object> Values => schema.Facts.Select(frame.Read);

    public int Count => schema.Facts.Count;

    public bool ContainsKey(string key) => schema.TryGet(key, out _);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object value)
    {
        if (schema.TryGet(key, out var fact))
        {
            value = frame.Read(fact);
            return true;
        }

        value = null;
        return false;
    }

    public IEnumerator<KeyValuePair<string, object>> GetEnumerator()
        => schema.Facts.Select(f => new KeyValuePair<string, object>(f.Name, frame.Read(f))).GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
