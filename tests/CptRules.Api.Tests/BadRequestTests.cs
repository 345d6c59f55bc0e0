using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace CptRules.Api.Tests;

/// <summary>A body that cannot be read as a claim is a 400 problem+json naming each field; never a 500.</summary>
public class BadRequestTests
{
    private static async Task<JsonObject> AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status = HttpStatusCode.BadRequest)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.ContentType()?.MediaType);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        Assert.Equal((int)status, (int)problem["status"]!);
        Assert.False(string.IsNullOrEmpty((string?)problem["title"]));
        return problem;
    }

    private static IEnumerable<string> ErrorPaths(JsonObject problem) => problem["errors"]!.AsObject().Select(e => e.Key);

    [Fact]
    public async Task Body_that_is_not_json()
    {
        using var app = new CptRulesApplication();
        using var client = app.CreateClient();

        var problem = await AssertProblemAsync(await client.PostClaimAsync("this is not json"));

        Assert.Equal(["$"], ErrorPaths(problem));
        Assert.Contains("not valid JSON", (string?)problem["errors"]!["$"]![0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wrong_json_type_names_the_field()
    {
        using var app = new CptRulesApplication();
        using var client = app.CreateClient();

        var problem = await AssertProblemAsync(await client.PostClaimAsync(
            """{ "claimId": "C", "dateOfService": "2025-03-14", "lines": [ { "code": "64644", "units": "one" } ] }"""));

        Assert.Equal(["$.lines[0].units"], ErrorPaths(problem));
    }

    [Fact]
    public async Task Every_wrong_json_type_and_every_other_fault_are_named_in_one_answer()
    {
        using var app = new CptRulesApplication();
        using var client = app.CreateClient();

        var problem = await AssertProblemAsync(await client.PostClaimAsync(
            """{ "claimId": 42, "dateOfService": "2025-03-14", "lines": [ { "code": "64644", "units": "one" }, { "code": "", "units": 1 } ] }"""));

        Assert.Equal(["$.claimId", "$.lines[0].units", "$.lines[1].code"], ErrorPaths(problem));
    }

    [Fact]
    public async Task Missing_fields_are_all_named()
    {
        using var app = new CptRulesApplication();
        using var client = app.CreateClient();

        var problem = await AssertProblemAsync(await client.PostClaimAsync("""{ "lines": [ { "modifiers": ["RT"] } ] }"""));

        Assert.Equal(["$.claimId", "$.dateOfService", "$.lines[0].code", "$.lines[0].units"], ErrorPaths(problem));
        Assert.Contains("$.claimId", (string?)problem["detail"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(451)]
    public async Task Empty_or_too_many_lines(int count)
    {
        using var app = new CptRulesApplication();
        using var client = app.CreateClient();
        var lines = string.Join(",", Enumerable.Repeat("""{ "code": "64644", "units": 1 }""", count));

        var problem = await AssertProblemAsync(await client.PostClaimAsync($$"""{ "claimId": "C", "dateOfService": "2025-03-14", "lines": [{{lines}}] }"""));

        Assert.Equal(["$.lines"], ErrorPaths(problem));
    }

    [Fact]
    public async Task Missing_lines_array()
    {
        using var app = new CptRulesApplication();
        using var client = app.CreateClient();

        var problem = await AssertProblemAsync(await client.PostClaimAsync("""{ "claimId": "C", "dateOfService": "2025-03-14" }"""));

        Assert.Equal(["$.lines"], ErrorPaths(problem));
    }

    [Fact]
    public async Task Wrong_content_type_is_415_problem()
    {
        using var app = new CptRulesApplication();
        using var client = app.CreateClient();

        using var response = await client.PostAsync(new Uri("/validate", UriKind.Relative), new StringContent(SampleClaims.ContractExample, Encoding.UTF8, "text/plain"));

        var problem = await AssertProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
        Assert.Contains("application/json", (string?)problem["detail"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Diagnoses_are_accepted_with_or_without_the_dot()
    {
        using var app = new CptRulesApplication();
        using var client = app.CreateClient();

        using var response = await client.PostClaimAsync(SampleClaims.ContractExample.Replace("\"I69.351\", \"G80.1\"", "\"I69351\", \"G801\"", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("pass", (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["outcome"]);
    }
}
