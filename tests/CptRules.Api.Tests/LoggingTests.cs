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

    [Fact]
    public async Task No_kind_of_answer_logs_patient_data()
    {
        // With a key configured, so that 401s happen; with the failing service, so that a defect's 500 does too.
        using var app = new CptRulesApplication(new() { ["CptRules:ApiKeys:0"] = "a-key" }, testServices: FailingService.Install);
        using var anonymous = app.CreateClient();
        using var client = app.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", "a-key");
        var batch = SampleClaims.ContractExample.ReplaceLineEndings(" ") + "\n{\"patient\":{\"id\":\"PAT-778\"},\"diagnoses\":[\"G80.1\"]}\n";

        using var unauthorized = await anonymous.PostClaimAsync(SampleClaims.ContractExample);
        using var passed = await client.PostClaimAsync(SampleClaims.ContractExample);
        using var failed = await client.PostClaimAsync(SampleClaims.ContractFailingExample);
        using var badDiagnosis = await client.PostClaimAsync(SampleClaims.ContractExample.Replace("\"G80.1\"", "\"G80.1 PAT-778\"", StringComparison.Ordinal));
        using var rejected = await client.PostClaimAsync(SampleClaims.ContractExample.Replace("\"units\": 300", "\"units\": \"G80.1\"", StringComparison.Ordinal));
        using var defect = await client.PostClaimAsync(SampleClaims.ContractExample.Replace("CLM-0001", FailingService.ClaimId, StringComparison.Ordinal));
        using var batched = await client.PostAsync(new Uri("/validate/batch", UriKind.Relative), new StringContent(batch, System.Text.Encoding.UTF8, "application/x-ndjson"));
        await batched.Content.ReadAsStringAsync();

        Assert.Equal(
            [HttpStatusCode.Unauthorized, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.BadRequest, HttpStatusCode.InternalServerError, HttpStatusCode.OK],
            [unauthorized.StatusCode, passed.StatusCode, failed.StatusCode, badDiagnosis.StatusCode, rejected.StatusCode, defect.StatusCode, batched.StatusCode]);
        await app.Logs.WaitForLineAsync(l => l.Contains("\"RequestPath\":\"/validate/batch\"", StringComparison.Ordinal));
        // The defect is logged, with its exception, but not with the claim that met it.
        Assert.Contains(FailingService.Secret, app.Logs.Text, StringComparison.Ordinal);
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
