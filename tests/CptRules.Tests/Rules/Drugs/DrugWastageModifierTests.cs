using CptRules.Findings;
using CptRules.Rules;

namespace CptRules.Tests.Rules.Drugs;

public class DrugWastageModifierTests
{
    [Fact]
    public void Administered_line_without_JZ_or_a_JW_line_fails_and_explains_the_discarded_drug_policy()
    {
        var report = Engine.Validate(new ClaimBuilder().Limbs("64644", "rue:6").Line("J0585", 200, administered: 200));

        var finding = Assert.Single(report.DrugRuleFindings());
        Assert.Equal(Outcome.Fail, report.Outcome);
        Assert.Equal(RuleIds.DrugWastageModifier, finding.RuleId);
        Assert.Equal(FindingSeverity.Error, finding.Severity);
        Assert.Equal(2, finding.LineNumber);
        Assert.Equal("/lines/1/code", finding.Pointer);
        Assert.Equal(
            "J0585 on 2025-03-14 has neither JZ nor a separate J0585-JW line. Toxin vials are single-dose: from 2023-07-01 the CMS discarded-drug policy requires JZ on the administered line when nothing was discarded, or the discarded units billed on their own line with JW.",
            finding.Message);
        Assert.StartsWith("Add JZ to line 2 if the whole vial was given; otherwise add a line J0585-JW with the discarded amount", finding.Suggestion, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("practitioner", "11")]
    [InlineData("practitioner", null)]
    [InlineData("asc", "24")]
    [InlineData("outpatient-hospital", null)]
    public void Applies_in_every_setting_that_bills_the_drug(string setting, string? placeOfService)
    {
        var report = Engine.Validate(new ClaimBuilder().Setting(setting).PlaceOfService(placeOfService).Limbs("64644", "rue:6").Line("J0585", 200, administered: 200));

        Assert.Single(report.FindingsOf(RuleIds.DrugWastageModifier));
    }

    [Fact]
    public void Worked_example_100_units_from_a_100_unit_vial_is_J0585_JZ_times_100()
    {
        var report = Engine.Validate(new ClaimBuilder().Limbs("64644", "rue:6").Line("J0585", 100, ["JZ"], administered: 100));

        Assert.Empty(report.FindingsOf(RuleIds.DrugWastageModifier));
    }

    [Fact]
    public void A_JW_line_of_the_same_J_code_accounts_for_every_administered_line_of_that_drug_on_the_date()
    {
        var report = Engine.Validate(new ClaimBuilder()
            .Limbs("64644", "rue:6")
            .Line("J0585", 100, administered: 100)
            .Line("J0585", 55, administered: 55)
            .Line("J0585", 45, ["JW"]));

        Assert.Empty(report.FindingsOf(RuleIds.DrugWastageModifier));
    }

    [Fact]
    public void A_claim_dated_the_day_before_the_policy_needs_neither_modifier()
    {
        var report = Engine.Validate(new ClaimBuilder().On("2023-06-30").Limbs("64644", "rue:6").Line("J0585", 200, administered: 200));

        Assert.Empty(report.FindingsOf(RuleIds.DrugWastageModifier));
    }

    [Fact]
    public void A_claim_dated_the_first_day_of_the_policy_needs_one()
    {
        var report = Engine.Validate(new ClaimBuilder().On("2023-07-01").Limbs("64644", "rue:6").Line("J0585", 200, administered: 200));

        var finding = Assert.Single(report.FindingsOf(RuleIds.DrugWastageModifier));
        Assert.StartsWith("J0585 on 2023-07-01 has neither JZ nor", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2023-06-30", "2023-07-01", 1)]
    [InlineData("2023-07-01", "2023-06-30", 0)]
    public void The_line_s_own_date_of_service_decides_whether_the_policy_applies(string claimDate, string lineDate, int expected)
    {
        var report = Engine.Validate(new ClaimBuilder()
            .On(claimDate)
            .Line("64644", limbs: ["rue:6"], dateOfService: lineDate)
            .Line("J0585", 200, administered: 200, dateOfService: lineDate));

        Assert.Equal(expected, report.FindingsOf(RuleIds.DrugWastageModifier).Count);
    }

    [Fact]
    public void Each_uncovered_line_gets_its_own_finding()
    {
        var report = Engine.Validate(new ClaimBuilder()
            .Limbs("64644", "rue:6")
            .Line("J0585", 100, administered: 100)
            .Line("J0585", 50, ["JZ"], administered: 50)
            .Line("J0585", 20, administered: 20));

        Assert.Equal(["/lines/1/code", "/lines/3/code"], report.FindingsOf(RuleIds.DrugWastageModifier).Select(f => f.Pointer));
    }

    [Fact]
    public void A_JW_line_of_another_drug_does_not_cover_the_administered_line()
    {
        var report = Engine.Validate(new ClaimBuilder()
            .Limbs("64644", "rue:6")
            .Line("J0585", 155, administered: 155)
            .Line("J0586", 9, ["JW"]));

        // The J0586-JW line has no administered J0586 line of its own either.
        Assert.Equal(["/lines/1/code", "/lines/2/code"], report.FindingsOf(RuleIds.DrugWastageModifier).Select(f => f.Pointer));
    }

    [Fact]
    public void A_JW_line_on_another_date_does_not_cover_the_administered_line()
    {
        var report = Engine.Validate(new ClaimBuilder()
            .Limbs("64644", "rue:6")
            .Line("J0585", 155, administered: 155)
            .Line("J0585", 45, ["JW"], dateOfService: "2025-03-15"));

        Assert.Equal(["/lines/1/code", "/lines/2/code"], report.FindingsOf(RuleIds.DrugWastageModifier).Select(f => f.Pointer));
    }

    [Fact]
    public void A_JW_line_without_an_administered_line_of_its_drug_fails()
    {
        var report = Engine.Validate(new ClaimBuilder().Limbs("64644", "rue:6").Line("J0585", 45, ["JW"]));

        var finding = Assert.Single(report.FindingsOf(RuleIds.DrugWastageModifier));
        Assert.Equal(2, finding.LineNumber);
        Assert.Equal("/lines/1/code", finding.Pointer);
        Assert.Equal(
            "J0585-JW on 2025-03-14 bills only discarded units: JW reports what was left of the vial beside a line of the same J-code for the amount administered, and there is none.",
            finding.Message);
    }

    [Fact]
    public void JZ_and_JW_for_the_same_drug_on_one_date_fail_once_on_the_JZ_modifier()
    {
        var report = Engine.Validate(new ClaimBuilder()
            .Limbs("64644", "rue:6")
            .Line("J0585", 155, ["RT", "JZ"], administered: 155)
            .Line("J0585", 45, ["JW"])
            .Line("J0585", 5, ["JW"]));

        var finding = Assert.Single(report.DrugRuleFindings());
        Assert.Equal(RuleIds.DrugWastageModifier, finding.RuleId);
        Assert.Equal(2, finding.LineNumber);
        Assert.Equal("/lines/1/modifiers/1", finding.Pointer);
        Assert.StartsWith("J0585 on 2025-03-14: line 2 carries JZ and line 3 carries JW. JZ says nothing of the vial was discarded", finding.Message, StringComparison.Ordinal);
        Assert.Contains("CMS discarded-drug policy", finding.Message, StringComparison.Ordinal);
        Assert.Equal(
            "If part of the vial was discarded, keep the J0585-JW line with the discarded units and remove JZ; if nothing was discarded, remove the JW line and keep JZ.",
            finding.Suggestion);
    }

    [Fact]
    public void JZ_and_JW_on_one_line_fail()
    {
        var report = Engine.Validate(new ClaimBuilder().Limbs("64644", "rue:6").Line("J0585", 45, ["JW", "JZ"]));

        var finding = Assert.Single(report.FindingsOf(RuleIds.DrugWastageModifier));
        Assert.Equal("/lines/1/modifiers/1", finding.Pointer);
        Assert.StartsWith("J0585 on 2025-03-14: line 2 carries both.", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void JZ_on_one_drug_and_JW_on_another_do_not_conflict()
    {
        var report = Engine.Validate(new ClaimBuilder()
            .Limbs("64644", "rue:6")
            .Limbs("64643", "lue:3")
            .Line("J0585", 100, ["JZ"], administered: 100)
            .Line("J0586", 60, administered: 300)
            .Line("J0586", 40, ["JW"]));

        Assert.Empty(report.FindingsOf(RuleIds.DrugWastageModifier));
    }

    [Fact]
    public void JZ_and_JW_for_one_drug_on_different_dates_do_not_conflict()
    {
        var report = Engine.Validate(new ClaimBuilder()
            .Limbs("64644", "rue:6")
            .Line("J0585", 100, ["JZ"], administered: 100)
            .Line("64644", limbs: ["rue:6"], dateOfService: "2025-06-20")
            .Line("J0585", 155, administered: 155, dateOfService: "2025-06-20")
            .Line("J0585", 45, ["JW"], dateOfService: "2025-06-20"));

        Assert.Empty(report.FindingsOf(RuleIds.DrugWastageModifier));
    }

    [Fact]
    public void Modifiers_are_compared_in_upper_case()
    {
        var report = Engine.Validate(new ClaimBuilder().Limbs("64644", "rue:6").Line("J0585", 100, ["jz"], administered: 100));

        Assert.Empty(report.FindingsOf(RuleIds.DrugWastageModifier));
    }

    [Fact]
    public void Procedure_and_other_lines_need_no_wastage_modifier()
    {
        var report = Engine.Validate(new ClaimBuilder().Limbs("64644", "rue:6").Line("95874").Toxin("J0585", 100, 100));

        Assert.Empty(report.FindingsOf(RuleIds.DrugWastageModifier));
    }
}
