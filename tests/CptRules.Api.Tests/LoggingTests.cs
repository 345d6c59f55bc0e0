using System.Net;

namespace CptRules.Api.Tests;

/// <summary>Claims carry protected health information: the logs get claim IDs, rule IDs and timings, never the rest.</summary>
public class LoggingTests
{
    private static readonly string[] ProtectedValues = ["PAT-778", "1961-02-03", "I69.351", "I69351", "G80.1", "G801"];

    [Fact]
    public async Task Request_log_carries_claim_outcome_and_rule_ids_but_no_patient_data()
    {
        using var app = new CptRulesApplication();
        using var client = app.CreateClient();

        using var response = await client.PostClaimAsync(SampleClaims.ContractFailingExample);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var requestLine = await app.Logs.WaitForLineAsync(l => l.Contains("\"RequestPath\":\"/validate\"", StringComparison.Ordinal));
        Assert.Contains("\"ClaimId\":\"CLM-0001\"", requestLine, StringComparison.Ordinal);
        Assert.Contains("\"RuleIds\":[\"ADDON-WITHOUT-PRIMARY\"]", requestLine, StringComparison.Ordinal);
        Assert.Contains("\"StatusCode\":200", requestLine, StringComparison.Ordinal);
        Assert.Contains("\"Elapsed\":", requestLine, StringComparison.Ordinal);
        AssertNoProtectedValues(app.Logs.Text);
    }

    [Fact]
    public async Task Rejected_bodies_are_not_logged()
    {
        using var app = new CptRulesApplication();
        using var client = app.CreateClient();

        using var response = await client.PostClaimAsync(SampleClaims.ContractExample.Replace("\"units\": 300", "\"units\": \"G80.1\"", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await app.Logs.WaitForLineAsync(l => l.Contains("\"StatusCode\":400", StringComparison.Ordinal));
        AssertNoProtectedValues(app.Logs.Text);
    }

    private static void AssertNoProtectedValues(string logs)
    {
        Assert.NotEmpty(logs);
        foreach (var value in ProtectedValues)
        {
            Assert.DoesNotContain(value, logs, StringComparison.OrdinalIgnoreCase);
        }
    }
}
