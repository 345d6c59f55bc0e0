using CptRules.Findings;
using CptRules.Rules;

namespace CptRules.Tests.Rules.Drugs;

public class DrugDoseAboveLabelTests
{
    [Fact]
    public void Botox_above_400_units_in_one_session_is_a_warning_on_the_administered_amount()
    {
        var report = Engine.Validate(new ClaimBuilder().Limbs("64644", "rue:6").Toxin("J0585", 401, 401));

        var finding = Assert.Single(report.DrugRuleFindings());
        Assert.Equal(Outcome.PassWithWarnings, report.Outcome);
        Assert.Equal(RuleIds.DrugDoseAboveLabel, finding.RuleId);
        Assert.Equal(FindingSeverity.Warning, finding.Severity);
        Assert.Equal(2, finding.LineNumber);
        Assert.Equal("/lines/1/administeredAmount", finding.Pointer);
        Assert.Equal(
            "J0585 onabotulinumtoxinA (Botox) on 2025-03-14: 401 units given (line 2) is above the label maximum of 400 units per session.",
            finding.Message);
        Assert.StartsWith("Check the administered amount and units.", finding.Suggestion, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("J0585", 400, 400)]
    [InlineData("J0586", 300, 1500)]
    [InlineData("J0588", 400, 400)]
    public void A_dose_at_the_label_maximum_passes(string code, int units, int administered)
    {
        var report = Engine.Validate(new ClaimBuilder().Limbs("64644", "rue:6").Toxin(code, units, administered));

        Assert.Empty(report.FindingsOf(RuleIds.DrugDoseAboveLabel));
    }

    [Theory]
    [InlineData("J0586", 301, 1501, "1,501 units given (line 2) is above the label maximum of 1,500 units")]
    [InlineData("J0588", 401, 401, "401 units given (line 2) is above the label maximum of 400 units")]
    public void Each_product_is_held_to_its_own_label_maximum(string code, int units, int administered, string expected)
    {
        var report = Engine.Validate(new ClaimBuilder().Limbs("64644", "rue:6").Toxin(code, units, administered));

        var finding = Assert.Single(report.FindingsOf(RuleIds.DrugDoseAboveLabel));
        Assert.Contains(expected, finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_lines_of_one_product_on_one_date_are_added_together_into_one_finding()
    {
        var report = Engine.Validate(new ClaimBuilder()
            .Limbs("64644", "rue:6")
            .Limbs("64643", "lue:3")
            .Toxin("J0585", 250, 250)
            .Toxin("J0585", 200, 200));

        var finding = Assert.Single(report.FindingsOf(RuleIds.DrugDoseAboveLabel));
        Assert.Equal(3, finding.LineNumber);
        Assert.Equal("/lines/2/administeredAmount", finding.Pointer);
        Assert.Contains("450 units given (lines 3, 4)", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Discarded_JW_units_do_not_count_toward_the_dose()
    {
        var report = Engine.Validate(new ClaimBuilder()
            .Limbs("64644", "rue:6")
            .Line("J0585", 400, administered: 400)
            .Line("J0585", 100, ["JW"]));

        Assert.Empty(report.FindingsOf(RuleIds.DrugDoseAboveLabel));
    }

    [Fact]
    public void Doses_on_different_dates_are_separate_sessions()
    {
        var report = Engine.Validate(new ClaimBuilder()
            .Limbs("64644", "rue:6")
            .Toxin("J0585", 300, 300)
            .Line("64644", limbs: ["rue:6"], dateOfService: "2025-06-20")
            .Line("J0585", 300, ["JZ"], administered: 300, dateOfService: "2025-06-20"));

        Assert.Empty(report.FindingsOf(RuleIds.DrugDoseAboveLabel));
    }

    [Fact]
    public void Different_products_on_one_date_are_not_added_together()
    {
        var report = Engine.Validate(new ClaimBuilder()
            .Limbs("64644", "rue:6")
            .Limbs("64643", "lue:3")
            .Toxin("J0585", 300, 300)
            .Toxin("J0588", 300, 300));

        Assert.Empty(report.FindingsOf(RuleIds.DrugDoseAboveLabel));
    }

    [Fact]
    public void Two_products_above_their_labels_get_one_finding_each()
    {
        var report = Engine.Validate(new ClaimBuilder()
            .Limbs("64644", "rue:6")
            .Limbs("64643", "lue:3")
            .Toxin("J0585", 500, 500)
            .Toxin("J0588", 450, 450));

        Assert.Equal([3, 4], report.FindingsOf(RuleIds.DrugDoseAboveLabel).Select(f => f.LineNumber));
    }

    [Fact]
    public void Without_an_administered_amount_the_billed_units_times_the_billing_unit_count()
    {
        var report = Engine.Validate(new ClaimBuilder().Limbs("64644", "rue:6").Line("J0586", 301, ["JZ"]));

        var finding = Assert.Single(report.FindingsOf(RuleIds.DrugDoseAboveLabel));
        Assert.Equal("/lines/1/units", finding.Pointer);
        Assert.Contains(
            "1,505 units given (line 2, counting billed units × the billing unit where administeredAmount is not given) is above the label maximum of 1,500 units",
            finding.Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Without_an_administered_amount_300_units_of_Dysport_is_1500_and_passes()
    {
        var report = Engine.Validate(new ClaimBuilder().Limbs("64644", "rue:6").Line("J0586", 300, ["JZ"]));

        Assert.Empty(report.FindingsOf(RuleIds.DrugDoseAboveLabel));
    }

    [Theory]
    [InlineData("J0587", 200, 20000)]
    [InlineData("J0589", 600, 600)]
    public void Products_without_a_label_maximum_never_fire(string code, int units, int administered)
    {
        var report = Engine.Validate(new ClaimBuilder().Line("64616").Toxin(code, units, administered));

        Assert.Empty(report.FindingsOf(RuleIds.DrugDoseAboveLabel));
    }

    [Fact]
    public void Absurd_administered_amounts_are_a_finding_not_an_overflow()
    {
        var report = Engine.Validate(new ClaimBuilder()
            .Limbs("64644", "rue:6")
            .Toxin("J0585", 1, decimal.MaxValue)
            .Toxin("J0585", 1, decimal.MaxValue));

        Assert.Single(report.FindingsOf(RuleIds.DrugDoseAboveLabel));
    }
}
