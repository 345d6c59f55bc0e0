using System.Net;
using System.Text.Json.Nodes;

namespace CptRules.Api.Tests;

public class ValidateEndpointTests
{
    [Fact]
    public async Task Contract_example_passes_clean_with_the_rule_set_echoed()
    {
        using var app = new CptRulesApplication();
        using var client = app.CreateClient();

        using var response = await client.PostClaimAsync(SampleClaims.ContractExample);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.ContentType()?.MediaType);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("CLM-0001", (string?)body["claimId"]);
        Assert.Equal("pass", (string?)body["outcome"]);
        Assert.Equal("2024.3", (string?)body["ruleSet"]!["version"]);
        Assert.Equal(4, body["ruleSet"]!["sources"]!.AsArray().Count);
        Assert.Equal(0, (int)body["counts"]!["error"]!);
        Assert.Equal(0, (int)body["counts"]!["warning"]!);
        Assert.Equal(0, (int)body["counts"]!["information"]!);
        Assert.Empty(body["findings"]!.AsArray());
    }

    [Fact]
    public async Task Contract_failing_example_is_answered_as_the_contract_shows()
    {
        using var app = new CptRulesApplication();
        using var client = app.CreateClient();

        using var response = await client.PostClaimAsync(SampleClaims.ContractFailingExample);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var expected = JsonNode.Parse("""
            {
              "claimId": "CLM-0001",
              "outcome": "fail",
              "ruleSet": { "version": "2024.3", "sources": ["NCCI AOC 2024Q2", "NCCI MUE 2024-07-01", "NCCI PTP 2024-07-01", "MPFS RVU 2024-07"] },
              "counts": { "error": 1, "warning": 0, "information": 0 },
              "findings": [
                { "ruleId": "ADDON-WITHOUT-PRIMARY", "severity": "error", "lineNumber": 2,
                  "pointer": "/lines/1/code",
                  "message": "64645 is an add-on code and needs 64644 on the same date of service.",
                  "suggestion": "Report the extremity with the most muscles as 64644 (5 or more muscles).",
                  "reference": "NCCI add-on code edits, type 1" }
              ]
            }
            """);
        var actual = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();

        // The contract's answer exactly, plus the suggested recoding this service adds to it.
        var suggested = actual["suggestedLines"]!.AsArray();
        actual.Remove("suggestedLines");
        Assert.True(JsonNode.DeepEquals(expected, actual), actual.ToJsonString());
        Assert.Equal(["64644", "64643", "J0585"], suggested.Select(l => (string?)l!["code"]));
        Assert.Equal("lue", (string?)suggested[0]!["extremities"]![0]!["limb"]);
    }

    [Fact]
    public async Task Warnings_alone_give_pass_with_warnings()
    {
        using var app = new CptRulesApplication();
        using var client = app.CreateClient();
        var claim = SampleClaims.ContractExample.Replace("\"modifiers\": [\"RT\"]", "\"modifiers\": [\"LT\"]", StringComparison.Ordinal);

        using var response = await client.PostClaimAsync(claim);

        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("pass-with-warnings", (string?)body["outcome"]);
        var finding = Assert.Single(body["findings"]!.AsArray())!;
        Assert.Equal("LATERALITY-MISMATCH", (string?)finding["ruleId"]);
        Assert.Equal("warning", (string?)finding["severity"]);
    }

    [Fact]
    public async Task Claim_level_finding_has_no_line_number()
    {
        using var app = new CptRulesApplication();
        using var client = app.CreateClient();

        using var response = await client.PostClaimAsync("""{ "claimId": "C", "dateOfService": "2025-03-14", "lines": [ { "code": "64644", "units": 1 } ] }""");

        var findings = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["findings"]!.AsArray();
        Assert.NotEmpty(findings);
        Assert.All(findings.Where(f => (string?)f!["pointer"] is "" or "/diagnoses"), f => Assert.Null(f!["lineNumber"]));
        Assert.All(findings.Where(f => ((string?)f!["pointer"])!.StartsWith("/lines/", StringComparison.Ordinal)), f => Assert.NotNull(f!["lineNumber"]));
    }
}
