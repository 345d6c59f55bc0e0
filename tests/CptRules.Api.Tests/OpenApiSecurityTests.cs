using System.Text.Json.Nodes;

namespace CptRules.Api.Tests;

/// <summary>Swagger UI's Authorize button: the document declares the X-Api-Key scheme and which operations need it.</summary>
public class OpenApiSecurityTests
{
    [Fact]
    public async Task Document_declares_the_api_key_scheme_and_requires_it_on_the_api_operations()
    {
        using var app = new CptRulesApplication();
        using var client = app.CreateClient();

        var document = JsonNode.Parse(await client.GetStringAsync(new Uri("/swagger/v1/swagger.json", UriKind.Relative)))!;

        var scheme = document["components"]!["securitySchemes"]!["ApiKey"]!;
        Assert.Equal("apiKey", (string?)scheme["type"]);
        Assert.Equal("header", (string?)scheme["in"]);
        Assert.Equal("X-Api-Key", (string?)scheme["name"]);
        foreach (var (path, method) in new[] { ("/validate", "post"), ("/validate/batch", "post"), ("/rules", "get"), ("/codes/{code}", "get") })
        {
            var operation = document["paths"]![path]![method]!;
            Assert.True(operation["security"]![0]!.AsObject().ContainsKey("ApiKey"), $"{method} {path} does not require the key");
        }
    }
}
