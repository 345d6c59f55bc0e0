using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace CptRules.Api.Tests;

public class BatchEndpointTests
{
    private static readonly string OneLineClaim = JsonNode.Parse(SampleClaims.ContractExample)!.ToJsonString();

    private static string ClaimWithId(string id) => OneLineClaim.Replace("CLM-0001", id, StringComparison.Ordinal);

    private static StringContent Ndjson(string body) => new(body, Encoding.UTF8, "application/x-ndjson");

    private static async Task<List<JsonNode>> PostBatchAsync(HttpClient client, string body)
    {
        using var response = await client.PostAsync(new Uri("/validate/batch", UriKind.Relative), Ndjson(body));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/x-ndjson", response.ContentType()?.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        return [.. text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!)];
    }

    [Fact]
    public async Task Every_claim_is_answered_in_input_order()
    {
        using var app = new CptRulesApplication();
        using var client = app.CreateClient();
        var ids = Enumerable.Range(0, 200).Select(i => $"B-{i}").ToList();

        var results = await PostBatchAsync(client, string.Join('\n', ids.Select(ClaimWithId)) + "\n");

        Assert.Equal(ids, results.Select(r => (string?)r["result"]!["claimId"]));
        Assert.Equal(Enumerable.Range(1, 200).Select(i => (long)i), results.Select(r => (long)r["line"]!));
        Assert.All(results, r => Assert.Equal(200, (int)r["status"]!));
        Assert.All(results, r => Assert.Equal("pass", (string?)r["result"]!["outcome"]));
    }

    [Fact]
    public async Task Broken_line_in_the_middle_gets_a_problem_and_the_stream_goes_on()
    {
        using var app = new CptRulesApplication();
        using var client = app.CreateClient();
        var body = string.Join("\r\n", ClaimWithId("A"), "{ this is not json", ClaimWithId("B"), """{ "claimId": "C", "lines": [] }""", ClaimWithId("D"));

        var results = await PostBatchAsync(client, body);

        Assert.Equal([1L, 2L, 3L, 4L, 5L], results.Select(r => (long)r["line"]!));
        Assert.Equal([200, 400, 200, 400, 200], results.Select(r => (int)r["status"]!));
        Assert.Equal(["A", "B", "D"], results.Where(r => (int)r["status"]! == 200).Select(r => (string?)r["result"]!["claimId"]));
        Assert.Contains("not valid JSON", (string?)results[1]["problem"]!["errors"]!["$"]![0], StringComparison.Ordinal);
        Assert.Equal(["$.dateOfService", "$.lines"], results[3]["problem"]!["errors"]!.AsObject().Select(e => e.Key));
    }

    [Fact]
    public async Task Blank_lines_are_skipped_but_counted_in_line_numbers()
    {
        using var app = new CptRulesApplication();
        using var client = app.CreateClient();

        var results = await PostBatchAsync(client, $"\n{ClaimWithId("A")}\n   \n{ClaimWithId("B")}");

        Assert.Equal([2L, 4L], results.Select(r => (long)r["line"]!));
    }

    [Fact]
    public async Task Claims_past_the_configured_maximum_get_one_413_and_are_not_read()
    {
        using var app = new CptRulesApplication(new() { ["CptRules:Batch:MaxClaims"] = "3" });
        using var client = app.CreateClient();

        var results = await PostBatchAsync(client, string.Join('\n', Enumerable.Range(0, 6).Select(i => ClaimWithId($"M-{i}"))));

        Assert.Equal([200, 200, 200, 413], results.Select(r => (int)r["status"]!));
        Assert.Equal(4L, (long)results[3]["line"]!);
        Assert.Contains("at most 3 claims", (string?)results[3]["problem"]!["detail"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Line_longer_than_the_limit_gets_a_413_and_the_next_line_is_answered()
    {
        using var app = new CptRulesApplication(new() { ["CptRules:Batch:MaxLineBytes"] = "2000" });
        using var client = app.CreateClient();
        var longLine = OneLineClaim.Replace("\"patient\":", $"\"padding\":\"{new string('x', 50_000)}\",\"patient\":", StringComparison.Ordinal);

        var results = await PostBatchAsync(client, string.Join('\n', ClaimWithId("A"), longLine, ClaimWithId("C")));

        Assert.Equal([200, 413, 200], results.Select(r => (int)r["status"]!));
        Assert.Equal([1L, 2L, 3L], results.Select(r => (long)r["line"]!));
        Assert.Equal("C", (string?)results[2]["result"]!["claimId"]);
    }

    [Fact]
    public async Task Batch_needs_the_ndjson_content_type()
    {
        using var app = new CptRulesApplication();
        using var client = app.CreateClient();

        using var response = await client.PostAsync(new Uri("/validate/batch", UriKind.Relative), SampleClaims.Json(OneLineClaim));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.ContentType()?.MediaType);
        var detail = JsonNode.Parse(await response.Content.ReadAsStringAsync())?["detail"]?.GetValue<string>();
        Assert.Equal("Send the body as application/x-ndjson, not 'application/json; charset=utf-8'.", detail);
    }

    [Fact]
    public async Task Results_stream_back_before_the_request_has_ended()
    {
        // Over a raw socket to Kestrel on loopback: the in-memory test server and HttpClient both send a request
        // body whole before they read the answer, which would hide a server that waits for the whole batch.
        using var app = new CptRulesApplication();
        var address = app.StartOnKestrel();
        using var socket = new System.Net.Sockets.TcpClient();
        await socket.ConnectAsync(address.Host, address.Port);
        var stream = socket.GetStream();
        using var reader = new StreamReader(stream, Encoding.UTF8);

        await stream.WriteAsync(Encoding.ASCII.GetBytes("POST /validate/batch HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-ndjson\r\nTransfer-Encoding: chunked\r\n\r\n"));
        await stream.WriteAsync(Chunk(ClaimWithId("FIRST") + "\n"));

        // Only the first claim has been sent and the request is still open: its result must already arrive.
        var first = await ReadResultLineAsync(reader).WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal("FIRST", (string?)first["result"]!["claimId"]);

        await stream.WriteAsync(Chunk(ClaimWithId("SECOND") + "\n"));
        await stream.WriteAsync("0\r\n\r\n"u8.ToArray());
        var second = await ReadResultLineAsync(reader).WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal("SECOND", (string?)second["result"]!["claimId"]);
    }

    private static byte[] Chunk(string text)
    {
        var payload = Encoding.UTF8.GetBytes(text);
        return [.. Encoding.ASCII.GetBytes($"{payload.Length:x}\r\n"), .. payload, .. "\r\n"u8];
    }

    /// <summary>Skips the status line, headers and chunk-size lines of the chunked answer; returns the next result.</summary>
    private static async Task<JsonNode> ReadResultLineAsync(StreamReader reader)
    {
        while (await reader.ReadLineAsync() is { } line)
        {
            if (line.StartsWith('{'))
            {
                return JsonNode.Parse(line)!;
            }
        }

        throw new InvalidOperationException("The connection closed before a result arrived.");
    }
}
