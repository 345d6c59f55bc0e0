using CptRules.Rules;

namespace CptRules.Tests.Rules.Extremities;

public class ExtremityDuplicateTests
{
    [Fact]
    public void Same_limb_on_two_lines_of_one_date_fails_on_the_repeat()
    {
        var report = Engine.Validate(new ClaimBuilder().Limbs("64644", "rue:6").Limbs("64645", "rue:5").Toxin("J0585", 100, 100));

        var finding = Assert.Single(report.FindingsOf(RuleIds.ExtremityDuplicate));
        Assert.Equal(2, finding.LineNumber);
        Assert.Equal("/lines/1/extremities/0/limb", finding.Pointer);
        Assert.Equal("rue is reported more than once on 2025-03-14 (line 1 and line 2): a limb is treated once per session.", finding.Message);
    }

    [Fact]
    public void Same_limb_twice_within_one_line_fails()
    {
        var report = Engine.Validate(new ClaimBuilder().Limbs("64644", "rue:6").Limbs("64645", "lue:5", "lue:6").Toxin("J0585", 100, 100));

        var finding = Assert.Single(report.FindingsOf(RuleIds.ExtremityDuplicate));
        Assert.Equal("/lines/1/extremities/1/limb", finding.Pointer);
        Assert.Equal("lue is reported more than once on 2025-03-14 (twice on line 2): a limb is treated once per session.", finding.Message);
    }

    [Fact]
    public void Same_limb_on_different_dates_of_service_passes()
    {
        var report = Engine.Validate(new ClaimBuilder()
            .Limbs("64644", "rue:6")
            .Line("64644", limbs: ["rue:6"], dateOfService: "2025-06-20")
            .Toxin("J0585", 100, 100)
            .Line("J0585", 100, ["JZ"], administered: 100, dateOfService: "2025-06-20"));

        Assert.Empty(report.FindingsOf(RuleIds.ExtremityDuplicate));
    }

    [Fact]
    public void Four_different_limbs_pass()
    {
        var report = Engine.Validate(new ClaimBuilder().Limbs("64644", "rue:6").Limbs("64645", "lue:5", "rle:5", "lle:5").Toxin("J0585", 100, 100));

        Assert.Empty(report.FindingsOf(RuleIds.ExtremityDuplicate));
    }
}
