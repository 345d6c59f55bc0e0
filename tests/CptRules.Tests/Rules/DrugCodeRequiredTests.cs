using CptRules.Rules;

namespace CptRules.Tests.Rules;

public class DrugCodeRequiredTests
{
    [Theory]
    [InlineData("practitioner", "11")]
    [InlineData("practitioner", null)]
    [InlineData("asc", "24")]
    [InlineData("outpatient-hospital", null)]
    public void Procedure_without_a_toxin_line_fails_where_the_biller_reports_the_drug(string setting, string? placeOfService)
    {
        var report = Engine.Validate(new ClaimBuilder().Setting(setting).PlaceOfService(placeOfService).Limbs("64644", "rue:6"));

        var finding = Assert.Single(report.FindingsOf(RuleIds.DrugCodeRequired));
        Assert.Equal(1, finding.LineNumber);
        Assert.Equal("/lines/0/code", finding.Pointer);
        Assert.Contains("has no botulinum toxin line (J0585–J0589)", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("22")]
    [InlineData("19")]
    [InlineData("24")]
    public void Practitioner_in_a_facility_leaves_the_drug_to_the_facility(string placeOfService)
    {
        var report = Engine.Validate(new ClaimBuilder().PlaceOfService(placeOfService).Limbs("64644", "rue:6"));

        Assert.Empty(report.FindingsOf(RuleIds.DrugCodeRequired));
    }

    [Fact]
    public void Toxin_line_on_the_same_date_satisfies_the_rule()
    {
        var report = Engine.Validate(new ClaimBuilder().Limbs("64644", "rue:6").Toxin("J0588", 100, 100));

        Assert.Empty(report.FindingsOf(RuleIds.DrugCodeRequired));
    }

    [Fact]
    public void Toxin_on_another_date_does_not_cover_the_procedure()
    {
        var report = Engine.Validate(new ClaimBuilder().Limbs("64644", "rue:6").Line("J0585", 100, ["JZ"], administered: 100, dateOfService: "2025-03-15"));

        Assert.Single(report.FindingsOf(RuleIds.DrugCodeRequired));
    }

    [Fact]
    public void Guidance_alone_is_not_a_chemodenervation_procedure()
    {
        var report = Engine.Validate(new ClaimBuilder().Line("95874"));

        Assert.Empty(report.FindingsOf(RuleIds.DrugCodeRequired));
    }
}
