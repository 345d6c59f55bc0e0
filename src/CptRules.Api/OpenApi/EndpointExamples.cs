using CptRules.Contract;

namespace CptRules.Api.OpenApi;

/// <summary>Endpoint metadata: named request claims, declared next to the endpoint they document.</summary>
public sealed record EndpointExamples(IReadOnlyDictionary<string, (string Summary, ClaimRequest Claim)> Claims);
