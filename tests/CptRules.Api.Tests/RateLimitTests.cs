using System.Net;
using System.Text.Json.Nodes;

namespace CptRules.Api.Tests;

/// <summary>Each client (its API key, or its IP address without one) gets a number of requests a minute; health is exempt.</summary>
public class RateLimitTests
{
    private static HttpRequestMessage GetRules(string? key)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/rules", UriKind.Relative));
        if (key is not null)
        {
            request.Headers.Add("X-Api-Key", key);
        }

        return request;
    }

    [Fact]
    public async Task Request_past_the_limit_is_429_problem_with_retry_after()
    {
        using var app = new CptRulesApplication(new() { ["CptRules:RateLimit:PermitsPerMinute"] = "2" });
        using var client = app.CreateClient();

        using var first = await client.PostClaimAsync(SampleClaims.ContractExample);
        using var second = await client.GetAsync(new Uri("/rules", UriKind.Relative));
        using var third = await client.PostClaimAsync(SampleClaims.ContractExample);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.Equal("application/problem+json", third.ContentType()?.MediaType);
        var retryAfter = third.Headers.RetryAfter?.Delta;
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter.Value, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60));
        var problem = JsonNode.Parse(await third.Content.ReadAsStringAsync())!;
        Assert.Equal(429, (int)problem["status"]!);
        Assert.Contains("2 requests a minute", (string?)problem["detail"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_endpoints_are_not_limited()
    {
        using var app = new CptRulesApplication(new() { ["CptRules:RateLimit:PermitsPerMinute"] = "1" });
        using var client = app.CreateClient();
        using var used = await client.GetAsync(new Uri("/rules", UriKind.Relative));

        for (var i = 0; i < 5; i++)
        {
            using var live = await client.GetAsync(new Uri("/health/live", UriKind.Relative));
            using var ready = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, live.StatusCode);
            Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        }

        using var limited = await client.GetAsync(new Uri("/rules", UriKind.Relative));
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
    }

    [Fact]
    public async Task Each_api_key_has_its_own_allowance()
    {
        using var app = new CptRulesApplication(new()
        {
            ["CptRules:RateLimit:PermitsPerMinute"] = "2",
            ["CptRules:ApiKeys:0"] = "key-of-client-a",
            ["CptRules:ApiKeys:1"] = "key-of-client-b",
        });
        using var client = app.CreateClient();

        var clientA = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var response = await client.SendAsync(GetRules("key-of-client-a"));
            clientA.Add(response.StatusCode);
        }

        using var clientB = await client.SendAsync(GetRules("key-of-client-b"));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], clientA);
        Assert.Equal(HttpStatusCode.OK, clientB.StatusCode);
    }

    [Fact]
    public async Task Wrong_keys_use_up_the_allowance_of_their_address()
    {
        using var app = new CptRulesApplication(new()
        {
            ["CptRules:RateLimit:PermitsPerMinute"] = "2",
            ["CptRules:ApiKeys:0"] = "the-real-key",
        });
        using var client = app.CreateClient();

        var guesses = new List<HttpStatusCode>();
        foreach (var guess in new[] { "guess-1", "guess-2", "guess-3" })
        {
            using var response = await client.SendAsync(GetRules(guess));
            guesses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests], guesses);
    }
}
