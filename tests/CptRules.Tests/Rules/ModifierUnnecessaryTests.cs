using CptRules.Findings;
using CptRules.Rules;

namespace CptRules.Tests.Rules;

public class ModifierUnnecessaryTests
{
    [Fact]
    public void Modifier_51_on_a_procedure_is_unnecessary()
    {
        var report = Engine.Validate(new ClaimBuilder().Limbs("64644", "rue:6").Line("64646", modifiers: ["51"]).Toxin("J0585", 300, 300));

        var finding = Assert.Single(report.FindingsOf(RuleIds.ModifierUnnecessary));
        Assert.Equal(FindingSeverity.Warning, finding.Severity);
        Assert.Equal(2, finding.LineNumber);
        Assert.Equal("/lines/1/modifiers/0", finding.Pointer);
        Assert.Equal("51 on 64646 is unnecessary: Medicare ranks multiple procedures and applies the reduction itself.", finding.Message);
        Assert.Equal("Remove 51; MACs ask that it not be reported.", finding.Suggestion);
        Assert.Equal(Outcome.PassWithWarnings, report.Outcome);
    }

    [Fact]
    public void Modifier_51_on_an_add_on_code_says_add_ons_are_exempt()
    {
        var report = Engine.Validate(new ClaimBuilder().Limbs("64644", "rue:6").Line("64645", modifiers: ["LT", "51"], limbs: ["lue:5"]).Toxin("J0585", 300, 300));

        var finding = Assert.Single(report.FindingsOf(RuleIds.ModifierUnnecessary));
        Assert.Equal("/lines/1/modifiers/1", finding.Pointer);
        Assert.EndsWith("applies the reduction itself, and 64645 is an add-on code, exempt from the reduction.", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Modifier_51_is_flagged_on_any_line_even_a_code_outside_the_fee_schedule()
    {
        var report = Engine.Validate(new ClaimBuilder().Line("99203", modifiers: ["51"]));

        Assert.Single(report.FindingsOf(RuleIds.ModifierUnnecessary));
    }

    [Fact]
    public void Bilateral_50_on_64615_is_unnecessary_because_it_is_bilateral_by_definition()
    {
        var report = Engine.Validate(new ClaimBuilder().Line("64615", modifiers: ["50"]).Toxin("J0585", 155, 155));

        var finding = Assert.Single(report.FindingsOf(RuleIds.ModifierUnnecessary));
        Assert.Equal(1, finding.LineNumber);
        Assert.Equal("/lines/0/modifiers/0", finding.Pointer);
        Assert.Equal("50 on 64615 is unnecessary: the code is bilateral by definition (bilateral surgery indicator 2), and its payment covers both sides.", finding.Message);
        Assert.Equal("Remove 50 and bill 64615 once, with 1 unit.", finding.Suggestion);
        Assert.Empty(report.FindingsOf(RuleIds.ModifierNotApplicable));
    }

    [Theory]
    [InlineData("64612")]
    [InlineData("64642")]
    [InlineData("99203")]
    public void Bilateral_50_where_the_indicator_is_not_2_is_not_this_rule(string code)
    {
        var report = Engine.Validate(new ClaimBuilder().Line(code, modifiers: ["50"], limbs: code == "64642" ? ["rue:3"] : null));

        Assert.Empty(report.FindingsOf(RuleIds.ModifierUnnecessary));
    }

    [Fact]
    public void Line_without_51_or_50_has_no_finding()
    {
        var report = Engine.Validate(ClaimBuilder.ContractExample());

        Assert.Empty(report.FindingsOf(RuleIds.ModifierUnnecessary));
    }
}
