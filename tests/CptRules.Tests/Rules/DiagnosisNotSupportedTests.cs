using CptRules.Findings;
using CptRules.Rules;

namespace CptRules.Tests.Rules;

public class DiagnosisNotSupportedTests
{
    private const string MuscleSpasm = "M62.838";
    private const string Migraine = "G43.909";

    [Fact]
    public void Limb_line_with_only_unsupported_claim_diagnoses_warns_on_its_code()
    {
        var claim = new ClaimBuilder().Diagnoses(MuscleSpasm, Migraine).Limbs("64644", "rue:6").Toxin("J0585", 200, 200);

        var report = Engine.Validate(claim);

        var finding = Assert.Single(report.FindingsOf(RuleIds.DiagnosisNotSupported));
        Assert.Equal(Outcome.PassWithWarnings, report.Outcome);
        Assert.Equal(FindingSeverity.Warning, finding.Severity);
        Assert.Equal(1, finding.LineNumber);
        Assert.Equal("/lines/0/code", finding.Pointer);
        Assert.Equal("None of the claim's diagnoses (M62.838, G43.909) is in a family that supports limb chemodenervation (64644) on 2025-03-14.", finding.Message);
        Assert.StartsWith("If the record documents spasticity or dystonia, report that diagnosis and point the line to it (cerebral palsy, hemiplegia,", finding.Suggestion, StringComparison.Ordinal);
        Assert.EndsWith("otherwise check the payer's LCD, which may deny 64644 for this diagnosis.", finding.Suggestion, StringComparison.Ordinal);
        JsonPointer.AssertResolves(claim.Request, finding.Pointer);
    }

    [Fact]
    public void Every_limb_line_64642_to_64645_is_checked()
    {
        var report = Engine.Validate(new ClaimBuilder()
            .Diagnoses(MuscleSpasm)
            .Limbs("64644", "rue:6")
            .Limbs("64645", "lue:5")
            .Limbs("64643", "rle:2")
            .Line("64642", limbs: ["lle:2"], dateOfService: "2025-03-15")
            .Toxin("J0585", 400, 400));

        Assert.Equal([1, 2, 3, 4], report.FindingsOf(RuleIds.DiagnosisNotSupported).Select(f => f.LineNumber));
    }

    [Theory]
    [InlineData("64646")]
    [InlineData("64647")]
    [InlineData("64616")]
    [InlineData("64612")]
    public void Codes_other_than_64642_to_64645_are_not_checked(string code)
    {
        var report = Engine.Validate(new ClaimBuilder().Diagnoses(MuscleSpasm).Line(code).Toxin("J0585", 100, 100));

        Assert.Empty(report.FindingsOf(RuleIds.DiagnosisNotSupported));
    }

    [Fact]
    public void One_supporting_diagnosis_among_the_claims_supports_a_line_that_points_to_none()
    {
        var report = Engine.Validate(new ClaimBuilder().Diagnoses(MuscleSpasm, "G80.1").Limbs("64644", "rue:6").Toxin("J0585", 200, 200));

        Assert.Empty(report.FindingsOf(RuleIds.DiagnosisNotSupported));
    }

    [Fact]
    public void A_line_that_points_is_judged_by_its_pointed_diagnoses_not_the_claims()
    {
        var claim = new ClaimBuilder()
            .Diagnoses(MuscleSpasm, "G80.1")
            .Line("64644", limbs: ["rue:6"], pointers: [1])
            .Line("64643", limbs: ["lue:2"], pointers: [2])
            .Toxin("J0585", 200, 200);

        var report = Engine.Validate(claim);

        var finding = Assert.Single(report.FindingsOf(RuleIds.DiagnosisNotSupported));
        Assert.Equal(1, finding.LineNumber);
        Assert.Equal("/lines/0/diagnosisPointers", finding.Pointer);
        Assert.Equal("64644 points to M62.838, and none is in a family that supports limb chemodenervation on 2025-03-14.", finding.Message);
        JsonPointer.AssertResolves(claim.Request, finding.Pointer);
    }

    [Fact]
    public void A_pointed_supporting_diagnosis_passes_even_when_the_claims_others_do_not_support()
    {
        var report = Engine.Validate(new ClaimBuilder()
            .Diagnoses(MuscleSpasm, Migraine, "I69.351")
            .Line("64644", limbs: ["rue:6"], pointers: [1, 3])
            .Toxin("J0585", 200, 200));

        Assert.Empty(report.FindingsOf(RuleIds.DiagnosisNotSupported));
    }

    [Fact]
    public void A_line_whose_pointers_name_no_diagnosis_points_to_none_and_is_judged_by_the_claims_diagnoses()
    {
        var supported = Engine.Validate(new ClaimBuilder().Diagnoses("G80.1").Line("64644", limbs: ["rue:6"], pointers: [2]).Toxin("J0585", 200, 200));
        var unsupported = Engine.Validate(new ClaimBuilder().Diagnoses("M54.50").Line("64644", limbs: ["rue:6"], pointers: [0]).Toxin("J0585", 200, 200));

        // The bad pointer itself is DIAGNOSIS-INVALID, on the pointer.
        Assert.Empty(supported.FindingsOf(RuleIds.DiagnosisNotSupported));
        Assert.Equal("/lines/0/diagnosisPointers/0", Assert.Single(supported.FindingsOf(RuleIds.DiagnosisInvalid)).Pointer);
        Assert.Equal("/lines/0/code", Assert.Single(unsupported.FindingsOf(RuleIds.DiagnosisNotSupported)).Pointer);
    }

