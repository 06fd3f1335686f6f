using System.Globalization;
using System.Text.RegularExpressions;
using Compensation.TestSupport;


namespace Compensation.Tests.Security;

/// <summary>SECURITY.md states the limits and names the tests that prove each guarantee; both must stay true.</summary>
public sealed partial class SecurityDocumentTests
{
    private static readonly string Document = File.ReadAllText(RepoPaths.Combine("SECURITY.md"));

    [Fact]
    public void LimitsTable_EveryOption_DefaultAndRangeMatchManualLoadOptions()
    {
        var rows = LimitRow().Matches(Document).ToDictionary(m => m.Groups["name"].Value);
        var options = typeof(ManualLoadOptions).GetProperties().Where(p => p.PropertyType == typeof(int)).ToList();

        Assert.Equal(options.Select(p => p.Name).Order(), rows.Keys.Order());
        foreach (var property in options)
        {
            var row = rows[property.Name];
            Assert.Equal((int)property.GetValue(ManualLoadOptions.Default)!, Number(row.Groups["default"].Value));

            // The documented range is exactly what the option accepts: both ends allowed, one beyond refused.
            var (min, max) = (Number(row.Groups["min"].Value), Number(row.Groups["max"].Value));
            Assert.Equal(min, Set(property.Name, min));
            Assert.Equal(max, Set(property.Name, max));
            Assert.Throws<ArgumentOutOfRangeException>(() => Set(property.Name, min - 1));
            if (max < int.MaxValue)
            {
                Assert.Throws<ArgumentOutOfRangeException>(() => Set(property.Name, max + 1));
            }
        }
    }

    [Fact]
    public void Document_EveryNamedTestClass_Exists()
    {
        var named = TestClass().Matches(Document).Select(m => m.Groups[1].Value).Distinct().ToList();
        // The named classes live in the test projects of every package: read their sources.
        var types = Directory.EnumerateFiles(RepoPaths.Combine("tests"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => ClassDeclaration().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .ToHashSet();

        Assert.NotEmpty(named);
        Assert.All(named, name => Assert.Contains(name, types));
    }

    private static int Set(string name, int value)
    {
        var options = name switch
        {
            nameof(ManualLoadOptions.MaxFileLength) => new ManualLoadOptions { MaxFileLength = value },
            nameof(ManualLoadOptions.MaxNodes) => new ManualLoadOptions { MaxNodes = value },
            nameof(ManualLoadOptions.MaxDepth) => new ManualLoadOptions { MaxDepth = value },
            nameof(ManualLoadOptions.MaxExpressionLength) => new ManualLoadOptions { MaxExpressionLength = value },
            nameof(ManualLoadOptions.MaxFiles) => new ManualLoadOptions { MaxFiles = value },
            nameof(ManualLoadOptions.MaxRules) => new ManualLoadOptions { MaxRules = value },
            _ => throw new InvalidOperationException($"SECURITY.md's test does not know the option {name}; add it"),
        };
        return (int)typeof(ManualLoadOptions).GetProperty(name)!.GetValue(options)!;
    }

    private static int Number(string text) => int.Parse(text.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^\| `(?<name>Max\w+)` \| (?<default>[0-9,]+)[^|]*\| (?<min>[0-9,]+) to (?<max>[0-9,]+) \|", RegexOptions.Multiline)]
    private static partial Regex LimitRow();

    [GeneratedRegex(@"\b([A-Z][A-Za-z]+Tests)\b")]
    private static partial Regex TestClass();

    [GeneratedRegex(@"\bclass\s+(\w+)")]
    private static partial Regex ClassDeclaration();
}
