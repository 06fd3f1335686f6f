namespace Compensation.Cli.Tests.Commands;

public class ValidateCommandTests
{
    [Fact]
    public void Validate_SampleManual_PrintsSummaryAndExitsZero()
    {
        var result = CliRunner.Run(["validate", CliRunner.SampleManual]);

        // 37 rules: 10-gravedad 3 + 3, 20-gestos 7, 30-retrasos 6 table rows + 3, 40-fallos-servicio 10, 50-escalado 5.
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(["tienda-ejemplo: 37 rules, 0 errors"], result.OutLines);
    }

    public static TheoryData<string, string, string, string> BrokenManuals => new()
    {
        // YAML syntax: 'when: tier: platino' puts a second ':' on line 12 of 50-escalado.yaml; the value starts at
        // column 15 ('        when: '), so 'tier' is columns 15-18 and the offending ':' is column 19.
        { "50-escalado.yaml", """when: tier >= "platino" and gravedad >= 2""", "when: tier: platino", "m/50-escalado.yaml:12:19: error CMP001:" },

        // Unknown key: 'whem' is the key of line 12 of 50-escalado.yaml, indented 8 spaces, so column 9.
        { "50-escalado.yaml", """when: tier >= "platino" and gravedad >= 2""", """whem: tier >= "platino" and gravedad >= 2""", "m/50-escalado.yaml:12:9: error CMP002:" },

        // Unknown tier in an expression: line 68 of 30-retrasos.yaml (saldo-retraso-oro); '"ora"' starts at column 69.
        { "30-retrasos.yaml", """tier >= "oro" and delay.days >= 2""", """tier >= "ora" and delay.days >= 2""", "m/30-retrasos.yaml:68:69: error CMP007:" },

        // Sandbox: reading the host's clock. Line 35 of 10-gravedad.yaml; the expression starts at column 15.
        { "10-gravedad.yaml", """when: cause == "interna" """.TrimEnd(), "when: DateTime.Now.Day >= 1", "m/10-gravedad.yaml:35:15: error CMP011:" },
    };

    [Theory]
    [MemberData(nameof(BrokenManuals))]
    public void Validate_OneMistake_PrintsItsLocationAndCodeAndExitsOne(string file, string find, string replace, string expectedPrefix)
    {
        using var copy = ManualCopy.WithEdit(file, find, replace);

        var result = copy.Run("validate", "m");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Equal(2, result.OutLines.Length);
        Assert.StartsWith(expectedPrefix, result.OutLines[0], StringComparison.Ordinal);
        Assert.Equal("m: 1 error", result.OutLines[1]);
    }

    [Fact]
    public void Validate_UnknownKeyAndUnknownTier_PrintsEveryDiagnosticExactly()
    {
        using var copy = ManualCopy.WithEdit("30-retrasos.yaml", """tier >= "oro" and delay.days >= 2""", """tier >= "ora" and delay.days >= 2""");
        var escalado = Path.Combine(copy.Manual, "50-escalado.yaml");
        File.WriteAllText(escalado, File.ReadAllText(escalado).Replace("rule-sets:", "rule-setz:", StringComparison.Ordinal));

        var result = copy.Run("validate", "m");

        // Both mistakes are reported at once, in file order, each exactly as Diagnostic.ToString() writes it:
        // 'rule-setz' is the first key of 50-escalado.yaml after its 4 comment lines (line 5, column 1).
        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Equal(
            [
                """m/30-retrasos.yaml:68:69: error CMP007: unknown tier 'ora' (hint: declared tier values are: estandar, plata, oro, platino; did you mean 'oro'?)""",
                """m/50-escalado.yaml:5:1: error CMP002: unknown key 'rule-setz' in file '50-escalado.yaml' (hint: did you mean 'rule-sets'? valid keys are: rule-sets, messages, follow-ups)""",
                "m: 2 errors",
            ],
            result.OutLines);
    }

    [Fact]
    public void Validate_UnclosedListInHeader_ReportsYamlSyntaxWithoutCrashing()
    {
        // An unclosed '[' followed by a comment made YamlDotNet throw InvalidOperationException (a crash before the fix).
        using var copy = ManualCopy.WithEdit("00-manual.yaml", "tiers: [estandar, plata, oro, platino]", "tiers: [estandar, plata, oro, platino");

        var result = copy.Run("validate", "m");

        // Line 12 holds 'tiers:'; the parser stops after 'oro' (columns 28-30), the last item it could read.
        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.StartsWith("m/00-manual.yaml:12:31: error CMP001:", result.OutLines[0], StringComparison.Ordinal);
        Assert.Equal("m: 1 error", result.OutLines[^1]);
        Assert.DoesNotContain(result.OutLines, line => line.StartsWith(":", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_FileOverTheSizeLimit_NamesTheOptionThatRaisesIt()
    {
        // 00-manual.yaml is between 1,000 and 4,000 characters: a limit of 1,000 rejects it after reading it, and
        // the hint names --max-file-size. (Files over 4,000 bytes are rejected by size without being read.)
        using var copy = ManualCopy.WithEdit("20-gestos.yaml", "rule-sets:", "rule-sets:");
        var size = File.ReadAllText(Path.Combine(copy.Manual, "00-manual.yaml")).Length;
        Assert.InRange(size, 1_001, 3_999);

        var rejected = copy.Run("validate", "m", "--max-file-size", "1000");
        var raised = copy.Run("validate", "m", "--max-file-size", "1000000");

        Assert.True(rejected.ExitCode == 1, rejected.ToString());
        Assert.Contains(rejected.OutLines, l => l.Contains($"00-manual.yaml:1:1: error CMP021: the file has {size:N0} characters; the limit is 1,000", StringComparison.Ordinal) && l.Contains("'--max-file-size'", StringComparison.Ordinal));
        Assert.True(raised.ExitCode == 0, raised.ToString());
    }

    [Fact]
    public void Validate_MissingPath_ReportsIoErrorAndExitsOne()
    {
        var result = CliRunner.Run(["validate", "no-such-manual"]);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Equal(["no-such-manual:1:1: error CMP024: no such file or folder (hint: check the path)", "no-such-manual: 1 error"], result.OutLines);
    }

    [Fact]
    public void Validate_NoManualArgument_IsAUsageErrorExitingTwo()
    {
        var result = CliRunner.Run(["validate"]);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("Required argument missing", result.Error, StringComparison.Ordinal);
        Assert.Contains("Run 'compensation validate --help' to see the usage.", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_UnknownOption_IsAUsageErrorExitingTwo()
    {
        var result = CliRunner.Run(["validate", CliRunner.SampleManual, "--strict"]);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("'--strict'", result.Error, StringComparison.Ordinal);
    }
}
