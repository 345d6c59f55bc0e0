using CptRules.Findings;
using CptRules.Rules;

namespace CptRules.Tests.Rules.Drugs;

public class DrugUnitsMismatchTests
{
    [Theory]
    [InlineData("J0586", 500, 100)]
    [InlineData("J0586", 503, 101)]
    [InlineData("J0586", 501, 101)]
    [InlineData("J0585", 155, 155)]
    [InlineData("J0585", 155.5, 156)]
    [InlineData("J0588", 400, 400)]
    public void Billed_units_are_the_administered_amount_in_billing_units_rounded_up(string code, double administered, int units)
    {
        var report = Engine.Validate(new ClaimBuilder().Limbs("64644", "rue:6").Toxin(code, units, (decimal)administered));

        Assert.Empty(report.FindingsOf(RuleIds.DrugUnitsMismatch));
    }

    [Fact]
    public void Five_thousand_units_of_Myobloc_is_J0587_times_50()
    {
        var report = Engine.Validate(new ClaimBuilder().Line("64616").Toxin("J0587", 50, 5000));

        Assert.Empty(report.FindingsOf(RuleIds.DrugUnitsMismatch));
    }

    [Fact]
    public void Dysport_503_units_billed_as_100_says_the_expected_units_and_the_arithmetic()
    {
        var report = Engine.Validate(new ClaimBuilder().Limbs("64644", "rue:6").Toxin("J0586", 100, 503));

        var finding = Assert.Single(report.DrugRuleFindings());
        Assert.Equal(Outcome.Fail, report.Outcome);
        Assert.Equal(RuleIds.DrugUnitsMismatch, finding.RuleId);
        Assert.Equal(FindingSeverity.Error, finding.Severity);
        Assert.Equal(2, finding.LineNumber);
        Assert.Equal("/lines/1/units", finding.Pointer);
        Assert.Equal(
            "J0586 bills abobotulinumtoxinA (Dysport) in billing units of 5 units: 503 given ÷ 5 = 100.6, rounded up to 101 billing units, but the line bills 100.",
            finding.Message);
        Assert.StartsWith("Bill J0586 × 101;", finding.Suggestion, StringComparison.Ordinal);
    }

    [Fact]
    public void Dysport_billed_in_product_units_instead_of_billing_units_fails()
    {
        var report = Engine.Validate(new ClaimBuilder().Limbs("64644", "rue:6").Toxin("J0586", 500, 500));

        var finding = Assert.Single(report.FindingsOf(RuleIds.DrugUnitsMismatch));
        Assert.Equal(
            "J0586 bills abobotulinumtoxinA (Dysport) in billing units of 5 units: 500 given ÷ 5 = 100 billing units, but the line bills 500.",
            finding.Message);
    }

    [Fact]
    public void Myobloc_billed_in_product_units_names_the_100_unit_billing_unit()
    {
        var report = Engine.Validate(new ClaimBuilder().Line("64616").Toxin("J0587", 5000, 5000));

        var finding = Assert.Single(report.FindingsOf(RuleIds.DrugUnitsMismatch));
        Assert.Contains("in billing units of 100 units: 5,000 given ÷ 100 = 50 billing units, but the line bills 5,000.", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Discarded_drug_billed_on_the_administered_line_points_to_a_separate_JW_line()
    {
        var report = Engine.Validate(new ClaimBuilder().Limbs("64644", "rue:6").Toxin("J0585", 200, 155));

        var finding = Assert.Single(report.FindingsOf(RuleIds.DrugUnitsMismatch));
        Assert.Equal("J0585 bills onabotulinumtoxinA (Botox) in billing units of 1 unit: 155 given ÷ 1 = 155 billing units, but the line bills 200.", finding.Message);
        Assert.StartsWith("Bill J0585 × 155 for the amount given, and any discarded amount on a separate J0585-JW line;", finding.Suggestion, StringComparison.Ordinal);
    }

    [Fact]
    public void JW_lines_are_not_compared_with_an_administered_amount()
    {
        var report = Engine.Validate(new ClaimBuilder()
            .Limbs("64644", "rue:6")
            .Line("J0585", 155, administered: 155)
            .Line("J0585", 45, ["JW"], administered: 200));

        Assert.Empty(report.FindingsOf(RuleIds.DrugUnitsMismatch));
    }

    [Fact]
    public void A_line_without_an_administered_amount_is_not_checked()
    {
        var report = Engine.Validate(new ClaimBuilder().Limbs("64644", "rue:6").Line("J0586", 7, ["JZ"]));

        Assert.Empty(report.FindingsOf(RuleIds.DrugUnitsMismatch));
    }

    [Fact]
    public void Each_mismatched_line_gets_its_own_finding()
    {
        var report = Engine.Validate(new ClaimBuilder()
            .Limbs("64644", "rue:6")
            .Limbs("64643", "lue:3")
            .Toxin("J0585", 100, 99)
            .Toxin("J0585", 50, 50)
            .Toxin("J0585", 10, 20));

        Assert.Equal(["/lines/2/units", "/lines/4/units"], report.FindingsOf(RuleIds.DrugUnitsMismatch).Select(f => f.Pointer));
    }

    [Fact]
    public void An_absurd_administered_amount_is_a_finding_not_an_overflow()
    {
        var report = Engine.Validate(new ClaimBuilder().Limbs("64644", "rue:6").Toxin("J0585", 1, decimal.MaxValue));

        var finding = Assert.Single(report.FindingsOf(RuleIds.DrugUnitsMismatch));
        Assert.Equal("/lines/1/units", finding.Pointer);
    }

    [Fact]
    public void Non_drug_lines_are_not_checked()
    {
        var report = Engine.Validate(new ClaimBuilder().Line("64644", limbs: ["rue:6"], administered: 3).Toxin("J0585", 100, 100));

        Assert.Empty(report.FindingsOf(RuleIds.DrugUnitsMismatch));
    }
}
