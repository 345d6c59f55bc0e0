using CptRules.Findings;
using CptRules.Rules;

namespace CptRules.Tests.Rules;

public class MueExceededTests
{
    [Fact]
    public void Same_extremity_base_code_on_both_sides_exceeds_its_MUE_and_the_suggestion_names_the_add_on()
    {
        var report = Engine.Validate(new ClaimBuilder()
            .Line("64642", modifiers: ["RT"], limbs: ["rue:3"])
            .Line("64642", modifiers: ["LT"], limbs: ["lue:2"])
            .Toxin("J0585", 100, 100));

        var finding = Assert.Single(report.FindingsOf(RuleIds.MueExceeded));
        Assert.Equal(FindingSeverity.Error, finding.Severity);
        Assert.Equal(2, finding.LineNumber);
        Assert.Equal("/lines/1/units", finding.Pointer);
        Assert.Equal(
            "64642 is billed 2 units on 2025-03-14 (lines 1 and 2), but its MUE is 1 per date of service (practitioner table, " +
            "MAI 2: an absolute CMS policy limit; Medicare denies every unit of the code on that date, and an appeal cannot lift it; " +
            "rationale: Code Descriptor / CPT Instruction).",
            finding.Message);
        Assert.Equal("64642 reports one extremity: bill it once, and report each other extremity with its add-on code, 64643 (1–4 muscles).", finding.Suggestion);
        Assert.Contains("medically unlikely edits", finding.Reference, StringComparison.Ordinal);
    }

    [Fact]
    public void Base_code_64644_suggests_both_add_ons()
    {
        var report = Engine.Validate(new ClaimBuilder().Line("64644", units: 2, limbs: ["rue:5", "lue:6"]).Toxin("J0585", 300, 300));

        var finding = Assert.Single(report.FindingsOf(RuleIds.MueExceeded));
        Assert.Equal("/lines/0/units", finding.Pointer);
        Assert.Contains("billed 2 units on 2025-03-14 (line 1)", finding.Message, StringComparison.Ordinal);
        Assert.EndsWith("64643 (1–4 muscles) or 64645 (5 or more muscles).", finding.Suggestion, StringComparison.Ordinal);
    }

    [Fact]
    public void Units_at_the_limit_pass()
    {
        var report = Engine.Validate(new ClaimBuilder().Limbs("64644", "rue:6").Limbs("64645", "lue:5", "rle:5", "lle:5").Toxin("J0585", 400, 400));

        Assert.Empty(report.FindingsOf(RuleIds.MueExceeded));
    }

    [Fact]
    public void Add_on_units_are_summed_across_lines_of_one_date_and_the_line_passing_the_limit_is_flagged()
    {
        var report = Engine.Validate(new ClaimBuilder()
            .Limbs("64644", "rue:6")
            .Limbs("64645", "lue:5", "rle:5")
            .Limbs("64645", "lle:5")
            .Limbs("64645", "rue:5"));

        var finding = Assert.Single(report.FindingsOf(RuleIds.MueExceeded));
        Assert.Equal(4, finding.LineNumber);
        Assert.Equal("/lines/3/units", finding.Pointer);
        Assert.StartsWith("64645 is billed 4 units on 2025-03-14 (lines 2, 3 and 4), but its MUE is 3 per date of service", finding.Message, StringComparison.Ordinal);
        Assert.Equal("Bill at most 3 units of 64645 on one date of service; no modifier (not even 76/77) lifts an MAI 2 limit.", finding.Suggestion);
    }

    [Fact]
    public void Discarded_drug_JW_line_counts_toward_the_drug_MUE_and_the_clinical_MAI_3_is_appealable()
    {
        var report = Engine.Validate(new ClaimBuilder()
            .Limbs("64644", "rue:6")
            .Line("J0585", 500, ["JZ"], administered: 500)
            .Line("J0585", 150, ["JW"]));

        var finding = Assert.Single(report.FindingsOf(RuleIds.MueExceeded));
        Assert.Equal(3, finding.LineNumber);
        Assert.Equal("/lines/2/units", finding.Pointer);
        Assert.Equal(
            "J0585 is billed 650 units on 2025-03-14 (lines 2 and 3), but its MUE is 600 per date of service (practitioner table, " +
            "MAI 3: a clinical limit; Medicare denies every unit of the code on that date, but the denial can be appealed with documentation of medical necessity; " +
            "rationale: Clinical: Data).",
            finding.Message);
        Assert.Equal(
            "Bill at most 600 units of J0585 on one date of service (administered and discarded JW units count together), " +
            "or, if more were medically necessary, expect the denial and appeal it with the medical record.",
            finding.Suggestion);
    }

    [Fact]
    public void Drug_units_up_to_the_MUE_with_a_JW_line_pass()
    {
        var report = Engine.Validate(new ClaimBuilder().Limbs("64644", "rue:6").Line("J0585", 400, administered: 400).Line("J0585", 200, ["JW"]));

        Assert.Empty(report.FindingsOf(RuleIds.MueExceeded));
    }

