using CptRules.Findings;
using CptRules.Rules;

namespace CptRules.Tests.Rules.Drugs;

public class DrugBilledByFacilityTests
{
    /// <summary>The facility places of service of domain-rules §6.</summary>
    private static readonly string[] Facilities = ["19", "21", "22", "23", "24", "26", "31", "34", "41", "42", "51", "52", "53", "56", "61"];

    public static TheoryData<string> FacilityPlaces => new(Facilities);

    /// <summary>Every setting with no place, non-facility places (office, home) and every facility place.</summary>
    public static TheoryData<string, string?> SettingsAndPlaces
    {
        get
        {
            var data = new TheoryData<string, string?>();
            foreach (var setting in new[] { "practitioner", "asc", "outpatient-hospital" })
            {
                data.Add(setting, null);
                data.Add(setting, "11");
                data.Add(setting, "12");
                foreach (var place in Facilities)
                {
                    data.Add(setting, place);
                }
            }

            return data;
        }
    }

    [Fact]
    public void Practitioner_in_on_campus_outpatient_hospital_billing_J0585_bills_the_drug_twice()
    {
        var report = Engine.Validate(new ClaimBuilder().PlaceOfService("22").Limbs("64644", "rue:6").Toxin("J0585", 200, 200));

        var finding = Assert.Single(report.DrugRuleFindings());
        Assert.Equal(Outcome.Fail, report.Outcome);
        Assert.Equal(RuleIds.DrugBilledByFacility, finding.RuleId);
        Assert.Equal(FindingSeverity.Error, finding.Severity);
        Assert.Equal(2, finding.LineNumber);
        Assert.Equal("/lines/1/code", finding.Pointer);
        Assert.Equal(
            "J0585 is billed on a practitioner claim in place of service 22 (On campus-outpatient hospital): there the facility buys the toxin and bills it on its own claim, so this line bills the drug twice.",
            finding.Message);
        Assert.StartsWith("Remove the J0585 line; the facility reports the drug.", finding.Suggestion, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(FacilityPlaces))]
    public void Practitioner_in_any_facility_place_of_service_may_not_bill_the_toxin(string placeOfService)
    {
        var report = Engine.Validate(new ClaimBuilder().PlaceOfService(placeOfService).Limbs("64644", "rue:6").Toxin("J0588", 200, 200));

        var finding = Assert.Single(report.FindingsOf(RuleIds.DrugBilledByFacility));
        Assert.Equal("/lines/1/code", finding.Pointer);
        Assert.Contains($"place of service {placeOfService} (", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_toxin_line_gets_its_own_finding_including_the_discarded_amount_line()
    {
        var report = Engine.Validate(new ClaimBuilder()
            .PlaceOfService("19")
            .Limbs("64644", "rue:6")
            .Line("J0585", 155, administered: 155)
            .Line("J0585", 45, ["JW"]));

        var findings = report.FindingsOf(RuleIds.DrugBilledByFacility);
        Assert.Equal(["/lines/1/code", "/lines/2/code"], findings.Select(f => f.Pointer));
        Assert.Equal([2, 3], findings.Select(f => f.LineNumber));
    }

    [Theory]
    [InlineData("asc", "24")]
    [InlineData("asc", null)]
    [InlineData("outpatient-hospital", "22")]
    [InlineData("outpatient-hospital", null)]
    public void Facility_claims_bill_the_drug_themselves(string setting, string? placeOfService)
    {
        var report = Engine.Validate(new ClaimBuilder().Setting(setting).PlaceOfService(placeOfService).Limbs("64644", "rue:6").Toxin("J0585", 200, 200));

        Assert.Empty(report.DrugRuleFindings());
    }

    [Theory]
    [InlineData("11")]
    [InlineData("12")]
    [InlineData(null)]
    public void Practitioner_outside_a_facility_bills_the_drug(string? placeOfService)
    {
        var report = Engine.Validate(new ClaimBuilder().PlaceOfService(placeOfService).Limbs("64644", "rue:6").Toxin("J0585", 200, 200));

        Assert.Empty(report.DrugRuleFindings());
    }

    [Fact]
    public void Non_drug_lines_in_a_facility_are_not_findings()
    {
        var report = Engine.Validate(new ClaimBuilder().PlaceOfService("22").Limbs("64644", "rue:6").Limbs("64643", "lue:3").Line("95874", modifiers: ["26"]));

        Assert.Empty(report.FindingsOf(RuleIds.DrugBilledByFacility));
    }

    [Theory]
    [MemberData(nameof(SettingsAndPlaces))]
    public void Drug_code_required_and_drug_billed_by_facility_never_both_fire_and_one_always_covers_a_wrong_drug_choice(string setting, string? placeOfService)
    {
        var withoutDrug = Engine.Validate(new ClaimBuilder().Setting(setting).PlaceOfService(placeOfService).Limbs("64644", "rue:6"));
        var withDrug = Engine.Validate(new ClaimBuilder().Setting(setting).PlaceOfService(placeOfService).Limbs("64644", "rue:6").Toxin("J0585", 200, 200));

        foreach (var report in new[] { withoutDrug, withDrug })
        {
            Assert.False(
                report.FindingsOf(RuleIds.DrugCodeRequired).Count > 0 && report.FindingsOf(RuleIds.DrugBilledByFacility).Count > 0,
                "DRUG-CODE-REQUIRED and DRUG-BILLED-BY-FACILITY fired on one claim.");
        }

        // Exactly one of the two claims is right: the one with the drug where this biller bought it, the one without where the facility did.
        var facilityBillsDrug = withDrug.FindingsOf(RuleIds.DrugBilledByFacility).Count > 0;
        Assert.Equal(facilityBillsDrug, withoutDrug.FindingsOf(RuleIds.DrugCodeRequired).Count == 0);
        Assert.Equal(setting == "practitioner" && placeOfService is not (null or "11" or "12"), facilityBillsDrug);
    }
}
