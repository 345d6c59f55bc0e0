using CptRules.Findings;
using CptRules.Rules;

namespace CptRules.Tests.Rules.Extremities;

public class LateralityMismatchTests
{
    [Fact]
    public void RT_on_a_left_limb_warns_at_the_modifier()
    {
        var report = Engine.Validate(new ClaimBuilder().Line("64644", modifiers: ["RT"], limbs: ["lue:6"]).Toxin("J0585", 100, 100));

        var finding = Assert.Single(report.FindingsOf(RuleIds.LateralityMismatch));
        Assert.Equal(FindingSeverity.Warning, finding.Severity);
        Assert.Equal("/lines/0/modifiers/0", finding.Pointer);
        Assert.Equal("RT on 64644 names the right side, but its limb lue is on the left.", finding.Message);
        Assert.Equal(Outcome.PassWithWarnings, report.Outcome);
    }

    [Fact]
    public void Lower_case_lt_is_compared_in_upper_case()
    {
        var report = Engine.Validate(new ClaimBuilder().Line("64644", modifiers: ["lt"], limbs: ["rle:6"]).Toxin("J0585", 100, 100));

        Assert.Single(report.FindingsOf(RuleIds.LateralityMismatch));
    }

    [Theory]
    [InlineData("RT", "rue")]
    [InlineData("RT", "rle")]
    [InlineData("LT", "lue")]
    [InlineData("LT", "lle")]
    public void Modifier_on_the_limbs_side_passes(string modifier, string limb)
    {
        var report = Engine.Validate(new ClaimBuilder().Line("64644", modifiers: [modifier], limbs: [$"{limb}:6"]).Toxin("J0585", 100, 100));

        Assert.Empty(report.FindingsOf(RuleIds.LateralityMismatch));
    }

    [Fact]
    public void Line_without_laterality_modifier_passes()
    {
        var report = Engine.Validate(new ClaimBuilder().Limbs("64644", "lue:6").Toxin("J0585", 100, 100));

        Assert.Empty(report.FindingsOf(RuleIds.LateralityMismatch));
    }

    [Fact]
    public void RT_and_LT_on_a_line_with_a_limb_on_each_side_pass()
    {
        var report = Engine.Validate(new ClaimBuilder()
            .Limbs("64644", "rue:6")
            .Line("64643", units: 2, modifiers: ["RT", "LT"], limbs: ["rle:3", "lue:3"])
            .Toxin("J0585", 200, 200));

        Assert.Empty(report.FindingsOf(RuleIds.LateralityMismatch));
    }

    [Fact]
    public void RT_on_a_line_with_a_limb_on_each_side_warns_for_the_unmarked_left_limb()
    {
        var report = Engine.Validate(new ClaimBuilder()
            .Limbs("64644", "rue:6")
            .Line("64643", units: 2, modifiers: ["RT"], limbs: ["rle:3", "lue:3"])
            .Toxin("J0585", 200, 200));

        var finding = Assert.Single(report.FindingsOf(RuleIds.LateralityMismatch));
        Assert.Equal("/lines/1/modifiers/0", finding.Pointer);
        Assert.Equal("RT on 64643 names the right side, but its limb lue is on the left.", finding.Message);
    }

    [Fact]
    public void LT_beside_RT_on_a_line_whose_limbs_are_all_right_warns()
    {
        var report = Engine.Validate(new ClaimBuilder()
            .Limbs("64644", "lue:6")
            .Line("64643", units: 2, modifiers: ["RT", "LT"], limbs: ["rle:3", "rue:3"])
            .Toxin("J0585", 200, 200));

        var finding = Assert.Single(report.FindingsOf(RuleIds.LateralityMismatch));
        Assert.Equal("/lines/1/modifiers/1", finding.Pointer);
        Assert.Equal("LT on 64643 names the left side, but its limb rle is on the right.", finding.Message);
    }
}
