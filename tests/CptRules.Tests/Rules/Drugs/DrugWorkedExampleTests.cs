using CptRules.Findings;
using CptRules.Rules;

namespace CptRules.Tests.Rules.Drugs;

/// <summary>The drug billing examples of domain-rules §6 and §8, validated as the document says.</summary>
public class DrugWorkedExampleTests
{
    [Fact]
    public void Botox_155_units_from_a_200_unit_vial_is_J0585_times_155_and_J0585_JW_times_45()
    {
        var report = Engine.Validate(new ClaimBuilder()
            .Limbs("64644", "rue:6")
            .Line("J0585", 155, administered: 155)
            .Line("J0585", 45, ["JW"]));

        Assert.Empty(report.DrugRuleFindings());
        Assert.Equal(Outcome.Pass, report.Outcome);
    }

    [Fact]
    public void Dysport_500_units_is_J0586_times_100()
    {
        var report = Engine.Validate(new ClaimBuilder().Limbs("64644", "rue:6").Toxin("J0586", 100, 500));

        Assert.Empty(report.DrugRuleFindings());
        Assert.Equal(Outcome.Pass, report.Outcome);
    }

    [Fact]
    public void Myobloc_4000_units_from_a_5000_unit_vial_for_cervical_dystonia_is_J0587_times_40_and_J0587_JW_times_10()
    {
        var report = Engine.Validate(new ClaimBuilder()
            .Diagnoses("G24.3")
            .Line("64616")
            .Line("J0587", 40, administered: 4000)
            .Line("J0587", 10, ["JW"]));

        Assert.Empty(report.DrugRuleFindings());
        Assert.Equal(Outcome.Pass, report.Outcome);
    }

    [Fact]
    public void Myobloc_4000_units_from_a_5000_unit_vial_for_a_limb_is_billed_right_but_off_label()
    {
        var report = Engine.Validate(new ClaimBuilder()
            .Limbs("64644", "rue:6")
            .Line("J0587", 40, administered: 4000)
            .Line("J0587", 10, ["JW"]));

        var finding = Assert.Single(report.DrugRuleFindings());
        Assert.Equal(RuleIds.DrugOffLabel, finding.RuleId);
        Assert.Equal(2, finding.LineNumber);
    }

    [Fact]
    public void Botox_100_units_from_a_100_unit_vial_is_J0585_JZ_times_100()
    {
        var report = Engine.Validate(new ClaimBuilder().Limbs("64644", "rue:6").Line("J0585", 100, ["JZ"], administered: 100));

        Assert.Empty(report.DrugRuleFindings());
        Assert.Equal(Outcome.Pass, report.Outcome);
    }

    [Fact]
    public void Without_JZ_or_JW_a_claim_of_2023_06_30_passes_and_one_of_2023_07_01_fails()
    {
        ClaimBuilder Claim(string date) => new ClaimBuilder().On(date).Limbs("64644", "rue:6").Line("J0585", 155, administered: 155);

        Assert.Empty(Engine.Validate(Claim("2023-06-30")).DrugRuleFindings());
        var finding = Assert.Single(Engine.Validate(Claim("2023-07-01")).DrugRuleFindings());
        Assert.Equal(RuleIds.DrugWastageModifier, finding.RuleId);
    }

    [Fact]
    public void JZ_and_JW_for_the_same_drug_on_one_date_fails()
    {
        var report = Engine.Validate(new ClaimBuilder()
            .Limbs("64644", "rue:6")
            .Line("J0585", 155, ["JZ"], administered: 155)
            .Line("J0585", 45, ["JW"]));

        var finding = Assert.Single(report.DrugRuleFindings());
        Assert.Equal(RuleIds.DrugWastageModifier, finding.RuleId);
        Assert.Equal(Outcome.Fail, report.Outcome);
    }

    [Fact]
    public void Practitioner_in_POS_22_billing_J0585_fails_because_the_hospital_bills_the_drug()
    {
        var report = Engine.Validate(new ClaimBuilder().PlaceOfService("22").Limbs("64644", "rue:6").Toxin("J0585", 200, 200));

        var finding = Assert.Single(report.DrugRuleFindings());
        Assert.Equal(RuleIds.DrugBilledByFacility, finding.RuleId);
        Assert.Equal(Outcome.Fail, report.Outcome);
    }

    [Fact]
    public void Worked_example_5_neurologist_in_POS_22_bills_64644_and_95874_26_with_no_drug_line()
    {
        var report = Engine.Validate(new ClaimBuilder().PlaceOfService("22").Limbs("64644", "rue:6").Line("95874", modifiers: ["26"]));

        Assert.Empty(report.DrugRuleFindings());
    }

    [Theory]
    [InlineData("asc", "24")]
    [InlineData("outpatient-hospital", null)]
    public void ASC_and_hospital_outpatient_claims_bill_J0585_themselves(string setting, string? placeOfService)
    {
        var report = Engine.Validate(new ClaimBuilder()
            .Setting(setting)
            .PlaceOfService(placeOfService)
            .Limbs("64644", "rue:6")
            .Line("J0585", 155, administered: 155)
            .Line("J0585", 45, ["JW"]));

        Assert.Empty(report.DrugRuleFindings());
    }
}
