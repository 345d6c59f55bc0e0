using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc;

namespace CptRules.Api.OpenApi;

// Endpoint metadata read by the operation filters: examples are declared next to the endpoint they document, and
// those that show an answer are built by the engine or the endpoint's own code, so the document cannot drift from them.

/// <summary>A named request body example, for bodies that are not one JSON claim (NDJSON).</summary>
public sealed record RequestExample(string Name, string Summary, JsonNode Value);

/// <summary>A named example of the 200 answer, built when the document is.</summary>
public sealed record OkExample(string Name, string Summary, Func<ClaimScrubber, JsonNode?> Build);

/// <summary>The problem an endpoint answers with <see cref="Status"/>, and what that status means there.</summary>
public sealed record ProblemExample(int Status, string Description, string Summary, Func<ClaimScrubber, ProblemDetails> Build);
