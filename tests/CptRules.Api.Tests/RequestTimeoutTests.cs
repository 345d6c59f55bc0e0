using System.Text.Json.Nodes;

namespace CptRules.Api.Tests;

/// <summary>A claim must arrive within the request timeout (30 s by default); the streaming batch has none.</summary>
public class RequestTimeoutTests
{
    private static readonly string OneLineClaim = JsonNode.Parse(SampleClaims.ContractExample)!.ToJsonString();

    [Fact]
    public async Task Claim_body_that_stops_arriving_is_a_408_problem()
    {
        using var app = new CptRulesApplication(new() { ["CptRules:Limits:RequestTimeoutSeconds"] = "1" });
        using var connection = await RawHttpConnection.OpenAsync(app);

        await connection.SendAsync($"POST /validate HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: {OneLineClaim.Length}\r\n\r\n");
        await connection.SendAsync(OneLineClaim[..20]);
        var answer = await connection.ReadToEndAsync();

        Assert.StartsWith("HTTP/1.1 408 ", answer, StringComparison.Ordinal);
        Assert.Contains("Content-Type: application/problem+json", answer, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("\"detail\":\"A request must arrive and be answered within 1 seconds.\"", answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Batch_may_pause_longer_than_the_timeout()
    {
        using var app = new CptRulesApplication(new() { ["CptRules:Limits:RequestTimeoutSeconds"] = "1" });
        using var connection = await RawHttpConnection.OpenAsync(app);

        await connection.StartChunkedPostAsync("/validate/batch", "application/x-ndjson");
        await connection.SendChunkAsync(OneLineClaim + "\n");
        var first = await connection.ReadJsonLineAsync();
        await Task.Delay(TimeSpan.FromSeconds(2.5));
        await connection.SendChunkAsync(OneLineClaim + "\n");
        await connection.EndChunksAsync();
        var rest = await connection.ReadJsonLinesToTheEndAsync();

        Assert.Equal(200, (int)first["status"]!);
        Assert.Equal(200, (int)Assert.Single(rest)["status"]!);
    }
}
