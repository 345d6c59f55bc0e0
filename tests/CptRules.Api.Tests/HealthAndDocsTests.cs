using System.Net;
using System.Text.Json.Nodes;

namespace CptRules.Api.Tests;

public class HealthAndDocsTests
{
    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Health_endpoints_answer_healthy(string path)
    {
        using var app = new CptRulesApplication();
        using var client = app.CreateClient();

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Swagger_ui_is_served()
    {
        using var app = new CptRulesApplication();
        using var client = app.CreateClient();

        using var response = await client.GetAsync(new Uri("/swagger/index.html", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("swagger-ui", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenApi_document_describes_validate_with_examples_and_its_responses()
    {
        using var app = new CptRulesApplication();
        using var client = app.CreateClient();

        var document = JsonNode.Parse(await client.GetStringAsync(new Uri("/swagger/v1/swagger.json", UriKind.Relative)))!;

        var post = document["paths"]!["/validate"]!["post"]!;
        var requestExamples = post["requestBody"]!["content"]!["application/json"]!["examples"]!;
        Assert.Equal("CLM-0001", (string?)requestExamples["clean"]!["value"]!["claimId"]);
        Assert.Equal("64642", (string?)requestExamples["failing"]!["value"]!["lines"]![0]!["code"]);
        var okExamples = post["responses"]!["200"]!["content"]!["application/json"]!["examples"]!;
        Assert.Equal("pass", (string?)okExamples["clean"]!["value"]!["outcome"]);
        Assert.Equal("ADDON-WITHOUT-PRIMARY", (string?)okExamples["failing"]!["value"]!["findings"]![0]!["ruleId"]);
        Assert.NotNull(post["responses"]!["400"]!["content"]!["application/problem+json"]);
    }
}