    [Fact]
    public void A_claim_without_diagnoses_is_left_to_DIAGNOSIS_REQUIRED()
    {
        var absent = Engine.Validate(new ClaimBuilder().NoDiagnoses().Limbs("64644", "rue:6").Toxin("J0585", 200, 200));
        var empty = Engine.Validate(new ClaimBuilder().Diagnoses().Limbs("64644", "rue:6").Toxin("J0585", 200, 200));

        Assert.Empty(absent.FindingsOf(RuleIds.DiagnosisNotSupported));
        Assert.Empty(empty.FindingsOf(RuleIds.DiagnosisNotSupported));
        Assert.Single(absent.FindingsOf(RuleIds.DiagnosisRequired));
        Assert.Single(empty.FindingsOf(RuleIds.DiagnosisRequired));
    }

    [Theory]
    [InlineData("G80.1")]
    [InlineData("G80.9")]
    [InlineData("G81.14")]
    [InlineData("G81.91")]
    [InlineData("G82.21")]
    [InlineData("G82.53")]
    [InlineData("G83.12")]
    [InlineData("G83.21")]
    [InlineData("G83.34")]
    [InlineData("I69.031")]
    [InlineData("I69.164")]
    [InlineData("I69.251")]
    [InlineData("I69.351")]
    [InlineData("I69.869")]
    [InlineData("I69.965")]
    [InlineData("G24.02")]
    [InlineData("G24.1")]
    [InlineData("G24.2")]
    [InlineData("G24.8")]
    [InlineData("G24.9")]
    [InlineData("G11.4")]
    [InlineData("G04.1")]
    [InlineData("G35")]
    [InlineData("S06.0X1S")]
    [InlineData("S14.101S")]
    [InlineData("S24.101S")]
    [InlineData("S34.101S")]
    public void Each_supporting_family_of_domain_rules_7_supports_a_limb_line(string diagnosis)
    {
        var report = Engine.Validate(new ClaimBuilder().Diagnoses(diagnosis).Limbs("64644", "rue:6").Toxin("J0585", 200, 200));

        Assert.Empty(report.FindingsOf(RuleIds.DiagnosisInvalid));
        Assert.Empty(report.FindingsOf(RuleIds.DiagnosisNotSupported));
    }

    [Theory]
    [InlineData("G24.3")]
    [InlineData("G81.01")]
    [InlineData("G24.5")]
    [InlineData("G83.4")]
    [InlineData("G83.81")]
    [InlineData("I69.321")]
    [InlineData("I69.391")]
    [InlineData("G11.3")]
    [InlineData("S06.0X1A")]
    [InlineData("S14.101D")]
    public void Neighbours_of_the_supporting_families_do_not_support_a_limb_line(string diagnosis)
    {
        var report = Engine.Validate(new ClaimBuilder().Diagnoses(diagnosis).Limbs("64644", "rue:6").Toxin("J0585", 200, 200));

        Assert.Empty(report.FindingsOf(RuleIds.DiagnosisInvalid));
        Assert.Single(report.FindingsOf(RuleIds.DiagnosisNotSupported));
    }

    [Fact]
    public void Multiple_sclerosis_G35_supports_until_2025_09_30_and_G35_A_from_2025_10_01()
    {
        var g35Before = Engine.Validate(new ClaimBuilder().On("2025-09-30").Diagnoses("G35").Limbs("64644", "rue:6").Toxin("J0585", 200, 200));
        var g35After = Engine.Validate(new ClaimBuilder().On("2025-10-01").Diagnoses("G35").Limbs("64644", "rue:6").Toxin("J0585", 200, 200));
        var g35AAfter = Engine.Validate(new ClaimBuilder().On("2025-10-01").Diagnoses("G35.A").Limbs("64644", "rue:6").Toxin("J0585", 200, 200));

        Assert.Empty(g35Before.FindingsOf(RuleIds.DiagnosisNotSupported));
        Assert.Single(g35After.FindingsOf(RuleIds.DiagnosisNotSupported));
        Assert.Empty(g35AAfter.FindingsOf(RuleIds.DiagnosisNotSupported));
    }

    [Fact]
    public void The_family_is_judged_on_the_lines_own_date_of_service()
    {
        var report = Engine.Validate(new ClaimBuilder()
            .On("2025-09-30")
            .Diagnoses("G35")
            .Limbs("64644", "rue:6")
            .Line("64644", limbs: ["rue:6"], dateOfService: "2025-10-01")
            .Toxin("J0585", 200, 200));

        var finding = Assert.Single(report.FindingsOf(RuleIds.DiagnosisNotSupported));
        Assert.Equal(2, finding.LineNumber);
        Assert.Contains("on 2025-10-01", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_contract_example_is_supported()
    {
        Assert.Empty(Engine.Validate(ClaimBuilder.ContractExample()).FindingsOf(RuleIds.DiagnosisNotSupported));
    }
}
