using System.Net;
using System.Text.Json.Nodes;

namespace CptRules.Api.Tests;

/// <summary>With keys configured, everything but health and Swagger UI needs a valid X-Api-Key header.</summary>
public class ApiKeyTests
{
    private const string Key = "test-key-4f1c9a7e";
    private const string OtherKey = "second-key-90b2";

    private static readonly Dictionary<string, string?> TwoKeys = new()
    {
        ["CptRules:ApiKeys:0"] = Key,
        ["CptRules:ApiKeys:1"] = OtherKey,
    };

    private static HttpRequestMessage Validate(string? key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/validate", UriKind.Relative)) { Content = SampleClaims.Json(SampleClaims.ContractExample) };
        if (key is not null)
        {
            request.Headers.Add("X-Api-Key", key);
        }

        return request;
    }

    private static async Task<JsonNode> AssertUnauthorizedAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.ContentType()?.MediaType);
        Assert.Equal("ApiKey", Assert.Single(response.Headers.WwwAuthenticate).Scheme);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(401, (int)problem["status"]!);
        Assert.Contains("X-Api-Key", (string?)problem["detail"], StringComparison.Ordinal);
        return problem;
    }

    [Fact]
    public async Task Request_without_a_key_is_401_problem_naming_the_header()
    {
        using var app = new CptRulesApplication(TwoKeys);
        using var client = app.CreateClient();

        using var response = await client.SendAsync(Validate(null));

        var problem = await AssertUnauthorizedAsync(response);
        Assert.Equal("An API key is required.", (string?)problem["title"]);
    }

    [Theory]
    [InlineData("wrong-key")]
    [InlineData("test-key-4f1c9a7")]
    [InlineData("test-key-4f1c9a7e ")]
    [InlineData("TEST-KEY-4F1C9A7E")]
    public async Task Request_with_a_wrong_key_is_401_problem(string key)
    {
        using var app = new CptRulesApplication(TwoKeys);
        using var client = app.CreateClient();

        using var response = await client.SendAsync(Validate(key));

        var problem = await AssertUnauthorizedAsync(response);
        Assert.Equal("The API key is not valid.", (string?)problem["title"]);
    }

    [Theory]
    [InlineData(Key)]
    [InlineData(OtherKey)]
    public async Task Request_with_any_configured_key_is_answered(string key)
    {
        using var app = new CptRulesApplication(TwoKeys);
        using var client = app.CreateClient();

        using var response = await client.SendAsync(Validate(key));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("pass", (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["outcome"]);
    }

    [Theory]
    [InlineData("/rules")]
    [InlineData("/rules/ADDON-WITHOUT-PRIMARY")]
    [InlineData("/codes/64644")]
    [InlineData("/metrics")]
    [InlineData("/no-such-path")]
    public async Task Every_other_endpoint_needs_the_key_too(string path)
    {
        using var app = new CptRulesApplication(TwoKeys);
        using var client = app.CreateClient();

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        await AssertUnauthorizedAsync(response);
    }

    [Fact]
    public async Task Batch_needs_the_key()
    {
        using var app = new CptRulesApplication(TwoKeys);
        using var client = app.CreateClient();

        using var response = await client.PostAsync(
            new Uri("/validate/batch", UriKind.Relative),
            new StringContent(JsonNode.Parse(SampleClaims.ContractExample)!.ToJsonString(), System.Text.Encoding.UTF8, "application/x-ndjson"));

        await AssertUnauthorizedAsync(response);
    }

    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Health_endpoints_stay_open(string path)
    {
        using var app = new CptRulesApplication(TwoKeys);
        using var client = app.CreateClient();

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Swagger_ui_and_the_openapi_document_stay_open()
    {
        using var app = new CptRulesApplication(TwoKeys);
        using var client = app.CreateClient();

        using var ui = await client.GetAsync(new Uri("/swagger", UriKind.Relative));
        var document = await client.GetStringAsync(new Uri("/swagger/v1/swagger.json", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, ui.StatusCode);
        Assert.Contains("swagger-ui", await ui.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("CptRules", (string?)JsonNode.Parse(document)!["info"]!["title"]);
    }

    [Fact]
    public async Task Without_keys_development_is_open()
    {
        using var app = new CptRulesApplication();
        using var client = app.CreateClient();

        using var response = await client.SendAsync(Validate(null));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