    [Fact]
    public void Units_on_different_dates_of_service_are_not_summed()
    {
        var report = Engine.Validate(new ClaimBuilder()
            .Limbs("64642", "rue:3")
            .Line("64642", limbs: ["rue:3"], dateOfService: "2025-06-20"));

        Assert.Empty(report.FindingsOf(RuleIds.MueExceeded));
    }

    [Fact]
    public void Each_date_of_service_over_the_limit_gets_its_own_finding()
    {
        var report = Engine.Validate(new ClaimBuilder()
            .Line("64646", units: 2)
            .Line("64646", dateOfService: "2025-06-20")
            .Line("64646", dateOfService: "2025-06-20"));

        var findings = report.FindingsOf(RuleIds.MueExceeded);
        Assert.Equal([1, 3], findings.Select(f => f.LineNumber));
        Assert.Contains("on 2025-06-20 (lines 2 and 3)", findings[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void One_finding_per_code_per_date_however_many_lines_pass_the_limit()
    {
        var report = Engine.Validate(new ClaimBuilder().Line("64646").Line("64646").Line("64646"));

        var finding = Assert.Single(report.FindingsOf(RuleIds.MueExceeded));
        Assert.Equal(2, finding.LineNumber);
        Assert.Contains("billed 3 units", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("practitioner", "96372", 5, true)]
    [InlineData("asc", "96372", 5, true)]
    [InlineData("outpatient-hospital", "96372", 5, false)]
    [InlineData("practitioner", "99211", 2, true)]
    [InlineData("outpatient-hospital", "99211", 2, false)]
    public void Limit_comes_from_the_table_of_the_claims_setting(string setting, string code, int units, bool exceeds)
    {
        var report = Engine.Validate(new ClaimBuilder().Setting(setting).Line(code, units));

        Assert.Equal(exceeds ? 1 : 0, report.FindingsOf(RuleIds.MueExceeded).Count);
    }

    [Fact]
    public void Outpatient_hospital_finding_names_its_table()
    {
        var report = Engine.Validate(new ClaimBuilder().Setting("outpatient-hospital").Line("96372", 6));

        var finding = Assert.Single(report.FindingsOf(RuleIds.MueExceeded));
        Assert.Contains("its MUE is 5 per date of service (outpatient hospital table, MAI 3", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Practitioner_G0463_has_MUE_0_as_the_data_says()
    {
        var practitioner = Engine.Validate(new ClaimBuilder().Line("G0463"));
        var hospital = Engine.Validate(new ClaimBuilder().Setting("outpatient-hospital").Line("G0463"));

        var finding = Assert.Single(practitioner.FindingsOf(RuleIds.MueExceeded));
        Assert.Equal("/lines/0/units", finding.Pointer);
        Assert.StartsWith("G0463 is billed 1 unit on 2025-03-14 (line 1), but its MUE is 0 per date of service (practitioner table, MAI 3", finding.Message, StringComparison.Ordinal);
        Assert.Equal("G0463 is not reportable on a claim judged by the practitioner table (MUE 0): remove it.", finding.Suggestion);
        Assert.Empty(hospital.FindingsOf(RuleIds.MueExceeded));
    }

    [Fact]
    public void Code_without_an_MUE_is_not_limited()
    {
        var report = Engine.Validate(new ClaimBuilder().Limbs("64644", "rue:6").Line("J0589", 5000, ["JZ"], administered: 5000));

        Assert.Empty(report.FindingsOf(RuleIds.MueExceeded));
    }

    [Fact]
    public void MAI_1_limit_applies_to_each_line_not_to_the_day()
    {
        var scrubber = new CustomData().Append("muePractitioner", "96372,2,1,Clinical: Data,Practitioner").Scrubber();

        var withinEachLine = scrubber.Validate(new ClaimBuilder().Line("96372", 2).Line("96372", 2).Build());
        var overOnOneLine = scrubber.Validate(new ClaimBuilder().Line("96372", 2).Line("96372", 3).Line("96372", 4).Build());

        Assert.Empty(withinEachLine.FindingsOf(RuleIds.MueExceeded));
        var findings = overOnOneLine.FindingsOf(RuleIds.MueExceeded);
        Assert.Equal(["/lines/1/units", "/lines/2/units"], findings.Select(f => f.Pointer));
        Assert.Equal(
            "96372 is billed 3 units on line 2, but its MUE is 2 per line (practitioner table, MAI 1: a per-line limit; Medicare denies the whole line; rationale: Clinical: Data).",
            findings[0].Message);
        Assert.StartsWith("Bill at most 2 units of 96372 on one line;", findings[0].Suggestion, StringComparison.Ordinal);
    }
}
