using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CptRules.Api.Tests;

/// <summary>When the host is asked to stop (SIGTERM), requests in flight complete before it does, up to the shutdown timeout.</summary>
public class GracefulShutdownTests
{
    private static readonly string OneLineClaim = JsonNode.Parse(SampleClaims.ContractExample)!.ToJsonString();

    private static string ClaimWithId(string id) => OneLineClaim.Replace("CLM-0001", id, StringComparison.Ordinal) + "\n";

    [Fact]
    public async Task Batch_in_flight_when_the_host_stops_completes_with_all_its_results()
    {
        using var app = new CptRulesApplication();
        using var connection = await RawHttpConnection.OpenAsync(app);
        await connection.StartChunkedPostAsync("/validate/batch", "application/x-ndjson");
        await connection.SendChunkAsync(ClaimWithId("S-1"));
        Assert.Equal("S-1", (string?)(await connection.ReadJsonLineAsync())["result"]!["claimId"]);

        var stopping = app.Services.GetRequiredService<IHost>().StopAsync();
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.False(stopping.IsCompleted, "The host stopped without waiting for the request in flight.");
        foreach (var id in new[] { "S-2", "S-3", "S-4", "S-5" })
        {
            await connection.SendChunkAsync(ClaimWithId(id));
        }

        await connection.EndChunksAsync();
        var rest = await connection.ReadJsonLinesToTheEndAsync();
        await stopping.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(["S-2", "S-3", "S-4", "S-5"], rest.Select(r => (string?)r["result"]!["claimId"]));
        Assert.All(rest, r => Assert.Equal(200, (int)r["status"]!));
    }

    [Fact]
    public async Task Host_stops_after_the_configured_timeout_even_if_a_request_never_ends()
    {
        using var app = new CptRulesApplication(new() { ["CptRules:Limits:ShutdownTimeoutSeconds"] = "1" });
        using var connection = await RawHttpConnection.OpenAsync(app);
        await connection.StartChunkedPostAsync("/validate/batch", "application/x-ndjson");
        await connection.SendChunkAsync(ClaimWithId("S-1"));
        await connection.ReadJsonLineAsync();

        // With the default of 30 seconds this would wait for the abandoned request for that long.
        var stopping = app.Services.GetRequiredService<IHost>().StopAsync();

        await stopping.WaitAsync(TimeSpan.FromSeconds(15));
    }
}
