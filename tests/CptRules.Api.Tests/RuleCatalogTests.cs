using System.Net;
using System.Text.Json.Nodes;

namespace CptRules.Api.Tests;

public class RuleCatalogTests
{
    private static readonly Dictionary<string, string?> StrictProfile = new()
    {
        ["CptRules:Profiles:strict:LATERALITY-MISMATCH"] = "error",
        ["CptRules:Profiles:strict:ADDON-WITHOUT-PRIMARY"] = "off",
    };

    [Fact]
    public async Task Catalog_lists_every_rule_with_its_medicare_severity()
    {
        using var app = new CptRulesApplication();
        using var client = app.CreateClient();

        var rules = JsonNode.Parse(await client.GetStringAsync(new Uri("/rules", UriKind.Relative)))!.AsArray();

        var ids = rules.Select(r => (string?)r!["id"]).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Contains("ADDON-WITHOUT-PRIMARY", ids);
        Assert.Contains("MUSCLE-THRESHOLD", ids);
        var laterality = rules.Single(r => (string?)r!["id"] == "LATERALITY-MISMATCH")!;
        Assert.Equal("warning", (string?)laterality["severity"]);
        Assert.True((bool)laterality["enabled"]!);
        Assert.Equal("extremities", (string?)laterality["category"]);
        Assert.False(string.IsNullOrWhiteSpace((string?)laterality["description"]));
        Assert.False(string.IsNullOrWhiteSpace((string?)laterality["reference"]));
    }

    [Fact]
    public async Task One_rule_by_id()
    {
        using var app = new CptRulesApplication();
        using var client = app.CreateClient();

        var rule = JsonNode.Parse(await client.GetStringAsync(new Uri("/rules/ADDON-WITHOUT-PRIMARY", UriKind.Relative)))!;

        Assert.Equal("ADDON-WITHOUT-PRIMARY", (string?)rule["id"]);
        Assert.Equal("error", (string?)rule["severity"]);
        Assert.Equal("NCCI add-on code edits, type 1", (string?)rule["reference"]);
    }

    [Fact]
    public async Task Unknown_rule_is_404_problem()
    {
        using var app = new CptRulesApplication();
        using var client = app.CreateClient();

        using var response = await client.GetAsync(new Uri("/rules/NO-SUCH-RULE", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.ContentType()?.MediaType);
        Assert.Contains("NO-SUCH-RULE", (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["detail"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Catalog_shows_the_severity_of_the_requested_profile()
    {
        using var app = new CptRulesApplication(StrictProfile);
        using var client = app.CreateClient();

        var laterality = JsonNode.Parse(await client.GetStringAsync(new Uri("/rules/LATERALITY-MISMATCH?payer=strict", UriKind.Relative)))!;
        var addOn = JsonNode.Parse(await client.GetStringAsync(new Uri("/rules/ADDON-WITHOUT-PRIMARY?payer=strict", UriKind.Relative)))!;
        var medicare = JsonNode.Parse(await client.GetStringAsync(new Uri("/rules/LATERALITY-MISMATCH", UriKind.Relative)))!;

        Assert.Equal("error", (string?)laterality["severity"]);
        Assert.False((bool)addOn["enabled"]!);
        Assert.Equal("warning", (string?)medicare["severity"]);
    }

    [Fact]
    public async Task Unknown_profile_is_400_naming_the_known_profiles()
    {
        using var app = new CptRulesApplication(StrictProfile);
        using var client = app.CreateClient();

        using var response = await client.GetAsync(new Uri("/rules?payer=nobody", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var message = (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]!["payer"]![0];
        Assert.Contains("medicare", message, StringComparison.Ordinal);
        Assert.Contains("strict", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Findings_follow_the_claims_payer_profile()
    {
        using var app = new CptRulesApplication(StrictProfile);
        using var client = app.CreateClient();
        var claim = SampleClaims.ContractFailingExample
            .Replace("\"payer\": \"medicare\"", "\"payer\": \"strict\"", StringComparison.Ordinal)
            .Replace("\"modifiers\": [\"LT\"]", "\"modifiers\": [\"RT\"]", StringComparison.Ordinal);

        var body = JsonNode.Parse(await (await client.PostClaimAsync(claim)).Content.ReadAsStringAsync())!;

        // The add-on finding is switched off; the laterality warning is an error under this profile.
        var finding = Assert.Single(body["findings"]!.AsArray())!;
        Assert.Equal("LATERALITY-MISMATCH", (string?)finding["ruleId"]);
        Assert.Equal("error", (string?)finding["severity"]);
        Assert.Equal("fail", (string?)body["outcome"]);
    }

    [Fact]
    public async Task Claim_with_an_unknown_payer_is_400_naming_the_known_profiles()
    {
        using var app = new CptRulesApplication(StrictProfile);
        using var client = app.CreateClient();

        using var response = await client.PostClaimAsync(SampleClaims.ContractExample.Replace("\"payer\": \"medicare\"", "\"payer\": \"acme\"", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var message = (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]!["$.payer"]![0];
        Assert.Contains("known profiles: commercial, medicare, strict", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Profile_naming_a_rule_that_does_not_exist_stops_start_up()
    {
        using var app = new CptRulesApplication(new() { ["CptRules:Profiles:typo:ADDON-WITHOUT-PRIMAY"] = "warning" });

        Assert.ThrowsAny<Exception>(() => app.CreateClient());
    }

    [Fact]
    public async Task Shipped_commercial_profile_makes_the_wastage_rule_a_warning()
    {
        using var app = new CptRulesApplication();
        using var client = app.CreateClient();
        var claim = SampleClaims.ContractExample
            .Replace("\"payer\": \"medicare\"", "\"payer\": \"commercial\"", StringComparison.Ordinal)
            .Replace("\"modifiers\": [\"JZ\"], ", string.Empty, StringComparison.Ordinal);

        var body = JsonNode.Parse(await (await client.PostClaimAsync(claim)).Content.ReadAsStringAsync())!;
        var rule = JsonNode.Parse(await client.GetStringAsync(new Uri("/rules/DRUG-WASTAGE-MODIFIER?payer=commercial", UriKind.Relative)))!;

        var finding = Assert.Single(body["findings"]!.AsArray())!;
        Assert.Equal("DRUG-WASTAGE-MODIFIER", (string?)finding["ruleId"]);
        Assert.Equal("warning", (string?)finding["severity"]);
        Assert.Equal("pass-with-warnings", (string?)body["outcome"]);
        Assert.Equal("warning", (string?)rule["severity"]);
    }
}
