using CptRules.Findings;
using CptRules.Rules;

namespace CptRules.Tests.Rules;

public class DiagnosisInvalidTests
{
    private static ClaimBuilder LimbClaim(string dateOfService, params string[] diagnoses) =>
        new ClaimBuilder().On(dateOfService).Diagnoses(diagnoses).Limbs("64644", "rue:6").Toxin("J0585", 200, 200);

    [Fact]
    public void G35_is_billable_on_the_last_day_of_FY2025()
    {
        var report = Engine.Validate(LimbClaim("2025-09-30", "G35"));

        Assert.Empty(report.FindingsOf(RuleIds.DiagnosisInvalid));
    }

    [Fact]
    public void G35_is_invalid_from_2025_10_01_as_the_header_of_its_FY2026_replacements()
    {
        var claim = LimbClaim("2025-10-01", "G35");

        var report = Engine.Validate(claim);

        var finding = Assert.Single(report.FindingsOf(RuleIds.DiagnosisInvalid));
        Assert.Equal(FindingSeverity.Error, finding.Severity);
        Assert.Null(finding.LineNumber);
        Assert.Equal("/diagnoses/0", finding.Pointer);
        Assert.Equal(
            "G35 is a category header in the CDC ICD-10-CM FY2026 list (icd10cm_billable_fy2026.txt) in force on 2025-10-01, not a billable code: a more specific code is needed.",
            finding.Message);
        Assert.Equal("Report the code the medical record documents under G35: G35.A–G35.D (8 codes).", finding.Suggestion);
        JsonPointer.AssertResolves(claim.Request, finding.Pointer);
    }

    [Theory]
    [InlineData("G35.A")]
    [InlineData("G35.B1")]
    [InlineData("G35D")]
    public void Multiple_sclerosis_replacement_codes_are_valid_from_2025_10_01(string code)
    {
        var report = Engine.Validate(LimbClaim("2025-10-01", code));

        Assert.Empty(report.FindingsOf(RuleIds.DiagnosisInvalid));
    }

    [Fact]
    public void G35_A_is_not_yet_billable_in_FY2025()
    {
        var report = Engine.Validate(LimbClaim("2025-09-30", "G35.A"));

        var finding = Assert.Single(report.FindingsOf(RuleIds.DiagnosisInvalid));
        Assert.Equal(
            "G35.A is not a billable code in the CDC ICD-10-CM FY2025 list (icd10cm_billable_fy2025.txt) in force on 2025-09-30: it is mistyped, retired, or not yet in effect on that date.",
            finding.Message);
    }

