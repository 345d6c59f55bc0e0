using System.Globalization;
using CptRules.Claims;
using CptRules.Findings;
using CptRules.ReferenceData;
using CptRules.Rules;

namespace CptRules.Tests.Rules;

public class PtpConflictTests
{
    /// <summary>The codes of domain-rules §1 whose indicator-0 pairs must never slip through.</summary>
    private static readonly string[] ChemodenervationFamily =
        ["64612", "64613", "64614", "64615", "64616", "64617", "64642", "64643", "64644", "64645", "64646", "64647", "95873", "95874"];

    [Fact]
    public void Indicator_1_pair_without_a_modifier_conflicts_on_the_column_two_line()
    {
        var report = Engine.Validate(new ClaimBuilder().Line("64612").Line("20553").Toxin("J0585", 50, 50));

        var finding = Assert.Single(report.FindingsOf(RuleIds.PtpConflict));
        Assert.Equal(FindingSeverity.Error, finding.Severity);
        Assert.Equal(2, finding.LineNumber);
        Assert.Equal("/lines/1/code", finding.Pointer);
        Assert.Equal(
            "NCCI PTP edit 64612/20553 (practitioner table, modifier indicator 1: CPT Manual or CMS manual coding instruction): " +
            "20553 on line 2 is not paid with 64612 on line 1 on 2025-03-14 without a modifier that bypasses the edit, and line 2 carries none.",
            finding.Message);
        Assert.Equal(
            "If 20553 was truly distinct from 64612 (another encounter, structure or practitioner), append 59, XE, XP, XS or XU to line 2, " +
            "or RT/LT when it was on the other side from 64612; otherwise remove 20553.",
            finding.Suggestion);
        Assert.Contains("NCCI procedure-to-procedure edits", finding.Reference, StringComparison.Ordinal);
    }

    [Fact]
    public void Indicator_1_pair_with_59_on_the_column_two_line_passes()
    {
        var report = Engine.Validate(new ClaimBuilder().Line("64612").Line("20553", modifiers: ["59"]).Toxin("J0585", 50, 50));

        Assert.Empty(report.FindingsOf(RuleIds.PtpConflict));
    }

    [Theory]
    [InlineData("XE")]
    [InlineData("XP")]
    [InlineData("XS")]
    [InlineData("XU")]
    [InlineData("58")]
    [InlineData("78")]
    [InlineData("79")]
    [InlineData("E1")]
    [InlineData("FA")]
    [InlineData("F9")]
    [InlineData("T5")]
    [InlineData("LC")]
    [InlineData("RI")]
    [InlineData("xs")]
    public void Indicator_1_pair_is_bypassed_by_each_listed_modifier_on_the_column_two_line(string modifier)
    {
        var report = Engine.Validate(new ClaimBuilder().Line("64612").Line("20553", modifiers: ["JZ", modifier]));

        Assert.Empty(report.FindingsOf(RuleIds.PtpConflict));
    }

