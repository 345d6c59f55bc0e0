using CptRules.Client;

namespace CptRules.Api.Tests;

/// <summary>The NSwag client generated from docs/openapi.json talks to the real service: the contract is consumable by tooling.</summary>
public class GeneratedClientTests
{
    [Fact]
    public async Task Generated_client_validates_a_claim()
    {
        using var app = new CptRulesApplication();
        using var http = app.CreateClient();
        var client = new CptRulesClient(http);

        var report = await client.ValidateClaimAsync(Claim(firstLineCode: "64642", firstLineMuscles: 3));

        Assert.Equal("CLM-0001", report.ClaimId);
        Assert.Equal(Outcome.Fail, report.Outcome);
        Assert.Equal(1, report.Counts.Error);
        var finding = Assert.Single(report.Findings!);
        Assert.Equal("ADDON-WITHOUT-PRIMARY", finding.RuleId);
        Assert.Equal(FindingSeverity.Error, finding.Severity);
        Assert.Equal(2, finding.LineNumber);
        Assert.Equal("/lines/1/code", finding.Pointer);
    }

    [Fact]
    public async Task Generated_client_reads_every_outcome_and_the_problem_of_a_400()
    {
        using var app = new CptRulesApplication();
        using var http = app.CreateClient();
        var client = new CptRulesClient(http);

        Assert.Equal(Outcome.Pass, (await client.ValidateClaimAsync(Claim("64644", 6))).Outcome);
        var laterality = Claim("64644", 6);
        laterality.Lines.First().Modifiers = ["LT"];
        Assert.Equal(Outcome.PassWithWarnings, (await client.ValidateClaimAsync(laterality)).Outcome);

        var unreadable = Claim("64644", 6);
        unreadable.Lines.First().Units = 0;
        var problem = await Assert.ThrowsAsync<ApiException<HttpValidationProblemDetails>>(() => client.ValidateClaimAsync(unreadable));
        Assert.Equal(400, problem.StatusCode);
        Assert.Contains("$.lines[0].units", problem.Result.Errors!.Keys);
    }

    private static ClaimRequest Claim(string firstLineCode, int firstLineMuscles) => new()
    {
        ClaimId = "CLM-0001",
        Payer = "medicare",
        Setting = "practitioner",
        DateOfService = "2025-03-14",
        PlaceOfService = "11",
        Diagnoses = ["I69.351", "G80.1"],
        PriorTreatmentDate = "2024-12-01",
        Lines =
        [
            new() { LineNumber = 1, Code = firstLineCode, Modifiers = ["RT"], Units = 1, Extremities = [new() { Limb = "rue", MuscleCount = firstLineMuscles }] },
            new() { LineNumber = 2, Code = "64645", Modifiers = ["LT"], Units = 1, Extremities = [new() { Limb = "lue", MuscleCount = 5 }] },
            new() { LineNumber = 3, Code = "J0585", Modifiers = ["JZ"], Units = 300, AdministeredAmount = 300 },
        ],
    };
}