    [Theory]
    [InlineData("G80", "G80.0–G80.9 (7 codes)")]
    [InlineData("G81.1", "G81.10–G81.14 (5 codes)")]
    [InlineData("I69.35", "I69.351–I69.359 (5 codes)")]
    [InlineData("G51.3", "G51.31–G51.39 (4 codes)")]
    [InlineData("G513", "G51.31–G51.39 (4 codes)")]
    public void A_category_header_is_invalid_and_the_finding_asks_for_a_more_specific_code(string header, string choices)
    {
        var report = Engine.Validate(LimbClaim("2025-03-14", header));

        var finding = Assert.Single(report.FindingsOf(RuleIds.DiagnosisInvalid));
        Assert.Equal("/diagnoses/0", finding.Pointer);
        Assert.Contains($"{header} is a category header in the CDC ICD-10-CM FY2025 list (icd10cm_billable_fy2025.txt)", finding.Message, StringComparison.Ordinal);
        Assert.Contains("a more specific code is needed", finding.Message, StringComparison.Ordinal);
        Assert.EndsWith($": {choices}.", finding.Suggestion, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("I69351")]
    [InlineData("I69.351")]
    [InlineData("i69.351")]
    [InlineData("i69351")]
    [InlineData("g80.1")]
    public void A_billable_code_is_valid_with_or_without_the_dot_and_in_either_case(string code)
    {
        var report = Engine.Validate(LimbClaim("2025-03-14", code));

        Assert.Empty(report.FindingsOf(RuleIds.DiagnosisInvalid));
    }

    [Theory]
    [InlineData("12345")]
    [InlineData("I6")]
    [InlineData("I69.35100")]
    [InlineData("I6935100")]
    [InlineData("I6.9351")]
    [InlineData("I69.")]
    [InlineData("G80..1")]
    [InlineData("I69-351")]
    [InlineData("")]
    public void A_malformed_code_is_invalid_whatever_the_date(string code)
    {
        foreach (var date in new[] { "2025-03-14", "2023-06-01" })
        {
            var claim = LimbClaim(date, "G80.1", code);

            var report = Engine.Validate(claim);

            var finding = Assert.Single(report.FindingsOf(RuleIds.DiagnosisInvalid));
            Assert.Equal("/diagnoses/1", finding.Pointer);
            Assert.StartsWith($"'{code}' is not an ICD-10-CM code: a code is a letter, a digit, a letter or digit, then optionally a dot and 1–4 letters or digits", finding.Message, StringComparison.Ordinal);
            JsonPointer.AssertResolves(claim.Request, finding.Pointer);
        }
    }

    [Theory]
    [InlineData("2024-09-30")]
    [InlineData("2026-10-01")]
    public void Outside_the_shipped_fiscal_years_only_the_shape_is_checked(string date)
    {
        var report = Engine.Validate(LimbClaim(date, "Z99.999", "G35", "G35.A", "G80"));

        Assert.Empty(report.FindingsOf(RuleIds.DiagnosisInvalid));
    }

    [Theory]
    [InlineData("2024-10-01", "icd10cm_billable_fy2025.txt")]
    [InlineData("2026-09-30", "icd10cm_billable_fy2026.txt")]
    public void The_first_and_last_days_of_the_shipped_years_are_checked_against_their_list(string date, string file)
    {
        var report = Engine.Validate(LimbClaim(date, "Z99.999"));

        var finding = Assert.Single(report.FindingsOf(RuleIds.DiagnosisInvalid));
        Assert.Contains(file, finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_invalid_diagnosis_gets_its_own_finding_at_its_own_index()
    {
        var report = Engine.Validate(LimbClaim("2025-03-14", "G51.3", "I69.351", "Z99.999", "12345"));

        var findings = report.FindingsOf(RuleIds.DiagnosisInvalid);
        Assert.Equal(["/diagnoses/0", "/diagnoses/2", "/diagnoses/3"], findings.Select(f => f.Pointer));
    }

    [Fact]
    public void The_contract_example_diagnoses_are_valid()
    {
        var report = Engine.Validate(ClaimBuilder.ContractExample());

        Assert.Empty(report.FindingsOf(RuleIds.DiagnosisInvalid));
    }

    [Fact]
    public void A_diagnosis_pointer_beyond_the_diagnoses_is_invalid_on_its_line()
    {
        var claim = new ClaimBuilder()
            .Diagnoses("G80.1", "I69.351")
            .Line("64644", limbs: ["rue:6"], pointers: [1, 3])
            .Toxin("J0585", 200, 200);

        var report = Engine.Validate(claim);

        var finding = Assert.Single(report.FindingsOf(RuleIds.DiagnosisInvalid));
        Assert.Equal(FindingSeverity.Error, finding.Severity);
        Assert.Equal(1, finding.LineNumber);
        Assert.Equal("/lines/0/diagnosisPointers/1", finding.Pointer);
        Assert.Equal("Diagnosis pointer 3 on 64644 names no diagnosis: pointers are 1-based positions in diagnoses, and the claim has 2.", finding.Message);
        Assert.Equal("Point the line to the diagnosis that justifies it by its position in diagnoses, 1 to 2.", finding.Suggestion);
        JsonPointer.AssertResolves(claim.Request, finding.Pointer);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void A_diagnosis_pointer_below_1_is_invalid(int pointer)
    {
        var report = Engine.Validate(new ClaimBuilder().Line("64644", limbs: ["rue:6"], pointers: [pointer]).Toxin("J0585", 200, 200));

        var finding = Assert.Single(report.FindingsOf(RuleIds.DiagnosisInvalid));
        Assert.Equal("/lines/0/diagnosisPointers/0", finding.Pointer);
    }

    [Fact]
    public void Diagnosis_pointers_within_the_diagnoses_pass()
    {
        var report = Engine.Validate(new ClaimBuilder()
            .Diagnoses("G80.1", "I69.351")
            .Line("64644", limbs: ["rue:6"], pointers: [2, 1])
            .Line("J0585", 200, ["JZ"], administered: 200, pointers: [1]));

        Assert.Empty(report.FindingsOf(RuleIds.DiagnosisInvalid));
    }

    [Fact]
    public void A_pointer_on_a_claim_without_diagnoses_is_invalid_besides_the_missing_diagnosis()
    {
        var report = Engine.Validate(new ClaimBuilder().Diagnoses().Line("64644", limbs: ["rue:6"], pointers: [1]).Toxin("J0585", 200, 200));

        var finding = Assert.Single(report.FindingsOf(RuleIds.DiagnosisInvalid));
        Assert.Equal("/lines/0/diagnosisPointers/0", finding.Pointer);
        Assert.Contains("the claim has none", finding.Message, StringComparison.Ordinal);
        Assert.Single(report.FindingsOf(RuleIds.DiagnosisRequired));
    }

    // Lines that carry their own date: the fiscal year is the services', not the claim header's.
    private static ClaimBuilder LinesOn(string header, string lines, params string[] diagnoses) =>
        new ClaimBuilder().On(header).Diagnoses(diagnoses)
            .Line("64644", limbs: ["rue:6"], dateOfService: lines)
            .Line("J0585", 100, ["JZ"], administered: 100, dateOfService: lines);

    [Fact]
    public void G35_A_is_billable_for_services_on_2025_10_02_under_a_header_date_of_2025_09_30()
    {
        var report = Engine.Validate(LinesOn("2025-09-30", "2025-10-02", "G35.A"));

        Assert.Empty(report.FindingsOf(RuleIds.DiagnosisInvalid));
    }

    [Fact]
    public void G35_is_retired_for_services_on_2025_10_02_under_a_header_date_of_2025_09_30()
    {
        var report = Engine.Validate(LinesOn("2025-09-30", "2025-10-02", "G35"));

        var finding = Assert.Single(report.FindingsOf(RuleIds.DiagnosisInvalid));
        Assert.Equal("/diagnoses/0", finding.Pointer);
        Assert.Contains("FY2026 list (icd10cm_billable_fy2026.txt) in force on 2025-10-02", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_header_is_invalid_for_FY2025_services_even_when_the_claim_header_date_is_outside_the_shipped_years()
    {
        var report = Engine.Validate(LinesOn("2024-09-30", "2025-03-14", "G80"));

        Assert.Equal("/diagnoses/0", Assert.Single(report.FindingsOf(RuleIds.DiagnosisInvalid)).Pointer);
    }

    [Fact]
    public void A_pointed_diagnosis_is_judged_by_the_dates_of_the_lines_pointing_to_it()
    {
        // G35 is pointed to only by the FY2025 session; the FY2026 session points to G35.A.
        var report = Engine.Validate(new ClaimBuilder().On("2025-09-30").Diagnoses("G35", "G35.A")
            .Line("64644", limbs: ["rue:6"], pointers: [1])
            .Line("J0585", 100, ["JZ"], administered: 100, pointers: [1])
            .Line("64644", limbs: ["rue:6"], dateOfService: "2026-01-05", pointers: [2])
            .Line("J0585", 100, ["JZ"], administered: 100, dateOfService: "2026-01-05", pointers: [2]));

        Assert.Empty(report.FindingsOf(RuleIds.DiagnosisInvalid));
    }

    [Fact]
    public void A_diagnosis_no_line_points_to_is_judged_on_every_date_and_reported_once()
    {
        var report = Engine.Validate(new ClaimBuilder().On("2025-10-01").Diagnoses("G35")
            .Line("64644", limbs: ["rue:6"])
            .Line("J0585", 100, ["JZ"], administered: 100)
            .Line("64644", limbs: ["rue:6"], dateOfService: "2026-01-05")
            .Line("J0585", 100, ["JZ"], administered: 100, dateOfService: "2026-01-05"));

        Assert.Contains("in force on 2025-10-01", Assert.Single(report.FindingsOf(RuleIds.DiagnosisInvalid)).Message, StringComparison.Ordinal);
    }
}
