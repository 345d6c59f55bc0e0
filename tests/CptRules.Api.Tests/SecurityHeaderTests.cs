using System.Net;

namespace CptRules.Api.Tests;

/// <summary>Every answer, errors included, tells browsers not to sniff, frame, cache or refer; none names the server.</summary>
public class SecurityHeaderTests
{
    private static void AssertSecurityHeaders(HttpResponseMessage response)
    {
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
        Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.Contains("frame-ancestors 'none'", Assert.Single(response.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
    }

    private static void AssertApiAnswerHeaders(HttpResponseMessage response)
    {
        AssertSecurityHeaders(response);
        Assert.Equal("default-src 'none'; frame-ancestors 'none'", Assert.Single(response.Headers.GetValues("Content-Security-Policy")));
        Assert.True(response.Headers.CacheControl?.NoStore, $"{response.StatusCode}: Cache-Control is '{response.Headers.CacheControl}'");
    }

    [Fact]
    public async Task Validation_answer_carries_the_headers_and_is_not_stored()
    {
        using var app = new CptRulesApplication();
        using var client = app.CreateClient();

        using var response = await client.PostClaimAsync(SampleClaims.ContractExample);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertApiAnswerHeaders(response);
    }

    [Fact]
    public async Task Error_answers_carry_them_too()
    {
        using var app = new CptRulesApplication(new() { ["CptRules:ApiKeys:0"] = "a-key" }, testServices: FailingService.Install);
        using var client = app.CreateClient();
        using var unauthorized = await client.GetAsync(new Uri("/rules", UriKind.Relative));
        client.DefaultRequestHeaders.Add("X-Api-Key", "a-key");

        using var badRequest = await client.PostClaimAsync("{");
        using var notFound = await client.GetAsync(new Uri("/codes/99999", UriKind.Relative));
        using var failed = await client.PostClaimAsync(SampleClaims.ContractExample.Replace("CLM-0001", FailingService.ClaimId, StringComparison.Ordinal));

        Assert.Equal(
            [HttpStatusCode.Unauthorized, HttpStatusCode.BadRequest, HttpStatusCode.NotFound, HttpStatusCode.InternalServerError],
            [unauthorized.StatusCode, badRequest.StatusCode, notFound.StatusCode, failed.StatusCode]);
        Assert.All([unauthorized, badRequest, notFound, failed], AssertApiAnswerHeaders);
    }

    [Fact]
    public async Task Health_answers_carry_them()
    {
        using var app = new CptRulesApplication();
        using var client = app.CreateClient();

        using var response = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));

        AssertApiAnswerHeaders(response);
    }

    [Fact]
    public async Task Swagger_ui_gets_a_policy_that_lets_it_load_its_own_scripts_and_styles()
    {
        using var app = new CptRulesApplication();
        using var client = app.CreateClient();

        using var response = await client.GetAsync(new Uri("/swagger/index.html", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertSecurityHeaders(response);
        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("script-src", policy, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Kestrel_sends_no_server_header()
    {
        using var app = new CptRulesApplication();
        app.StartOnKestrel();
        using var client = app.CreateClient();

        using var response = await client.PostClaimAsync(SampleClaims.ContractExample);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(response.Headers.Server);
        Assert.False(response.Headers.Contains("Server"));
        AssertApiAnswerHeaders(response);
    }
}
