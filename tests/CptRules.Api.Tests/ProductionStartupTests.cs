using System.Net;

namespace CptRules.Api.Tests;

/// <summary>Outside Development a service without API keys would be open to anyone: it refuses to start unless told to.</summary>
[Collection(StandardError.Name)]
public class ProductionStartupTests
{
    [Fact]
    public void Production_without_keys_refuses_to_start_and_says_what_to_set()
    {
        using var app = new CptRulesApplication(environment: "Production");

        var (exception, message) = StandardError.Capture(() => app.CreateClient());

        Assert.NotNull(exception);
        Assert.Contains("CptRules cannot start: no API key is configured and the environment is 'Production'", message, StringComparison.Ordinal);
        Assert.Contains("CptRules:ApiKeys", message, StringComparison.Ordinal);
        Assert.Contains("CptRules:AllowAnonymous=true", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Blank_key_counts_as_no_key()
    {
        using var app = new CptRulesApplication(new() { ["CptRules:ApiKeys:0"] = " " }, environment: "Production");

        var (exception, message) = StandardError.Capture(() => app.CreateClient());

        Assert.NotNull(exception);
        Assert.Contains("no API key is configured", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Production_with_allow_anonymous_starts_open()
    {
        using var app = new CptRulesApplication(new() { ["CptRules:AllowAnonymous"] = "true" }, environment: "Production");
        using var client = app.CreateClient();

        using var response = await client.PostClaimAsync(SampleClaims.ContractExample);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Production_with_a_key_starts_and_requires_it()
    {
        using var app = new CptRulesApplication(new() { ["CptRules:ApiKeys:0"] = "production-key" }, environment: "Production");
        using var client = app.CreateClient();

        using var response = await client.PostClaimAsync(SampleClaims.ContractExample);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
