using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using CptRules.Tests.Properties;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CptRules.Api.Tests;

/// <summary>
/// Generated claims and damaged bodies over HTTP. One host serves every case of a property (a host per case would cost
/// more than the cases); the case counts are bounded to keep CI fast, and FsCheck prints the failing body.
/// </summary>
public sealed class ClaimPropertyTests(ClaimPropertyTests.SharedHost host) : IClassFixture<ClaimPropertyTests.SharedHost>
{
    [Property(MaxTest = 50)]
    public Property Every_generated_claim_is_answered_200_with_a_consistent_report() =>
        Prop.ForAll(ClaimGenerators.Arbitrary, async claim =>
        {
            var body = claim.Utf8Json();

            using var response = await host.PostAsync(body);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            ReportInvariants.AssertConsistent(JsonNode.Parse(body), JsonNode.Parse(await response.Content.ReadAsStringAsync()));
        });

    [Property(MaxTest = 100)]
    public Property Damaged_bodies_are_never_answered_with_a_5xx() =>
        Prop.ForAll(BodyMutations.Arbitrary, async mutated =>
        {
            using var response = await host.PostAsync(mutated.Bytes);

            var status = (int)response.StatusCode;
            Assert.True(status is 200 or (>= 400 and < 500), $"Answered {status}: {await response.Content.ReadAsStringAsync()}");
            if (response.StatusCode == HttpStatusCode.BadRequest)
            {
                Assert.Equal("application/problem+json", response.ContentType()?.MediaType);
            }

            // A body still readable as a claim gets a report, which must be as consistent as any other.
            if (response.StatusCode == HttpStatusCode.OK && TryParse(mutated.Bytes) is { } request)
            {
                ReportInvariants.AssertConsistent(request, JsonNode.Parse(await response.Content.ReadAsStringAsync()));
            }
        });

    /// <summary>
    /// The body as a document to resolve pointers in; null when only the lenient deserialiser reads it: it skips unknown
    /// properties without decoding them (so invalid UTF-8 there passes) and lets a repeated key's last value win.
    /// </summary>
    private static JsonNode? TryParse(byte[] body)
    {
        try
        {
            return Utf8.IsValid(body) ? JsonNode.Parse(body, documentOptions: new JsonDocumentOptions { AllowDuplicateProperties = false }) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public sealed class SharedHost : IDisposable
    {
        private readonly CptRulesApplication _app = new();
        private readonly HttpClient _client;

        public SharedHost() => _client = _app.CreateClient();

        public async Task<HttpResponseMessage> PostAsync(byte[] body)
        {
            using var content = new ByteArrayContent(body);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            return await _client.PostAsync(new Uri("/validate", UriKind.Relative), content);
        }

        public void Dispose()
        {
            _client.Dispose();
            _app.Dispose();
        }
    }
}
