using System.Text.Json.Nodes;

namespace CptRules.Api.Tests;

public class OpenApiDocumentTests
{
    private const string RegenerateCommand = "UPDATE_OPENAPI=1 dotnet test tests/CptRules.Api.Tests --filter FullyQualifiedName~OpenApiDocumentTests";

    [Fact]
    public async Task Committed_document_matches_the_served_one()
    {
        var served = await ServedDocumentAsync();
        var path = Path.Combine(RepositoryRoot(), "docs", "openapi.json");

        if (Environment.GetEnvironmentVariable("UPDATE_OPENAPI") == "1")
        {
            await File.WriteAllTextAsync(path, served.ToJsonString(new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n");
            return;
        }

        Assert.True(File.Exists(path), $"docs/openapi.json is missing. Write it with: {RegenerateCommand}");
        var committed = JsonNode.Parse(await File.ReadAllTextAsync(path));
        Assert.True(
            JsonNode.DeepEquals(served, committed),
            $"docs/openapi.json differs from the document the service serves at /swagger/v1/swagger.json (the generated client is built from the committed one). Regenerate it with: {RegenerateCommand}, then review and commit the diff.");
    }

    [Fact]
    public async Task Every_operation_has_a_summary_a_description_and_a_described_tag()
    {
        var document = await ServedDocumentAsync();

        var tags = document["tags"]!.AsArray().ToDictionary(t => (string)t!["name"]!, t => (string?)t!["description"]);
        Assert.All(tags, tag => Assert.False(string.IsNullOrWhiteSpace(tag.Value), tag.Key));
        foreach (var (name, operation) in Operations(document))
        {
            Assert.False(string.IsNullOrWhiteSpace((string?)operation["summary"]), name);
            Assert.False(string.IsNullOrWhiteSpace((string?)operation["description"]), name);
            Assert.All(operation["tags"]!.AsArray(), tag => Assert.Contains((string)tag!, tags.Keys));
        }
    }

    [Theory]
    [InlineData("/validate", "post", "200 400 401 413 415 429")]
    [InlineData("/validate/batch", "post", "200 401 415 429")]
    [InlineData("/rules", "get", "200 400 401 429")]
    [InlineData("/rules/{id}", "get", "200 400 401 404 429")]
    [InlineData("/codes/{code}", "get", "200 401 404 429")]
    public async Task Every_status_an_operation_can_answer_is_documented_with_an_example(string path, string method, string statuses)
    {
        var document = await ServedDocumentAsync();

        var responses = document["paths"]![path]![method]!["responses"]!.AsObject();
        Assert.Equal(statuses.Split(' '), responses.Select(r => r.Key));
        foreach (var (status, response) in responses)
        {
            var (mediaType, body) = Assert.Single(response!["content"]!.AsObject());
            Assert.Equal(status == "200" ? mediaType : "application/problem+json", mediaType);
            Assert.NotNull(body!["schema"]);
            var examples = body["examples"]!.AsObject();
            Assert.NotEmpty(examples);
            if (status != "200")
            {
                Assert.All(examples, e => Assert.Equal(int.Parse(status, System.Globalization.CultureInfo.InvariantCulture), (int)e.Value!["value"]!["status"]!));
            }
        }
    }

    [Fact]
    public async Task Batch_documents_an_ndjson_request_example_and_line_results()
    {
        var document = await ServedDocumentAsync();

        var batch = document["paths"]!["/validate/batch"]!["post"]!;
        var request = (string)batch["requestBody"]!["content"]!["application/x-ndjson"]!["examples"]!["three-lines"]!["value"]!;
        Assert.Equal(3, request.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        var lines = batch["responses"]!["200"]!["content"]!["application/x-ndjson"]!["examples"]!;
        Assert.Equal(200, (int)lines["valid-line"]!["value"]!["status"]!);
        Assert.Equal(400, (int)lines["invalid-line"]!["value"]!["status"]!);
    }

    [Fact]
    public async Task Document_has_contact_licence_a_server_and_string_enums()
    {
        var document = await ServedDocumentAsync();

        Assert.NotNull(document["info"]!["contact"]);
        Assert.NotNull(document["info"]!["license"]!["url"]);
        Assert.Equal("/", (string?)document["servers"]![0]!["url"]);
        var outcome = document["components"]!["schemas"]!["Outcome"]!;
        Assert.Equal("string", (string?)outcome["type"]);
        Assert.Equal(["pass", "pass-with-warnings", "fail"], outcome["enum"]!.AsArray().Select(v => (string)v!));
    }

    private static async Task<JsonNode> ServedDocumentAsync()
    {
        using var app = new CptRulesApplication();
        using var client = app.CreateClient();
        return JsonNode.Parse(await client.GetStringAsync(new Uri("/swagger/v1/swagger.json", UriKind.Relative)))!;
    }

    private static IEnumerable<(string Name, JsonNode Operation)> Operations(JsonNode document) =>
        document["paths"]!.AsObject().SelectMany(path => path.Value!.AsObject().Select(operation => ($"{operation.Key} {path.Key}", operation.Value!)));

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "CptRules.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No CptRules.sln above {AppContext.BaseDirectory}.");
    }
}
