using CptRules.Rules;

namespace CptRules.Tests.Rules.Extremities;

public class ExtremityLimitTests
{
    [Fact]
    public void Four_extremities_pass()
    {
        var report = Engine.Validate(new ClaimBuilder().Limbs("64644", "rue:6").Limbs("64645", "lue:5", "rle:5").Limbs("64643", "lle:2").Toxin("J0585", 100, 100));

        Assert.Empty(report.FindingsOf(RuleIds.ExtremityLimit));
    }

    [Fact]
    public void Five_extremities_on_one_date_fail_once_on_the_line_that_passes_the_limit()
    {
        var report = Engine.Validate(new ClaimBuilder()
            .Limbs("64644", "rue:6")
            .Limbs("64645", "lue:5", "rle:5")
            .Line("64643", units: 2, limbs: ["lle:2", "rue:1"])
            .Toxin("J0585", 100, 100));

        var finding = Assert.Single(report.FindingsOf(RuleIds.ExtremityLimit));
        Assert.Equal(3, finding.LineNumber);
        Assert.Equal("/lines/2/units", finding.Pointer);
        Assert.StartsWith("2025-03-14 bills 5 extremities", finding.Message, StringComparison.Ordinal);
        Assert.Contains("at most 4", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Extremities_are_counted_per_date_of_service()
    {
        var report = Engine.Validate(new ClaimBuilder()
            .Limbs("64644", "rue:6")
            .Limbs("64645", "lue:5", "rle:5")
            .Line("64644", limbs: ["lle:6"], dateOfService: "2025-06-20")
            .Line("64645", units: 2, limbs: ["rue:5", "lue:5"], dateOfService: "2025-06-20"));

        Assert.Empty(report.FindingsOf(RuleIds.ExtremityLimit));
    }
}
