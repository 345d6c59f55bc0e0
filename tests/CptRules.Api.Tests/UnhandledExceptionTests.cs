using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;

namespace CptRules.Api.Tests;

/// <summary>A defect in the service is a plain 500 problem in every environment: no exception text, type or stack trace.</summary>
public class UnhandledExceptionTests
{
    private static readonly string FailingClaim = SampleClaims.ContractExample.Replace("CLM-0001", FailingService.ClaimId, StringComparison.Ordinal);

    private static CptRulesApplication App(string environment) => new(
        new() { ["CptRules:AllowAnonymous"] = "true" }, environment, FailingService.Install);

    private static void AssertNothingOfTheException(string body)
    {
        Assert.DoesNotContain(FailingService.Secret, body, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", body, StringComparison.Ordinal);
        Assert.DoesNotContain(nameof(FailingService), body, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", body, StringComparison.Ordinal);
        Assert.DoesNotContain(".cs:line", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Development", null)]
    [InlineData("Development", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")]
    [InlineData("Production", null)]
    [InlineData("Production", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")]
    public async Task Failure_is_a_500_problem_without_the_exception(string environment, string? accept)
    {
        using var app = App(environment);
        using var client = app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/validate", UriKind.Relative)) { Content = SampleClaims.Json(FailingClaim) };
        if (accept is not null)
        {
            request.Headers.Accept.ParseAdd(accept);
        }

        using var response = await client.SendAsync(request);

        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.ContentType()?.MediaType);
        var problem = JsonNode.Parse(body)!;
        Assert.Equal(500, (int)problem["status"]!);
        Assert.Equal("The service failed to process the request.", (string?)problem["title"]);
        Assert.NotNull(problem["traceId"]);
        AssertNothingOfTheException(body);
    }

    [Theory]
    [InlineData("Development")]
    [InlineData("Production")]
    public async Task Browser_that_accepts_only_html_gets_no_developer_page(string environment)
    {
        using var app = App(environment);
        using var client = app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/validate", UriKind.Relative)) { Content = SampleClaims.Json(FailingClaim) };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        AssertNothingOfTheException(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Service_keeps_answering_after_a_failure()
    {
        using var app = App("Production");
        using var client = app.CreateClient();

        using var failed = await client.PostClaimAsync(FailingClaim);
        using var next = await client.PostClaimAsync(SampleClaims.ContractExample);

        Assert.Equal(HttpStatusCode.InternalServerError, failed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
    }
}