    [Theory]
    [InlineData("24", "24 (unrelated E/M service in the postoperative period) never bypasses a PTP edit")]
    [InlineData("27", "27 (multiple outpatient hospital E/M encounters on the same date) never bypasses a PTP edit")]
    [InlineData("57", "57 (decision for surgery) never bypasses a PTP edit")]
    [InlineData("91", "91 (repeat clinical diagnostic laboratory test) never bypasses a PTP edit")]
    [InlineData("25", "25 (significant, separately identifiable E/M service) bypasses an edit only on an E/M code")]
    public void Indicator_1_pair_is_not_bypassed_by_a_modifier_that_never_bypasses_and_the_message_says_why(string modifier, string why)
    {
        var report = Engine.Validate(new ClaimBuilder().Line("64612").Line("20553", modifiers: [modifier]));

        var finding = Assert.Single(report.FindingsOf(RuleIds.PtpConflict));
        Assert.Equal(2, finding.LineNumber);
        Assert.EndsWith($"without a modifier that bypasses the edit, and {why}.", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Modifier_that_does_not_concern_ptp_edits_does_not_bypass()
    {
        var report = Engine.Validate(new ClaimBuilder().Line("64612").Line("20553", modifiers: ["KX"]));

        var finding = Assert.Single(report.FindingsOf(RuleIds.PtpConflict));
        Assert.EndsWith("and line 2 carries none.", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bypass_modifier_on_the_column_one_line_does_not_bypass()
    {
        var report = Engine.Validate(new ClaimBuilder().Line("64612", modifiers: ["59"]).Line("20553"));

        var finding = Assert.Single(report.FindingsOf(RuleIds.PtpConflict));
        Assert.Equal(2, finding.LineNumber);
    }

    [Fact]
    public void Column_two_line_before_the_column_one_line_is_still_the_one_flagged()
    {
        var report = Engine.Validate(new ClaimBuilder().Line("20553").Line("64612"));

        var finding = Assert.Single(report.FindingsOf(RuleIds.PtpConflict));
        Assert.Equal(1, finding.LineNumber);
        Assert.Equal("/lines/0/code", finding.Pointer);
        Assert.Contains("20553 on line 1 is not paid with 64612 on line 2", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Indicator_0_pair_with_59_still_conflicts_and_the_suggestion_is_the_add_on_code()
    {
        var report = Engine.Validate(new ClaimBuilder().Limbs("64644", "rue:6").Line("64642", modifiers: ["59"], limbs: ["lue:3"]).Toxin("J0585", 200, 200));

        var finding = Assert.Single(report.FindingsOf(RuleIds.PtpConflict));
        Assert.Equal(2, finding.LineNumber);
        Assert.Equal("/lines/1/code", finding.Pointer);
        Assert.Equal(
            "NCCI PTP edit 64644/64642 (practitioner table, modifier indicator 0: CPT Manual or CMS manual coding instruction): " +
            "64642 on line 2 is not paid with 64644 on line 1 on 2025-03-14, whatever the modifier.",
            finding.Message);
        Assert.Equal(
            "Bill one extremity base code per date of service: keep 64644 and report each other extremity with 64643 (1–4 muscles) or 64645 (5 or more muscles).",
            finding.Suggestion);
    }

    [Fact]
    public void Indicator_0_pair_outside_the_extremity_codes_is_never_billed_together()
    {
        var report = Engine.Validate(new ClaimBuilder().Limbs("64644", "rue:6").Line("95874").Line("95873", modifiers: ["XU"]).Toxin("J0585", 200, 200));

        var finding = Assert.Single(report.FindingsOf(RuleIds.PtpConflict));
        Assert.Equal(3, finding.LineNumber);
        Assert.Contains("NCCI PTP edit 95874/95873", finding.Message, StringComparison.Ordinal);
        Assert.Contains("modifier indicator 0", finding.Message, StringComparison.Ordinal);
        Assert.Equal("An indicator 0 pair is never paid together, whatever the modifier: remove 95873 and bill 95874.", finding.Suggestion);
    }

    [Fact]
    public void RT_on_the_same_side_as_the_column_one_limb_conflicts()
    {
        var report = Engine.Validate(new ClaimBuilder().Limbs("64642", "rue:3").Line("20553", modifiers: ["RT"]));

        var finding = Assert.Single(report.FindingsOf(RuleIds.PtpConflict));
        Assert.Equal(2, finding.LineNumber);
        Assert.EndsWith("and RT (right side) does not set it apart from 64642 on line 1, which is on the same side.", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RT_on_the_other_side_from_the_column_one_limb_passes()
    {
        var report = Engine.Validate(new ClaimBuilder().Limbs("64642", "lue:3").Line("20553", modifiers: ["RT"]));

        Assert.Empty(report.FindingsOf(RuleIds.PtpConflict));
    }

    [Theory]
    [InlineData("RT", "LT", false)]
    [InlineData("LT", "RT", false)]
    [InlineData("RT", "RT", true)]
    [InlineData("LT", "LT", true)]
    public void Column_one_side_from_its_own_RT_LT_modifier_decides_whether_RT_LT_bypass(string column1Side, string column2Side, bool conflicts)
    {
        var report = Engine.Validate(new ClaimBuilder().Line("64612", modifiers: [column1Side]).Line("20553", modifiers: [column2Side]));

        Assert.Equal(conflicts ? 1 : 0, report.FindingsOf(RuleIds.PtpConflict).Count);
    }

    [Fact]
    public void RT_LT_modifier_of_the_column_one_line_outranks_its_limbs()
    {
        var report = Engine.Validate(new ClaimBuilder().Line("64642", modifiers: ["LT"], limbs: ["rue:3"]).Line("20553", modifiers: ["RT"]));

        Assert.Empty(report.FindingsOf(RuleIds.PtpConflict));
    }

    [Fact]
    public void RT_bypasses_when_the_column_one_side_is_unknown()
    {
        var report = Engine.Validate(new ClaimBuilder().Line("64612").Line("20553", modifiers: ["RT"]));

        Assert.Empty(report.FindingsOf(RuleIds.PtpConflict));
    }

    [Fact]
    public void RT_bypasses_a_column_one_line_whose_limbs_are_on_both_sides()
    {
        var report = Engine.Validate(new ClaimBuilder()
            .Limbs("64644", "lue:6")
            .Limbs("64645", "rue:5", "lle:5")
            .Line("20553", modifiers: ["RT"]));

        // 64644 is the left arm, so RT is the other side; 64645 treats both sides, so its side is unknown.
        Assert.Empty(report.FindingsOf(RuleIds.PtpConflict));
    }

    [Fact]
    public void RT_bypasses_64643_with_limbs_on_both_sides_but_not_the_indicator_0_edit_of_64644()
    {
        var report = Engine.Validate(new ClaimBuilder()
            .Limbs("64644", "lue:6")
            .Limbs("64643", "rue:3", "lle:3")
            .Line("64450", modifiers: ["RT"])
            .Toxin("J0585", 200, 200));

        var finding = Assert.Single(report.FindingsOf(RuleIds.PtpConflict));
        Assert.Equal(3, finding.LineNumber);
        Assert.Contains("NCCI PTP edit 64644/64450", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RT_and_LT_together_on_the_column_two_line_do_not_bypass_a_column_one_line_on_one_side()
    {
        var report = Engine.Validate(new ClaimBuilder().Limbs("64642", "rue:3").Line("20553", modifiers: ["RT", "LT"]));

        Assert.Single(report.FindingsOf(RuleIds.PtpConflict));
    }

    [Fact]
    public void Fifty_nine_on_an_E_M_code_does_not_bypass_and_the_suggestion_is_25()
    {
        var report = Engine.Validate(new ClaimBuilder().Line("64612").Line("99213", modifiers: ["59"]));

        var finding = Assert.Single(report.FindingsOf(RuleIds.PtpConflict));
        Assert.Equal(2, finding.LineNumber);
        Assert.Equal("/lines/1/code", finding.Pointer);
        Assert.Contains("NCCI PTP edit 64612/99213 (practitioner table, modifier indicator 1", finding.Message, StringComparison.Ordinal);
        Assert.EndsWith("and 59 (distinct procedural service) does not bypass an edit on an E/M code (only 25 does).", finding.Message, StringComparison.Ordinal);
        Assert.Equal(
            "If the visit was a significant, separately identifiable E/M service beyond the usual evaluation before 64612, append 25 to line 2; otherwise remove 99213.",
            finding.Suggestion);
    }

    [Theory]
    [InlineData("XS")]
    [InlineData("RT")]
    [InlineData("E1")]
    [InlineData("79")]
    public void No_procedure_modifier_bypasses_an_edit_on_an_E_M_code(string modifier)
    {
        var report = Engine.Validate(new ClaimBuilder().Line("64616").Line("99214", modifiers: [modifier]));

        Assert.Single(report.FindingsOf(RuleIds.PtpConflict));
    }

    [Theory]
    [InlineData("99213")]
    [InlineData("G0463")]
    public void Twenty_five_on_an_E_M_code_passes(string visit)
    {
        var report = Engine.Validate(new ClaimBuilder().Line("64612").Line(visit, modifiers: ["25"]));

        Assert.Empty(report.FindingsOf(RuleIds.PtpConflict));
    }

    [Fact]
    public void Outpatient_hospital_table_differs_from_the_practitioner_table_for_64612_with_needle_EMG()
    {
        ClaimBuilder Claim(string setting) => new ClaimBuilder().Setting(setting).Line("64612").Line("95860", modifiers: ["59"]);

        var practitioner = Assert.Single(Engine.Validate(Claim("practitioner")).FindingsOf(RuleIds.PtpConflict));
        var asc = Assert.Single(Engine.Validate(Claim("asc")).FindingsOf(RuleIds.PtpConflict));
        Assert.Empty(Engine.Validate(Claim("outpatient-hospital")).FindingsOf(RuleIds.PtpConflict));

        Assert.Contains("NCCI PTP edit 64612/95860 (practitioner table, modifier indicator 0", practitioner.Message, StringComparison.Ordinal);
        Assert.Equal(practitioner.Message, asc.Message);
    }

    [Fact]
    public void Outpatient_hospital_indicator_1_pair_still_needs_a_modifier()
    {
        var report = Engine.Validate(new ClaimBuilder().Setting("outpatient-hospital").Line("64612").Line("95860"));

        var finding = Assert.Single(report.FindingsOf(RuleIds.PtpConflict));
        Assert.Contains("NCCI PTP edit 64612/95860 (outpatient hospital table, modifier indicator 1", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Outpatient_hospital_table_has_no_E_M_edits_with_the_family()
    {
        var report = Engine.Validate(new ClaimBuilder().Setting("outpatient-hospital").Line("64612").Line("G0463"));

        Assert.Empty(report.FindingsOf(RuleIds.PtpConflict));
    }

    [Theory]
    [InlineData("2012-06-01", true)]
    [InlineData("2013-03-31", true)]
    [InlineData("2013-04-01", false)]
    [InlineData("2025-03-14", false)]
    public void Deleted_row_applies_on_and_before_its_deletion_date_only(string dateOfService, bool conflicts)
    {
        // 64612/95869 (indicator 0) was deleted 2013-03-31 in the practitioner table.
        var report = Engine.Validate(new ClaimBuilder().On(dateOfService).Line("64612").Line("95869"));

        var findings = report.FindingsOf(RuleIds.PtpConflict);
        if (conflicts)
        {
            var finding = Assert.Single(findings);
            Assert.Contains("NCCI PTP edit 64612/95869 (practitioner table, modifier indicator 0", finding.Message, StringComparison.Ordinal);
        }
        else
        {
            Assert.Empty(findings);
        }
    }

    [Fact]
    public void Repeated_rows_for_a_pair_give_one_finding()
    {
        // On 2019-06-01 both 64612/99213 rows apply: the one deleted 2019-12-31 and the active one.
        var report = Engine.Validate(new ClaimBuilder().On("2019-06-01").Line("64612").Line("99213"));

        var finding = Assert.Single(report.FindingsOf(RuleIds.PtpConflict));
        Assert.Equal(2, finding.LineNumber);
    }

    [Fact]
    public void Most_restrictive_of_several_applicable_rows_governs()
    {
        var scrubber = new CustomData()
            .Append("ptpPractitioner", "64612,20553,2030-12-31,0,Mutually exclusive procedures")
            .Scrubber();
        ClaimBuilder Claim(string date) => new ClaimBuilder().On(date).Line("64612").Line("20553", modifiers: ["59"]);

        var finding = Assert.Single(scrubber.Validate(Claim("2025-03-14").Build()).FindingsOf(RuleIds.PtpConflict));
        Assert.Contains("NCCI PTP edit 64612/20553 (practitioner table, modifier indicator 0: Mutually exclusive procedures)", finding.Message, StringComparison.Ordinal);
        Assert.Empty(scrubber.Validate(Claim("2031-01-01").Build()).FindingsOf(RuleIds.PtpConflict));
    }

    [Fact]
    public void Indicator_9_row_is_not_an_edit()
    {
        var scrubber = new CustomData().Append("ptpPractitioner", "64646,64612,9999-12-31,9,Not an edit").Scrubber();

        var report = scrubber.Validate(new ClaimBuilder().Line("64646").Line("64612").Build());

        Assert.Empty(report.FindingsOf(RuleIds.PtpConflict));
    }

    [Fact]
    public void Each_column_two_line_gets_its_own_finding()
    {
        var report = Engine.Validate(new ClaimBuilder().Line("64612").Line("20553").Line("20553", modifiers: ["XS"]).Line("20553"));

        var findings = report.FindingsOf(RuleIds.PtpConflict);
        Assert.Equal([2, 4], findings.Select(f => f.LineNumber));
        Assert.Equal(["/lines/1/code", "/lines/3/code"], findings.Select(f => f.Pointer));
    }

    [Fact]
    public void Column_two_line_paired_with_two_column_one_codes_gets_one_finding_per_pair()
    {
        var report = Engine.Validate(new ClaimBuilder().Limbs("64644", "rue:6").Limbs("64645", "lue:5").Line("20553"));

        var findings = report.FindingsOf(RuleIds.PtpConflict);
        Assert.Equal(2, findings.Count);
        Assert.All(findings, f => Assert.Equal(3, f.LineNumber));
        Assert.Contains(findings, f => f.Message.Contains("NCCI PTP edit 64644/20553", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Message.Contains("NCCI PTP edit 64645/20553", StringComparison.Ordinal));
    }

    [Fact]
    public void Pair_on_different_dates_of_service_does_not_conflict()
    {
        var report = Engine.Validate(new ClaimBuilder().Line("64612").Line("20553", dateOfService: "2025-03-15"));

        Assert.Empty(report.FindingsOf(RuleIds.PtpConflict));
    }

    [Fact]
    public void Two_lines_of_one_code_conflict_only_when_the_table_pairs_the_code_with_itself()
    {
        var claim = new ClaimBuilder().Line("64646").Line("64646").Line("64646");
        var scrubber = new CustomData().Append("ptpPractitioner", "64646,64646,9999-12-31,0,Mutually exclusive procedures").Scrubber();

        Assert.Empty(Engine.Validate(claim).FindingsOf(RuleIds.PtpConflict));
        var findings = scrubber.Validate(claim.Build()).FindingsOf(RuleIds.PtpConflict);
        Assert.Equal([2, 3], findings.Select(f => f.LineNumber));
        Assert.All(findings, f => Assert.Contains("is not paid with 64646 on line 1", f.Message, StringComparison.Ordinal));
        Assert.Empty(scrubber.Validate(new ClaimBuilder().Line("64646").Build()).FindingsOf(RuleIds.PtpConflict));
    }

    [Fact]
    public void Claim_of_450_lines_flags_every_column_two_line()
    {
        var claim = new ClaimBuilder().Line("64612");
        for (var i = 1; i < 450; i++)
        {
            claim.Line("20553");
        }

        var findings = Engine.Validate(claim).FindingsOf(RuleIds.PtpConflict);

        Assert.Equal(449, findings.Count);
        Assert.Equal(Enumerable.Range(2, 449), findings.Select(f => f.LineNumber!.Value));
    }

    public static TheoryData<string, string, string> FamilyIndicator0Rows()
    {
        var rows = new TheoryData<string, string, string>();
        var seen = new HashSet<(string, string, string)>();
        foreach (var table in new[] { Engine.Data.PtpPractitioner, Engine.Data.PtpOutpatientHospital })
        {
            foreach (var edit in table.Edits)
            {
                if (edit.ModifierIndicator == PtpModifierIndicator.NotAllowed
                    && ChemodenervationFamily.Contains(edit.Column1)
                    && ChemodenervationFamily.Contains(edit.Column2)
                    && seen.Add((edit.Column1, edit.Column2, DateToTest(edit))))
                {
                    rows.Add(edit.Column1, edit.Column2, DateToTest(edit));
                }
            }
        }

        return rows;
    }

    [Fact]
    public void Family_indicator_0_rows_are_found_in_the_shipped_tables()
    {
        // Guards the theory below against walking nothing if the family filter or the data went wrong.
        Assert.Contains(FamilyIndicator0Rows(), row => (string)row[0] == "64644" && (string)row[1] == "64642");
        Assert.Contains(FamilyIndicator0Rows(), row => (string)row[0] == "64617" && (string)row[1] == "95874");
    }

    [Theory]
    [MemberData(nameof(FamilyIndicator0Rows))]
    public void Every_family_indicator_0_row_conflicts_in_each_setting_whose_table_has_it_active(string column1, string column2, string dateOfService)
    {
        var date = DateOnly.ParseExact(dateOfService, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        foreach (var (setting, careSetting) in new[] { ("practitioner", CareSetting.Practitioner), ("asc", CareSetting.Asc), ("outpatient-hospital", CareSetting.OutpatientHospital) })
        {
            var claim = new ClaimBuilder().Setting(setting).On(dateOfService);
            AddLine(claim, column1, "rue");
            AddLine(claim, column2, "lue");

            var findings = Engine.Validate(claim).FindingsOf(RuleIds.PtpConflict)
                .Where(f => f.LineNumber == 2 && f.Message.Contains($"NCCI PTP edit {column1}/{column2} ", StringComparison.Ordinal))
                .ToList();

            var rows = Engine.Data.PtpFor(careSetting).EditsWithColumn1(column1)
                .Where(e => e.Column2 == column2 && e.AppliesOn(date) && e.ModifierIndicator != PtpModifierIndicator.NotApplicable)
                .ToList();
            if (rows.Count == 0)
            {
                Assert.Empty(findings);
                continue;
            }

            // The lines carry no modifier, so an indicator-1 row in the other setting's table conflicts too.
            var indicator = rows.Any(e => e.ModifierIndicator == PtpModifierIndicator.NotAllowed) ? 0 : 1;
            var finding = Assert.Single(findings);
            Assert.Equal("/lines/1/code", finding.Pointer);
            Assert.Contains($"modifier indicator {indicator}", finding.Message, StringComparison.Ordinal);
        }
    }

    private static string DateToTest(PtpEdit edit) =>
        (edit.DeletionDate < new DateOnly(2025, 3, 14) ? edit.DeletionDate : new DateOnly(2025, 3, 14)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static void AddLine(ClaimBuilder claim, string code, string limb)
    {
        if (Engine.Data.Codes.For(code) is { IsExtremityCode: true, Muscles: { } muscles })
        {
            claim.Limbs(code, $"{limb}:{muscles.Minimum}");
        }
        else
        {
            claim.Line(code);
        }
    }
}
