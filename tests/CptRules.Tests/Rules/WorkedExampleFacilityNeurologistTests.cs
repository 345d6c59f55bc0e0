using CptRules.Findings;

namespace CptRules.Tests.Rules;

/// <summary>domain-rules §8.5: the practitioner's half of a hospital outpatient visit, checked by every rule at once.</summary>
public class WorkedExampleFacilityNeurologistTests
{
    [Fact]
    public void Neurologist_in_the_hospital_outpatient_department_billing_64644_and_95874_26_without_a_drug_line_has_no_error()
    {
        var claim = new ClaimBuilder()
            .Setting("practitioner")
            .PlaceOfService("22")
            .Line("64644", limbs: ["rue:5"])
            .Line("95874", modifiers: ["26"]);

        var report = Engine.Validate(claim);

        Assert.DoesNotContain(report.Findings, f => f.Severity == FindingSeverity.Error);
        Assert.Equal(0, report.Counts.Error);
        Assert.NotEqual(Outcome.Fail, report.Outcome);
    }
}
