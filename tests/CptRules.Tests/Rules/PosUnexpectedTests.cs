using CptRules.Findings;
using CptRules.Rules;

namespace CptRules.Tests.Rules;

public class PosUnexpectedTests
{
    private static ClaimBuilder LimbClaim() => new ClaimBuilder().Limbs("64644", "rue:6").Toxin("J0585", 200, 200);

    [Theory]
    [InlineData("11")]
    [InlineData("19")]
    [InlineData("22")]
    [InlineData("24")]
    public void Office_hospital_outpatient_and_ASC_places_pass(string pos)
    {
        var report = Engine.Validate(LimbClaim().PlaceOfService(pos));

        Assert.Empty(report.FindingsOf(RuleIds.PosUnexpected));
    }

    [Fact]
    public void Home_POS_12_warns_at_the_place_of_service()
    {
        var claim = LimbClaim().PlaceOfService("12");

        var report = Engine.Validate(claim);

        var finding = Assert.Single(report.FindingsOf(RuleIds.PosUnexpected));
        Assert.Equal(FindingSeverity.Warning, finding.Severity);
        Assert.Null(finding.LineNumber);
        Assert.Equal("/placeOfService", finding.Pointer);
        Assert.Equal(
            "Place of service '12' is not one where chemodenervation is expected: 11 (Office), 19 (Off campus-outpatient hospital), 22 (On campus-outpatient hospital), 24 (Ambulatory surgical center).",
            finding.Message);
        Assert.StartsWith("Correct the place of service", finding.Suggestion, StringComparison.Ordinal);
        JsonPointer.AssertResolves(claim.Request, finding.Pointer);
    }

    [Fact]
    public void A_known_but_unexpected_place_is_named()
    {
        var report = Engine.Validate(new ClaimBuilder().PlaceOfService("21").Limbs("64644", "rue:6"));

        var finding = Assert.Single(report.FindingsOf(RuleIds.PosUnexpected));
        Assert.StartsWith("Place of service 21 (Inpatient hospital) is not one where", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("asc")]
    [InlineData("practitioner")]
    public void Professional_and_ASC_claims_are_checked(string setting)
    {
        var report = Engine.Validate(LimbClaim().Setting(setting).PlaceOfService("12"));

        Assert.Single(report.FindingsOf(RuleIds.PosUnexpected));
    }

    [Fact]
    public void Outpatient_hospital_claim_with_POS_12_passes()
    {
        var report = Engine.Validate(LimbClaim().Setting("outpatient-hospital").PlaceOfService("12"));

        Assert.Empty(report.FindingsOf(RuleIds.PosUnexpected));
    }

    [Fact]
    public void Claim_without_a_place_of_service_passes()
    {
        var report = Engine.Validate(LimbClaim().PlaceOfService(null));

        Assert.Empty(report.FindingsOf(RuleIds.PosUnexpected));
    }

    [Theory]
    [InlineData("1")]
    [InlineData("011")]
    [InlineData("")]
    public void A_malformed_place_of_service_is_not_an_expected_one(string pos)
    {
        var report = Engine.Validate(LimbClaim().PlaceOfService(pos));

        var finding = Assert.Single(report.FindingsOf(RuleIds.PosUnexpected));
        Assert.Equal("/placeOfService", finding.Pointer);
    }

    [Fact]
    public void The_rule_catalog_lists_the_expected_places_from_the_data()
    {
        var definition = Engine.Scrubber.Rules.Single(r => r.Id == RuleIds.PosUnexpected);

        Assert.Equal("A given place of service is not 11, 19, 22, 24 (not checked on outpatient-hospital claims).", definition.Description);
    }
}
