using CptRules.Rules;

namespace CptRules.Tests.Rules.Extremities;

public class MuscleThresholdTests
{
    [Fact]
    public void Base_64644_with_five_muscles_passes()
    {
        var report = Engine.Validate(new ClaimBuilder().Limbs("64644", "rue:5").Toxin("J0585", 100, 100));

        Assert.Empty(report.FindingsOf(RuleIds.MuscleThreshold));
    }

    [Fact]
    public void Base_64644_with_four_muscles_fails_and_names_64642()
    {
        var report = Engine.Validate(new ClaimBuilder().Limbs("64644", "rue:4").Toxin("J0585", 100, 100));

        var finding = Assert.Single(report.FindingsOf(RuleIds.MuscleThreshold));
        Assert.Equal(1, finding.LineNumber);
        Assert.Equal("/lines/0/extremities/0/muscleCount", finding.Pointer);
        Assert.Equal("64644 reports 5 or more muscles, but rue has 4: report 64642 (or 64643 for an additional extremity).", finding.Message);
    }

    [Fact]
    public void Base_64642_with_six_muscles_reads_as_the_issue_example()
    {
        var report = Engine.Validate(new ClaimBuilder().Limbs("64642", "lue:6").Toxin("J0585", 100, 100));

        var finding = Assert.Single(report.FindingsOf(RuleIds.MuscleThreshold));
        Assert.Equal("64642 reports 1–4 muscles, but lue has 6: report 64644 (or 64645 for an additional extremity).", finding.Message);
    }

    [Fact]
    public void Add_on_64643_with_five_muscles_points_to_64645()
    {
        var report = Engine.Validate(new ClaimBuilder().Limbs("64644", "rue:6").Limbs("64643", "lue:5").Toxin("J0585", 100, 100));

        var finding = Assert.Single(report.FindingsOf(RuleIds.MuscleThreshold));
        Assert.Equal(2, finding.LineNumber);
        Assert.Equal("64643 reports 1–4 muscles, but lue has 5: report 64645 (or 64644 for the first extremity).", finding.Message);
    }

    [Fact]
    public void Add_on_64645_with_four_muscles_fails_and_64643_with_four_passes()
    {
        var wrong = Engine.Validate(new ClaimBuilder().Limbs("64644", "rue:6").Limbs("64645", "lue:4").Toxin("J0585", 100, 100));
        var right = Engine.Validate(new ClaimBuilder().Limbs("64644", "rue:6").Limbs("64643", "lue:4").Toxin("J0585", 100, 100));

        Assert.Equal("/lines/1/extremities/0/muscleCount", Assert.Single(wrong.FindingsOf(RuleIds.MuscleThreshold)).Pointer);
        Assert.Empty(right.FindingsOf(RuleIds.MuscleThreshold));
    }

    [Fact]
    public void Each_extremity_of_a_multi_unit_line_is_judged_on_its_own()
    {
        var report = Engine.Validate(new ClaimBuilder().Limbs("64644", "rue:6").Limbs("64645", "lue:5", "rle:2", "lle:9").Toxin("J0585", 300, 300));

        var finding = Assert.Single(report.FindingsOf(RuleIds.MuscleThreshold));
        Assert.Equal("/lines/1/extremities/1/muscleCount", finding.Pointer);
    }

    [Fact]
    public void Codes_without_a_muscle_range_are_not_judged()
    {
        var report = Engine.Validate(new ClaimBuilder().Line("64646").Toxin("J0585", 100, 100));

        Assert.Empty(report.FindingsOf(RuleIds.MuscleThreshold));
    }
}
