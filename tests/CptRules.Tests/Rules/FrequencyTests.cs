using CptRules.Findings;
using CptRules.Rules;

namespace CptRules.Tests.Rules;

public class FrequencyTests
{
    // The default date of service is 2025-03-14: 2024-12-20 is 84 days before it, 2024-12-21 is 83.
    private static ClaimBuilder LimbClaim(string? prior) => new ClaimBuilder().PriorTreatment(prior).Limbs("64644", "rue:6").Toxin("J0585", 200, 200);

    [Fact]
    public void Policy_sets_the_minimum_interval_at_84_days()
    {
        Assert.Equal(84, Engine.Data.Policy.MinimumDaysBetweenTreatments);
        Assert.Contains("fewer than 84 days", Engine.Scrubber.Rules.Single(r => r.Id == RuleIds.Frequency).Description, StringComparison.Ordinal);
    }

    [Fact]
    public void A_prior_treatment_83_days_before_warns_at_the_prior_treatment_date()
    {
        var claim = LimbClaim("2024-12-21");

        var report = Engine.Validate(claim);

        var finding = Assert.Single(report.FindingsOf(RuleIds.Frequency));
        Assert.Equal(Outcome.PassWithWarnings, report.Outcome);
        Assert.Equal(FindingSeverity.Warning, finding.Severity);
        Assert.Null(finding.LineNumber);
        Assert.Equal("/priorTreatmentDate", finding.Pointer);
        Assert.Equal(
            "The previous limb or trunk chemodenervation (2024-12-21) was 83 days before this one (2025-03-14); treatments are expected at least 84 days apart.",
            finding.Message);
        Assert.Equal(
            "Check priorTreatmentDate; if it is right, document why the treatment could not wait until 2025-03-15, as the payer may deny an early repeat.",
            finding.Suggestion);
        JsonPointer.AssertResolves(claim.Request, finding.Pointer);
    }

    [Theory]
    [InlineData("2024-12-20")]
    [InlineData("2024-12-01")]
    [InlineData("2023-03-14")]
    public void A_prior_treatment_84_days_or_more_before_passes(string prior)
    {
        var report = Engine.Validate(LimbClaim(prior));

        Assert.Empty(report.FindingsOf(RuleIds.Frequency));
    }

    [Theory]
    [InlineData("2025-03-13")]
    [InlineData("2025-01-01")]
    public void A_recent_prior_treatment_warns(string prior)
    {
        Assert.Single(Engine.Validate(LimbClaim(prior)).FindingsOf(RuleIds.Frequency));
    }

    [Theory]
    [InlineData("2025-03-14")]
    [InlineData("2025-03-15")]
    [InlineData("2026-01-01")]
    public void A_prior_date_on_or_after_the_date_of_service_gives_no_finding(string prior)
    {
        var report = Engine.Validate(LimbClaim(prior));

        Assert.Empty(report.FindingsOf(RuleIds.Frequency));
    }

    [Fact]
    public void Without_a_prior_treatment_date_there_is_nothing_to_check()
    {
        Assert.Empty(Engine.Validate(LimbClaim(null)).FindingsOf(RuleIds.Frequency));
    }

    [Theory]
    [InlineData("64642", "rue:2")]
    [InlineData("64646", null)]
    [InlineData("64647", null)]
    public void Every_limb_or_trunk_code_is_subject_to_the_interval(string code, string? limb)
    {
        var report = Engine.Validate(new ClaimBuilder()
            .PriorTreatment("2025-01-01")
            .Line(code, limbs: limb is null ? null : [limb])
            .Toxin("J0585", 100, 100));

        Assert.Single(report.FindingsOf(RuleIds.Frequency));
    }

    [Theory]
    [InlineData("64612")]
    [InlineData("64615")]
    [InlineData("64616")]
    [InlineData("64617")]
    public void Other_chemodenervation_codes_are_not_subject_to_it(string code)
    {
        var report = Engine.Validate(new ClaimBuilder().PriorTreatment("2025-01-01").Line(code).Toxin("J0585", 100, 100));

        Assert.Empty(report.FindingsOf(RuleIds.Frequency));
    }

    [Fact]
    public void Only_limb_or_trunk_lines_dates_count_not_the_claims_date()
    {
        // 64616 on the claim's 2025-03-14 would be 80 days after the prior treatment; 64644 on 2025-03-20 is 86.
        var report = Engine.Validate(new ClaimBuilder()
            .PriorTreatment("2024-12-24")
            .Line("64616")
            .Line("64644", limbs: ["rue:6"], dateOfService: "2025-03-20")
            .Toxin("J0585", 200, 200));

        Assert.Empty(report.FindingsOf(RuleIds.Frequency));
    }

    [Fact]
    public void The_earliest_limb_or_trunk_date_of_service_is_measured()
    {
        var report = Engine.Validate(new ClaimBuilder()
            .PriorTreatment("2024-12-24")
            .Line("64644", limbs: ["rue:6"], dateOfService: "2025-03-20")
            .Line("64646", dateOfService: "2025-03-16")
            .Toxin("J0585", 200, 200));

        var finding = Assert.Single(report.FindingsOf(RuleIds.Frequency));
        Assert.Contains("was 82 days before this one (2025-03-16)", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_prior_treatment_after_one_session_is_measured_against_the_next()
    {
        // 2025-02-15 says nothing of the 2025-01-10 session, but is 14 days before the 2025-03-01 one.
        var report = Engine.Validate(new ClaimBuilder()
            .On("2025-01-10")
            .PriorTreatment("2025-02-15")
            .Limbs("64644", "rue:6")
            .Toxin("J0585", 200, 200)
            .Line("64644", limbs: ["rue:6"], dateOfService: "2025-03-01")
            .Line("J0585", 200, ["JZ"], administered: 200, dateOfService: "2025-03-01"));

        var finding = Assert.Single(report.FindingsOf(RuleIds.Frequency));
        Assert.Contains("(2025-02-15) was 14 days before this one (2025-03-01)", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_recent_prior_treatment_at_the_end_of_the_calendar_warns_without_naming_a_date_past_it()
    {
        // 84 days after 9999-11-01 is past DateOnly.MaxValue: the suggestion once computed that date and threw (a 500).
        var claim = new ClaimBuilder().On("9999-12-31").PriorTreatment("9999-11-01").Limbs("64644", "rue:6").Toxin("J0585", 200, 200);

        var finding = Assert.Single(Engine.Validate(claim).FindingsOf(RuleIds.Frequency));

        Assert.Equal(
            "Check priorTreatmentDate; if it is right, document why the treatment could not wait 84 days, as the payer may deny an early repeat.",
            finding.Suggestion);
    }

    [Fact]
    public void A_prior_treatment_whose_due_date_is_the_last_day_of_the_calendar_still_names_it()
    {
        var finding = Assert.Single(Engine.Validate(new ClaimBuilder().On("9999-12-30").PriorTreatment("9999-10-08").Limbs("64644", "rue:6").Toxin("J0585", 200, 200))
            .FindingsOf(RuleIds.Frequency));

        Assert.Contains("could not wait until 9999-12-31,", finding.Suggestion, StringComparison.Ordinal);
    }

    [Fact]
    public void The_contract_example_is_far_enough_from_its_prior_treatment()
    {
        Assert.Empty(Engine.Validate(ClaimBuilder.ContractExample()).FindingsOf(RuleIds.Frequency));
    }
}
