namespace Compensation.Docs.Tests;

/// <summary>Every relative link of the documentation points at a file or folder of the repository.</summary>
public sealed class LinkTests
{
    public static TheoryData<string> Documents() => DocFiles.Data();

    [Theory]
    [MemberData(nameof(Documents))]
    public void RelativeLinks_InDocument_PointAtExistingFiles(string document)
    {
        var broken = BrokenLinks(document, DocFiles.Read(document), DocFiles.Root);

        Assert.True(broken.Count == 0, "links to files that do not exist:\n" + string.Join('\n', broken));
    }

    [Fact]
    public void BrokenLinks_LinkToMissingFile_IsReportedWithItsLine()
    {
        var text = "See [the guide](docs/cli.md) and\n[nothing](docs/no-such-guide.md#top), [web](https://example.org), [here](#a-heading).";

        var broken = BrokenLinks("README.md", text, DocFiles.Root);

        Assert.Equal(["README.md:2: docs/no-such-guide.md#top"], broken);
    }

    internal static IReadOnlyList<string> BrokenLinks(string document, string text, string root)
    {
        var folder = Path.GetDirectoryName(Path.Combine(root, document))!;
        var broken = new List<string>();
        foreach (var link in Markdown.Links(text))
        {
            var target = link.Target;
            if (target.StartsWith('#') || target.Contains("://", StringComparison.Ordinal) || target.StartsWith("mailto:", StringComparison.Ordinal))
            {
                continue;
            }

            var path = Uri.UnescapeDataString(target.Split('#')[0]);
            var full = Path.GetFullPath(Path.Combine(folder, path));
            if (!File.Exists(full) && !Directory.Exists(full))
            {
                broken.Add($"{document}:{link.Line}: {target}");
            }
        }

        return broken;
    }
}
