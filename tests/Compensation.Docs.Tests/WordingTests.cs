using System.Text.RegularExpressions;

namespace Compensation.Docs.Tests;

/// <summary>
/// The documents speak to users about the product: no references to the project's own issue tracker, tickets or
/// working sessions ("issue 5", "ticket #12", "this session"), which mean nothing to a reader of a package.
/// </summary>
public sealed partial class WordingTests
{
    public static TheoryData<string> Documents() => DocFiles.Data();

    [Theory]
    [MemberData(nameof(Documents))]
    public void Wording_InDocument_HasNoProjectManagementReferences(string document)
    {
        var found = References(document, DocFiles.Read(document));

        Assert.True(found.Count == 0, "project-management references (state the fact or the target itself instead):\n" + string.Join('\n', found));
    }

    [Theory]
    [InlineData("Against the targets of issue 5:")]
    [InlineData("see ticket #12")]
    [InlineData("fixed in this session")]
    [InlineData("as agreed in an earlier session,")]
    [InlineData("tracked as #123")]
    [InlineData("JIRA-42 asks for it")]
    public void References_ProjectManagementWording_IsFound(string line)
    {
        Assert.Single(References("x.md", line));
    }

    [Theory]
    [InlineData("An NRules session decides with the same Decision.")]
    [InlineData("Report a problem privately, not in a public issue.")]
    [InlineData("See [Simulation](#simulation-what-would-this-manual-cost).")]
    [InlineData("## 3. Decide")]
    public void References_OrdinaryWording_IsNotFound(string line)
    {
        Assert.Empty(References("x.md", line));
    }

    internal static IReadOnlyList<string> References(string document, string text)
    {
        var lines = text.Split('\n');
        var found = new List<string>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (Numbered().IsMatch(lines[i]) || Working().IsMatch(lines[i]) || HashNumber().IsMatch(lines[i]) || TrackerKey().IsMatch(lines[i]))
            {
                found.Add($"{document}:{i + 1}: {lines[i].Trim()}");
            }
        }

        return found;
    }

    /// <summary>"issue 5", "tickets #3", "session 2", "bug 7".</summary>
    [GeneratedRegex(@"\b(issue|ticket|session|bug)s?\s*#?\d+", RegexOptions.IgnoreCase)]
    private static partial Regex Numbered();

    /// <summary>"this session", "a later ticket", "the previous issue"…</summary>
    [GeneratedRegex(@"\b(this|next|previous|earlier|later|last|future|same|another|the lead's)\s+(session|ticket|issue)s?\b|\btickets?\b", RegexOptions.IgnoreCase)]
    private static partial Regex Working();

    /// <summary>"#12" as a reference (not a heading, not an anchor).</summary>
    [GeneratedRegex(@"(^|[\s(])#\d+\b")]
    private static partial Regex HashNumber();

    /// <summary>"JIRA-42", "GH-7".</summary>
    [GeneratedRegex(@"\b(JIRA|GH)-\d+\b")]
    private static partial Regex TrackerKey();
}
