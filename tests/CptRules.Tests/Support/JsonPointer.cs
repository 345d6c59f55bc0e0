using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using CptRules.Contract;

namespace CptRules.Tests.Support;

/// <summary>
/// Resolves a finding's RFC 6901 pointer in the request as the billing system sends it (camelCase JSON).
/// CptRules.Api.Tests compiles this file too, to resolve pointers in the bodies it posts.
/// </summary>
public static class JsonPointer
{
    public static void AssertResolves(ClaimRequest request, string pointer) =>
        AssertResolves(JsonSerializer.SerializeToNode(request, ContractJsonContext.Default.ClaimRequest), pointer);

    public static void AssertResolves(JsonNode? request, string pointer)
    {
        Assert.True(pointer.Length == 0 || pointer[0] == '/', $"'{pointer}' is not an RFC 6901 pointer.");
        var node = request;
        foreach (var token in pointer.Length == 0 ? [] : pointer[1..].Split('/'))
        {
            var name = token.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            node = node switch
            {
                JsonArray array when int.TryParse(name, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < array.Count => array[index],
                JsonObject obj when obj.TryGetPropertyValue(name, out var child) => child,
                _ => throw new Xunit.Sdk.XunitException($"The pointer '{pointer}' does not resolve in the request: '{name}' is not there."),
            };
        }
    }
}
