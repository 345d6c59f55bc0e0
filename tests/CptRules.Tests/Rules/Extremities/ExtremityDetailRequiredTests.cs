using CptRules.Rules;

namespace CptRules.Tests.Rules.Extremities;

public class ExtremityDetailRequiredTests
{
    [Fact]
    public void Limb_code_without_extremities_fails_at_the_line()
    {
        var report = Engine.Validate(new ClaimBuilder().Line("64644").Toxin("J0585", 100, 100));

        var finding = Assert.Single(report.FindingsOf(RuleIds.ExtremityDetailRequired));
        Assert.Equal(1, finding.LineNumber);
        Assert.Equal("/lines/0", finding.Pointer);
        Assert.Contains("needs one extremities entry per unit", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fewer_entries_than_units_fails_at_the_extremities()
    {
        var report = Engine.Validate(new ClaimBuilder().Limbs("64644", "rue:6").Line("64645", units: 2, limbs: ["lue:5"]).Toxin("J0585", 100, 100));

        var finding = Assert.Single(report.FindingsOf(RuleIds.ExtremityDetailRequired));
        Assert.Equal("/lines/1/extremities", finding.Pointer);
        Assert.Equal("64645 × 2 needs one extremities entry per unit (limb and muscle count), but the line has 1.", finding.Message);
    }

    [Fact]
    public void One_entry_per_unit_passes()
    {
        var report = Engine.Validate(new ClaimBuilder().Limbs("64644", "rue:6").Limbs("64645", "lue:5", "rle:5").Toxin("J0585", 100, 100));

        Assert.Empty(report.FindingsOf(RuleIds.ExtremityDetailRequired));
    }

    [Theory]
    [InlineData("64646")]
    [InlineData("64616")]
    public void Non_limb_codes_need_no_extremities(string code)
    {
        var report = Engine.Validate(new ClaimBuilder().Line(code).Toxin("J0585", 100, 100));

        Assert.Empty(report.FindingsOf(RuleIds.ExtremityDetailRequired));
    }
}
