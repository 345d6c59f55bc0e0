using CptRules.Findings;
using CptRules.Rules;

namespace CptRules.Tests.Rules;

public class AddOnWithoutPrimaryTests
{
    [Fact]
    public void Contract_example_passes_clean()
    {
        var report = Engine.Validate(ClaimBuilder.ContractExample());

        Assert.Equal(Outcome.Pass, report.Outcome);
        Assert.Empty(report.Findings);
    }

    [Fact]
    public void Contract_failing_example_reports_64645_without_64644_exactly_as_documented()
    {
        var claim = new ClaimBuilder()
            .Diagnoses("I69.351", "G80.1")
            .PriorTreatment("2024-12-01")
            .Line("64642", modifiers: ["RT"], limbs: ["rue:3"])
            .Line("64645", modifiers: ["LT"], limbs: ["lue:5"])
            .Toxin("J0585", 300, 300);

        var report = Engine.Validate(claim);

        var finding = Assert.Single(report.Findings);
        Assert.Equal(Outcome.Fail, report.Outcome);
        Assert.Equal(new FindingCounts(1, 0, 0), report.Counts);
        Assert.Equal(RuleIds.AddOnWithoutPrimary, finding.RuleId);
        Assert.Equal(FindingSeverity.Error, finding.Severity);
        Assert.Equal(2, finding.LineNumber);
        Assert.Equal("/lines/1/code", finding.Pointer);
        Assert.Equal("64645 is an add-on code and needs 64644 on the same date of service.", finding.Message);
        Assert.Equal("Report the extremity with the most muscles as 64644 (5 or more muscles).", finding.Suggestion);
        Assert.Equal("NCCI add-on code edits, type 1", finding.Reference);
    }

    [Fact]
    public void Worked_example_1_six_and_three_muscles_is_64644_plus_64643()
    {
        var report = Engine.Validate(new ClaimBuilder().Limbs("64644", "rue:6").Limbs("64643", "lue:3").Toxin("J0585", 200, 200));

        Assert.Empty(report.Findings);
    }

    [Fact]
    public void Worked_example_1_miscoded_as_64642_plus_64645_fails_on_the_add_on()
    {
        var report = Engine.Validate(new ClaimBuilder().Limbs("64642", "lue:3").Limbs("64645", "rue:6").Toxin("J0585", 200, 200));

        var finding = Assert.Single(report.FindingsOf(RuleIds.AddOnWithoutPrimary));
        Assert.Equal(2, finding.LineNumber);
    }

    [Fact]
    public void Worked_example_2_four_limbs_with_five_or_more_muscles_is_64644_plus_64645_times_3()
    {
        var report = Engine.Validate(new ClaimBuilder()
            .Limbs("64644", "rue:6")
            .Limbs("64645", "lue:5", "rle:7", "lle:5")
            .Toxin("J0585", 400, 400));

        Assert.Empty(report.Findings);
    }

    [Theory]
    [InlineData("64642")]
    [InlineData("64644")]
    public void Add_on_64643_accepts_either_base_code(string primary)
    {
        var muscles = primary == "64642" ? 2 : 5;
        var report = Engine.Validate(new ClaimBuilder().Limbs(primary, $"rue:{muscles}").Limbs("64643", "lue:2").Toxin("J0585", 100, 100));

        Assert.Empty(report.FindingsOf(RuleIds.AddOnWithoutPrimary));
    }

    [Fact]
    public void Add_on_64643_alone_names_both_primaries()
    {
        var report = Engine.Validate(new ClaimBuilder().Limbs("64643", "lue:2").Toxin("J0585", 100, 100));

        var finding = Assert.Single(report.FindingsOf(RuleIds.AddOnWithoutPrimary));
        Assert.Equal("64643 is an add-on code and needs 64642 or 64644 on the same date of service.", finding.Message);
        Assert.Contains("64642 (1–4 muscles) or 64644 (5 or more muscles)", finding.Suggestion, StringComparison.Ordinal);
    }

    [Fact]
    public void Guidance_add_on_95874_needs_a_chemodenervation_primary()
    {
        var alone = Engine.Validate(new ClaimBuilder().Line("95874"));
        var withPrimary = Engine.Validate(new ClaimBuilder().Limbs("64644", "rue:5").Line("95874").Toxin("J0585", 100, 100));

        var finding = Assert.Single(alone.FindingsOf(RuleIds.AddOnWithoutPrimary));
        Assert.StartsWith("95874 is an add-on code and needs 64612 or 64615 or 64616 or 64642", finding.Message, StringComparison.Ordinal);
        Assert.Empty(withPrimary.FindingsOf(RuleIds.AddOnWithoutPrimary));
    }

    [Fact]
    public void Guidance_95873_is_not_paid_with_laryngeal_64617()
    {
        var report = Engine.Validate(new ClaimBuilder().Line("64617").Line("95873").Toxin("J0585", 50, 50));

        Assert.Single(report.FindingsOf(RuleIds.AddOnWithoutPrimary));
    }

    [Fact]
    public void Primary_must_be_on_the_same_date_of_service_as_the_add_on()
    {
        var report = Engine.Validate(new ClaimBuilder()
            .Limbs("64644", "rue:6")
            .Line("64645", limbs: ["lue:5"], dateOfService: "2025-03-15")
            .Toxin("J0585", 300, 300));

        var finding = Assert.Single(report.FindingsOf(RuleIds.AddOnWithoutPrimary));
        Assert.Equal(2, finding.LineNumber);
    }

    [Fact]
    public void Line_date_override_can_bring_the_add_on_to_its_primary()
    {
        var report = Engine.Validate(new ClaimBuilder()
            .On("2025-03-14")
            .Line("64644", limbs: ["rue:6"], dateOfService: "2025-03-15")
            .Line("64645", limbs: ["lue:5"], dateOfService: "2025-03-15")
            .Line("J0585", 300, ["JZ"], administered: 300, dateOfService: "2025-03-15"));

        Assert.Empty(report.Findings);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public void Add_on_whose_edits_leave_other_primaries_to_the_MAC_passes_without_a_listed_primary(int editType)
    {
        var scrubber = new CustomData().Append("addOnCodes", $"64616,76942,{editType}").Scrubber();

        var report = scrubber.Validate(new ClaimBuilder().Line("76942").Build());

        Assert.Empty(report.FindingsOf(RuleIds.AddOnWithoutPrimary));
    }

    [Fact]
    public void Add_on_with_a_type_1_edit_needs_a_listed_primary()
    {
        var scrubber = new CustomData().Append("addOnCodes", "64616,76942,1").Scrubber();

        var report = scrubber.Validate(new ClaimBuilder().Line("76942").Build());

        Assert.Equal("76942 is an add-on code and needs 64616 on the same date of service.", Assert.Single(report.FindingsOf(RuleIds.AddOnWithoutPrimary)).Message);
    }
}
