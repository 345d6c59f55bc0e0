using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace CptRules.Api.Tests;

/// <summary>
/// A claim body over the limit (1 MB by default) is a 413 problem; the batch endpoint has its own limits instead.
/// Kestrel enforces the limit (the in-memory test server has none), so these tests talk HTTP to it on loopback.
/// </summary>
public class RequestSizeTests
{
    private static HttpClient KestrelClient(CptRulesApplication app)
    {
        app.StartOnKestrel();
        return app.CreateClient();
    }

    /// <summary>The contract example with an ignored property that pads it to at least <paramref name="bytes"/>.</summary>
    private static string PaddedClaim(int bytes) => SampleClaims.ContractExample.Replace(
        "\"patient\":", $"\"padding\": \"{new string('x', bytes)}\", \"patient\":", StringComparison.Ordinal);

    [Fact]
    public async Task Claim_body_over_one_megabyte_is_413_problem()
    {
        using var app = new CptRulesApplication();
        using var client = KestrelClient(app);

        using var response = await client.PostClaimAsync(PaddedClaim(1_048_576));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.ContentType()?.MediaType);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(413, (int)problem["status"]!);
        Assert.Equal("The body is too large.", (string?)problem["title"]);
        Assert.Contains("1048576 bytes", (string?)problem["detail"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Claim_body_just_under_one_megabyte_is_read()
    {
        using var app = new CptRulesApplication();
        using var client = KestrelClient(app);

        using var response = await client.PostClaimAsync(PaddedClaim(1_040_000));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Limit_is_configurable()
    {
        using var app = new CptRulesApplication(new() { ["CptRules:Limits:MaxClaimBytes"] = "2000" });
        using var client = KestrelClient(app);

        using var small = await client.PostClaimAsync(SampleClaims.ContractExample);
        using var large = await client.PostClaimAsync(PaddedClaim(2000));

        Assert.Equal(HttpStatusCode.OK, small.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, large.StatusCode);
        Assert.Contains("2000 bytes", (string?)JsonNode.Parse(await large.Content.ReadAsStringAsync())!["detail"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Batch_larger_than_the_claim_limit_is_read_whole()
    {
        using var app = new CptRulesApplication(new() { ["CptRules:Limits:MaxClaimBytes"] = "2000" });
        using var client = KestrelClient(app);
        var line = JsonNode.Parse(SampleClaims.ContractExample)!.ToJsonString();
        var body = string.Join('\n', Enumerable.Repeat(line, 100));

        using var response = await client.PostAsync(new Uri("/validate/batch", UriKind.Relative), new StringContent(body, Encoding.UTF8, "application/x-ndjson"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var results = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(100, results.Length);
        Assert.All(results, r => Assert.Equal(200, (int)JsonNode.Parse(r)!["status"]!));
    }
}
