using CptRules.Findings;
using CptRules.Rules;

namespace CptRules.Tests.Rules;

public class DiagnosisRequiredTests
{
    [Fact]
    public void Claim_without_a_diagnoses_array_fails_at_the_whole_request()
    {
        var claim = new ClaimBuilder().NoDiagnoses().Limbs("64644", "rue:6").Toxin("J0585", 200, 200);

        var report = Engine.Validate(claim);

        var finding = Assert.Single(report.FindingsOf(RuleIds.DiagnosisRequired));
        Assert.Equal(Outcome.Fail, report.Outcome);
        Assert.Equal(FindingSeverity.Error, finding.Severity);
        Assert.Null(finding.LineNumber);
        Assert.Equal(string.Empty, finding.Pointer);
        Assert.Contains("no diagnoses", finding.Message, StringComparison.Ordinal);
        Assert.Contains("diagnosisPointers", finding.Suggestion, StringComparison.Ordinal);
        JsonPointer.AssertResolves(claim.Request, finding.Pointer);
    }

    [Fact]
    public void Claim_with_an_empty_diagnoses_array_fails_at_the_array()
    {
        var claim = new ClaimBuilder().Diagnoses().Limbs("64644", "rue:6").Toxin("J0585", 200, 200);

        var report = Engine.Validate(claim);

        var finding = Assert.Single(report.FindingsOf(RuleIds.DiagnosisRequired));
        Assert.Null(finding.LineNumber);
        Assert.Equal("/diagnoses", finding.Pointer);
        Assert.Contains("diagnoses is empty", finding.Message, StringComparison.Ordinal);
        JsonPointer.AssertResolves(claim.Request, finding.Pointer);
    }

    [Fact]
    public void Claim_without_diagnoses_gets_one_finding_however_many_lines_it_has()
    {
        var report = Engine.Validate(new ClaimBuilder().NoDiagnoses().Limbs("64644", "rue:6").Limbs("64643", "lue:2").Line("64646").Toxin("J0585", 300, 300));

        Assert.Single(report.FindingsOf(RuleIds.DiagnosisRequired));
    }

    [Fact]
    public void Claim_with_one_diagnosis_passes()
    {
        var report = Engine.Validate(new ClaimBuilder().Diagnoses("G80.1").Limbs("64644", "rue:6").Toxin("J0585", 200, 200));

        Assert.Empty(report.FindingsOf(RuleIds.DiagnosisRequired));
    }

    [Fact]
    public void A_malformed_diagnosis_still_counts_as_a_diagnosis()
    {
        var report = Engine.Validate(new ClaimBuilder().Diagnoses("12345").Limbs("64644", "rue:6").Toxin("J0585", 200, 200));

        Assert.Empty(report.FindingsOf(RuleIds.DiagnosisRequired));
    }
}
