using CptRules.Findings;
using CptRules.Rules;

namespace CptRules.Tests.Rules.Drugs;

public class DrugOffLabelTests
{
    [Fact]
    public void Myobloc_with_limb_chemodenervation_is_off_label()
    {
        var report = Engine.Validate(new ClaimBuilder().Limbs("64644", "rue:6").Toxin("J0587", 40, 4000));

        var finding = Assert.Single(report.DrugRuleFindings());
        Assert.Equal(Outcome.PassWithWarnings, report.Outcome);
        Assert.Equal(RuleIds.DrugOffLabel, finding.RuleId);
        Assert.Equal(FindingSeverity.Warning, finding.Severity);
        Assert.Equal(2, finding.LineNumber);
        Assert.Equal("/lines/1/code", finding.Pointer);
        Assert.Equal(
            "J0587 rimabotulinumtoxinB (Myobloc) has no labelled limb use, but is billed with 64644 (line 1) on 2025-03-14: that use is off-label.",
            finding.Message);
        Assert.Equal(
            "Check that J0587 is the product given; if it is, document why the off-label use is medically necessary, as MAC coverage of off-label use varies. Products labelled for this use: J0585, J0586, J0588.",
            finding.Suggestion);
    }

    [Theory]
    [InlineData("J0587", 10, 1000, "64642", "rue:3")]
    [InlineData("J0587", 10, 1000, "64643", "lue:3")]
    [InlineData("J0587", 10, 1000, "64644", "rle:6")]
    [InlineData("J0587", 10, 1000, "64645", "lle:5")]
    [InlineData("J0589", 100, 100, "64642", "rue:3")]
    [InlineData("J0589", 100, 100, "64643", "lue:3")]
    [InlineData("J0589", 100, 100, "64644", "rle:6")]
    [InlineData("J0589", 100, 100, "64645", "lle:5")]
    public void Products_without_a_limb_label_are_off_label_with_any_limb_code(string toxin, int units, int administered, string limbCode, string limb)
    {
        var report = Engine.Validate(new ClaimBuilder().Limbs(limbCode, limb).Toxin(toxin, units, administered));

        var finding = Assert.Single(report.FindingsOf(RuleIds.DrugOffLabel));
        Assert.Equal("/lines/1/code", finding.Pointer);
        Assert.Contains($"has no labelled limb use, but is billed with {limbCode} (line 1)", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Products_without_a_limb_label_are_off_label_even_before_the_limbs_are_detailed()
    {
        var report = Engine.Validate(new ClaimBuilder().Line("64644").Toxin("J0589", 100, 100));

        var finding = Assert.Single(report.FindingsOf(RuleIds.DrugOffLabel));
        Assert.EndsWith("Products labelled for this use: J0585, J0586, J0588.", finding.Suggestion, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("rle")]
    [InlineData("lle")]
    public void Xeomin_for_a_lower_limb_is_off_label(string limb)
    {
        var report = Engine.Validate(new ClaimBuilder().Limbs("64644", $"{limb}:6").Toxin("J0588", 200, 200));

        var finding = Assert.Single(report.DrugRuleFindings());
        Assert.Equal(RuleIds.DrugOffLabel, finding.RuleId);
        Assert.Equal("/lines/1/code", finding.Pointer);
        Assert.Equal(
            $"J0588 incobotulinumtoxinA (Xeomin) is labelled for upper-limb use only, but {limb} (a lower limb) is treated with 64644 (line 1) on 2025-03-14: that use is off-label.",
            finding.Message);
        Assert.EndsWith("Products labelled for this use: J0585, J0586.", finding.Suggestion, StringComparison.Ordinal);
    }

    [Fact]
    public void Xeomin_for_an_arm_and_a_leg_names_the_leg()
    {
        var report = Engine.Validate(new ClaimBuilder().Limbs("64644", "rue:6").Limbs("64643", "lle:3").Toxin("J0588", 300, 300));

        var finding = Assert.Single(report.FindingsOf(RuleIds.DrugOffLabel));
        Assert.Equal(3, finding.LineNumber);
        Assert.Contains("but lle (a lower limb) is treated with 64643 (line 2)", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Xeomin_for_upper_limbs_only_is_on_label()
    {
        var report = Engine.Validate(new ClaimBuilder().Limbs("64644", "rue:6").Limbs("64645", "lue:5").Toxin("J0588", 400, 400));

        Assert.Empty(report.FindingsOf(RuleIds.DrugOffLabel));
    }

    [Fact]
    public void Xeomin_with_a_limb_code_but_no_limb_detail_is_not_flagged()
    {
        var report = Engine.Validate(new ClaimBuilder().Line("64644").Toxin("J0588", 200, 200));

        Assert.Empty(report.FindingsOf(RuleIds.DrugOffLabel));
    }

    [Theory]
    [InlineData("J0585", 400, 400)]
    [InlineData("J0586", 300, 1500)]
    public void Botox_and_Dysport_are_labelled_for_every_limb(string toxin, int units, int administered)
    {
        var report = Engine.Validate(new ClaimBuilder()
            .Limbs("64644", "rue:6")
            .Limbs("64645", "lue:5", "rle:7", "lle:5")
            .Toxin(toxin, units, administered));

        Assert.Empty(report.FindingsOf(RuleIds.DrugOffLabel));
    }

    [Theory]
    [InlineData("J0587", 50, 5000, "64616")]
    [InlineData("J0589", 100, 100, "64616")]
    [InlineData("J0587", 50, 5000, "64646")]
    [InlineData("J0588", 100, 100, "64647")]
    [InlineData("J0589", 100, 100, "64612")]
    public void Non_limb_procedures_are_never_off_label(string toxin, int units, int administered, string procedure)
    {
        var report = Engine.Validate(new ClaimBuilder().Line(procedure).Toxin(toxin, units, administered));

        Assert.Empty(report.FindingsOf(RuleIds.DrugOffLabel));
    }

    [Fact]
    public void A_limb_code_on_another_date_does_not_make_the_toxin_off_label()
    {
        var report = Engine.Validate(new ClaimBuilder()
            .Line("64616")
            .Toxin("J0587", 50, 5000)
            .Line("64644", limbs: ["rue:6"], dateOfService: "2025-06-20")
            .Line("J0585", 200, ["JZ"], administered: 200, dateOfService: "2025-06-20"));

        Assert.Empty(report.FindingsOf(RuleIds.DrugOffLabel));
    }

    [Fact]
    public void One_finding_per_product_and_date_on_its_administered_line()
    {
        var report = Engine.Validate(new ClaimBuilder()
            .Limbs("64644", "rue:6")
            .Line("J0587", 10, ["JW"])
            .Line("J0587", 40, administered: 4000));

        var finding = Assert.Single(report.FindingsOf(RuleIds.DrugOffLabel));
        Assert.Equal(3, finding.LineNumber);
        Assert.Equal("/lines/2/code", finding.Pointer);
    }

    [Fact]
    public void Each_off_label_product_gets_its_own_finding()
    {
        var report = Engine.Validate(new ClaimBuilder()
            .Limbs("64644", "rle:6")
            .Toxin("J0585", 100, 100)
            .Toxin("J0588", 100, 100)
            .Toxin("J0589", 100, 100));

        Assert.Equal(["/lines/2/code", "/lines/3/code"], report.FindingsOf(RuleIds.DrugOffLabel).Select(f => f.Pointer));
    }
}
