namespace Compensation.Diagnostics;

/// <summary>Finds the nearest valid name for a misspelt one ("did you mean").</summary>
internal static class Suggestions
{
    public static string? Nearest(string value, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            // The distance is at least the difference in length: past the threshold below, no suggestion
            // is possible, so a huge value (untrusted input) costs nothing.
            if (Math.Abs(value.Length - candidate.Length) > Math.Max(2, value.Length / 2))
            {
                continue;
            }

            var distance = Distance(value.ToUpperInvariant(), candidate.ToUpperInvariant());
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        // Only suggest when the names are reasonably close.
        return best is not null && bestDistance <= Math.Max(2, value.Length / 2) ? best : null;
    }

    public static string DidYouMean(string value, IEnumerable<string> candidates)
    {
        var list = candidates as IReadOnlyCollection<string> ?? candidates.ToList();
        var nearest = Nearest(value, list);
        var valid = string.Join(", ", list);
        return nearest is null ? $"valid values are: {valid}" : $"did you mean '{nearest}'? valid values are: {valid}";
    }

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
