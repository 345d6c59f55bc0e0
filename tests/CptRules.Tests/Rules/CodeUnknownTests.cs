using CptRules.Findings;
using CptRules.Rules;

namespace CptRules.Tests.Rules;

public class CodeUnknownTests
{
    [Fact]
    public void Code_outside_every_table_warns()
    {
        var report = Engine.Validate(new ClaimBuilder().Line("99999"));

        var finding = Assert.Single(report.FindingsOf(RuleIds.CodeUnknown));
        Assert.Equal(FindingSeverity.Warning, finding.Severity);
        Assert.Equal("/lines/0/code", finding.Pointer);
        Assert.Contains("99999 is not in the reference tables", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("6464")]
    [InlineData("646445")]
    [InlineData("64-44")]
    public void Code_of_the_wrong_shape_is_a_finding_not_a_400(string code)
    {
        var report = Engine.Validate(new ClaimBuilder().Line(code));

        var finding = Assert.Single(report.FindingsOf(RuleIds.CodeUnknown));
        Assert.Contains("is not a CPT/HCPCS code", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("64644")]
    [InlineData("j0585")]
    [InlineData("95860")]
    [InlineData("99213")]
    [InlineData("64613")]
    public void Codes_in_the_tables_are_known_in_any_case(string code)
    {
        var report = Engine.Validate(new ClaimBuilder().Line(code));

        Assert.Empty(report.FindingsOf(RuleIds.CodeUnknown));
    }
}
