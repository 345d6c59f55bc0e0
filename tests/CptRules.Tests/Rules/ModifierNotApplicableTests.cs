using CptRules.Findings;
using CptRules.Rules;

namespace CptRules.Tests.Rules;

public class ModifierNotApplicableTests
{
    [Fact]
    public void Professional_component_26_on_64642_does_not_apply()
    {
        var report = Engine.Validate(new ClaimBuilder().Line("64642", modifiers: ["RT", "26"], limbs: ["rue:3"]).Toxin("J0585", 100, 100));

        var finding = Assert.Single(report.FindingsOf(RuleIds.ModifierNotApplicable));
        Assert.Equal(FindingSeverity.Error, finding.Severity);
        Assert.Equal(1, finding.LineNumber);
        Assert.Equal("/lines/0/modifiers/1", finding.Pointer);
        Assert.Equal("26 on 64642 does not apply: its PC/TC indicator is 0 (a physician service without professional and technical components).", finding.Message);
        Assert.Equal("Remove 26 and bill 64642 without a component modifier.", finding.Suggestion);
        Assert.Contains("PC/TC", finding.Reference, StringComparison.Ordinal);
    }

    [Fact]
    public void Technical_component_TC_on_a_toxin_does_not_apply()
    {
        var report = Engine.Validate(new ClaimBuilder().Limbs("64644", "rue:6").Line("J0585", 200, ["JZ", "tc"], administered: 200));

        var finding = Assert.Single(report.FindingsOf(RuleIds.ModifierNotApplicable));
        Assert.Equal(2, finding.LineNumber);
        Assert.Equal("/lines/1/modifiers/1", finding.Pointer);
        Assert.Equal("TC on J0585 does not apply: its PC/TC indicator is 9 (the PC/TC concept does not apply).", finding.Message);
    }

    [Theory]
    [InlineData("95873", "26")]
    [InlineData("95873", "TC")]
    [InlineData("95874", "26")]
    [InlineData("95874", "TC")]
    public void Guidance_codes_take_26_and_TC(string code, string modifier)
    {
        var report = Engine.Validate(new ClaimBuilder().Limbs("64644", "rue:6").Line(code, modifiers: [modifier]).Toxin("J0585", 200, 200));

        Assert.Empty(report.FindingsOf(RuleIds.ModifierNotApplicable));
    }

    [Fact]
    public void Bilateral_50_on_64642_does_not_apply_and_the_second_limb_is_the_add_on()
    {
        var report = Engine.Validate(new ClaimBuilder().Line("64642", modifiers: ["50"], limbs: ["rue:3"]).Toxin("J0585", 100, 100));

        var finding = Assert.Single(report.FindingsOf(RuleIds.ModifierNotApplicable));
        Assert.Equal("/lines/0/modifiers/0", finding.Pointer);
        Assert.Equal("50 on 64642 does not apply: its bilateral surgery indicator is 0 (no bilateral payment adjustment).", finding.Message);
        Assert.Equal("Remove 50: 64642 reports one extremity, and the other limb is its add-on code, 64643 (1–4 muscles).", finding.Suggestion);
    }

    [Fact]
    public void Bilateral_50_on_an_extremity_add_on_asks_for_a_unit_per_extremity()
    {
        var report = Engine.Validate(new ClaimBuilder().Limbs("64644", "rue:6").Line("64645", modifiers: ["50"], limbs: ["lue:5"]).Toxin("J0585", 300, 300));

        var finding = Assert.Single(report.FindingsOf(RuleIds.ModifierNotApplicable));
        Assert.Equal(2, finding.LineNumber);
        Assert.Equal("Remove 50: report one unit of 64645 for each additional extremity.", finding.Suggestion);
    }

    [Fact]
    public void Bilateral_50_on_a_trunk_code_does_not_apply()
    {
        var report = Engine.Validate(new ClaimBuilder().Line("64647", modifiers: ["50"]).Toxin("J0585", 200, 200));

        var finding = Assert.Single(report.FindingsOf(RuleIds.ModifierNotApplicable));
        Assert.Equal("Remove 50: Medicare pays 64647 once whether one or both sides are treated.", finding.Suggestion);
    }

    [Theory]
    [InlineData("64612")]
    [InlineData("64616")]
    [InlineData("64615")]
    public void Bilateral_50_where_the_indicator_is_not_0_is_not_this_rule(string code)
    {
        var report = Engine.Validate(new ClaimBuilder().Line(code, modifiers: ["50"]).Toxin("J0585", 50, 50));

        Assert.Empty(report.FindingsOf(RuleIds.ModifierNotApplicable));
    }

    [Fact]
    public void Code_absent_from_the_fee_schedule_gets_no_finding()
    {
        var report = Engine.Validate(new ClaimBuilder().Line("99203", modifiers: ["26", "50"]));

        Assert.Empty(report.FindingsOf(RuleIds.ModifierNotApplicable));
    }

    [Fact]
    public void Each_offending_modifier_gets_its_own_finding()
    {
        var report = Engine.Validate(new ClaimBuilder().Line("64642", modifiers: ["26", "50", "TC"], limbs: ["rue:3"]).Toxin("J0585", 100, 100));

        Assert.Equal(
            ["/lines/0/modifiers/0", "/lines/0/modifiers/1", "/lines/0/modifiers/2"],
            report.FindingsOf(RuleIds.ModifierNotApplicable).Select(f => f.Pointer));
    }
}
