using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace CptRules.Api.Tests;

/// <summary>Whatever a buggy or hostile client sends to /validate, the answer is a 4xx problem that says why, never a 5xx.</summary>
public class HostileBodyTests
{
    private const string Start = """{ "claimId": "C", "dateOfService": "2025-03-14", "lines": [ { "code": "64644", """;

    public static TheoryData<string, byte[], string?> Bodies
    {
        get
        {
            var garbage = new byte[4096];
            new Random(20250314).NextBytes(garbage);
            var utf8 = Encoding.UTF8;
            return new()
            {
                { "garbage bytes", garbage, "application/json" },
                { "NUL bytes", new byte[64], "application/json" },
                { "empty body", [], "application/json" },
                { "only whitespace", utf8.GetBytes("  \r\n\t "), "application/json" },
                { "truncated", utf8.GetBytes(Start + "\"units\": 1"), "application/json" },
                { "null", utf8.GetBytes("null"), "application/json" },
                { "array", utf8.GetBytes("[1, 2, 3]"), "application/json" },
                { "huge exponent in units", utf8.GetBytes(Start + "\"units\": 1e999 } ] }"), "application/json" },
                { "huge integer in units", utf8.GetBytes(Start + "\"units\": 123456789012345678901234567890 } ] }"), "application/json" },
                { "negative huge exponent in administeredAmount", utf8.GetBytes(Start + "\"units\": 1, \"administeredAmount\": -1e999 } ] }"), "application/json" },
                { "5,000-deep arrays", utf8.GetBytes("{ \"claimId\": " + new string('[', 5000) + new string(']', 5000) + " }"), "application/json" },
                { "5,000-deep objects", utf8.GetBytes(string.Concat(Enumerable.Repeat("{\"a\":", 5000)) + "1" + new string('}', 5000)), "application/json" },
                { "5,000-deep ignored property", utf8.GetBytes("{ \"extra\": " + new string('[', 5000) + new string(']', 5000) + " }"), "application/json" },
                { "raw control characters in a string", utf8.GetBytes("{ \"claimId\": \"C\u0001\u0007\n\u001b[31m\" }"), "application/json" },
                { "invalid UTF-8 in a string", [.. utf8.GetBytes("{ \"claimId\": \"C"), 0xC3, 0x28, 0xFF, .. utf8.GetBytes("\", \"lines\": [] }")], "application/json" },
                { "invalid UTF-8 in an ignored property", [.. utf8.GetBytes("{ \"extra\": \""), 0xED, 0xA0, 0x80, .. utf8.GetBytes("\" }")], "application/json" },
                { "lone surrogate escape", utf8.GetBytes(Start.Replace("\"C\"", "\"\\uD800\"", StringComparison.Ordinal) + "\"units\": 1 } ] }"), "application/json" },
                { "UTF-16 encoded", Encoding.Unicode.GetBytes(SampleClaims.ContractExample), "application/json" },
                { "wrong content type", utf8.GetBytes(SampleClaims.ContractExample), "text/plain" },
                { "form content type", utf8.GetBytes("claimId=C&lines=1"), "application/x-www-form-urlencoded" },
            };
        }
    }

    [Theory]
    [MemberData(nameof(Bodies))]
    public async Task Hostile_body_is_a_4xx_problem_with_a_description(string name, byte[] body, string? contentType)
    {
        using var app = new CptRulesApplication();
        using var client = app.CreateClient();
        using var content = new ByteArrayContent(body);
        if (contentType is not null)
        {
            content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        }

        using var response = await client.PostAsync(new Uri("/validate", UriKind.Relative), content);

        var text = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode is >= 400 and < 500, $"{name}: {(int)response.StatusCode} {text}");
        Assert.Equal("application/problem+json", response.ContentType()?.MediaType);
        var problem = JsonNode.Parse(text)!;
        Assert.Equal((int)response.StatusCode, (int)problem["status"]!);
        Assert.False(string.IsNullOrWhiteSpace((string?)problem["title"]), name);
        Assert.False(string.IsNullOrWhiteSpace((string?)problem["detail"]), name);
    }

    [Fact]
    public async Task A_huge_positive_administered_amount_is_a_finding_not_a_4xx()
    {
        // The contract makes only an amount of 0 or less a 400: 1e999 units of Botox is an absurd dose, not an unreadable claim.
        using var app = new CptRulesApplication();
        using var client = app.CreateClient();

        using var response = await client.PostClaimAsync(SampleClaims.ContractExample.Replace("\"administeredAmount\": 300", "\"administeredAmount\": 1e999", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var ruleIds = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["findings"]!.AsArray().Select(f => (string?)f!["ruleId"]).ToList();
        Assert.Contains("DRUG-UNITS-MISMATCH", ruleIds);
        Assert.Contains("DRUG-DOSE-ABOVE-LABEL", ruleIds);
    }

    [Fact]
    public async Task Escaped_control_characters_are_data_not_an_error()
    {
        using var app = new CptRulesApplication();
        using var client = app.CreateClient();

        using var response = await client.PostClaimAsync(SampleClaims.ContractExample.Replace("CLM-0001", "C\\u0000\\r\\n\\u001b", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("C\0\r\n\u001b", (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["claimId"]);
    }

    [Fact]
    public async Task Broken_chunked_framing_is_a_400_problem()
    {
        // Kestrel parses the framing, so this talks to it over a socket: HttpClient cannot send broken chunks.
        using var app = new CptRulesApplication();
        using var connection = await RawHttpConnection.OpenAsync(app);

        await connection.StartChunkedPostAsync("/validate", "application/json");
        await connection.SendAsync("5\r\n{ \"cl\r\nnot-a-chunk-size\r\n");
        var answer = await connection.ReadToEndAsync();

        Assert.StartsWith("HTTP/1.1 400 ", answer, StringComparison.Ordinal);
        Assert.Contains("Content-Type: application/problem+json", answer, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("\"title\":\"The request is malformed.\"", answer, StringComparison.Ordinal);
    }
}
