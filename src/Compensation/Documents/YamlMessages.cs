namespace Compensation.Documents;

/// <summary>Says the YAML parser's complaints in an author's words (the parser's own texts describe its internals).</summary>
internal static class YamlMessages
{
    private static readonly (string Says, string Means)[] Known =
    [
        ("did not find expected key", "a line is not aligned with the keys above it, or a key lacks its ':'"),
        ("did not find expected ',' or ']'", "a '[...]' list is not closed, or its items lack a comma"),
        ("did not find expected ',' or '}'", "a '{...}' mapping is not closed, or its entries lack a comma"),
        ("did not find expected '-' indicator", "a list item is not aligned with the items above it"),
        ("mapping values are not allowed in this context", "a ': ' inside a value: put the value in quotes"),
        ("found unexpected end of stream", "the file ends inside a quoted value or an open list"),
        ("found character that cannot start any token", "a value starts with a character YAML reserves ('@', '`', '%'): put it in quotes"),
        ("found invalid tab", "a tab is used to indent; YAML indents with spaces only"),
        ("Duplicate key", "a key is written twice in the same mapping"),
        ("did not find expected node content", "a value is missing"),
        ("found a tab character", "a tab is used where YAML needs spaces"),
        ("could not find expected ':'", "a key lacks its ':', or a quoted value is not closed"),
        ("did not find URI escaped octet", "a tag or key cannot be read"),
        ("while scanning a quoted scalar", "a quoted value is not closed"),
        ("found unknown escape character", "an unknown escape sequence (a backslash) in a double-quoted value: use single quotes"),
    ];

    public static string Translate(string message)
    {
        foreach (var (says, means) in Known)
        {
            if (message.Contains(says, StringComparison.OrdinalIgnoreCase))
            {
                return means;
            }
        }

        return "the file cannot be read from here on";
    }
}
