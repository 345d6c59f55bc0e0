using System.Text.Json.Serialization;
using CptRules.Catalog;
using CptRules.Findings;

namespace CptRules.Contract;

/// <summary>
/// Source-generated serialisation of the contract: no reflection on the request path. Numbers are not read
/// from strings: a wrong JSON type is a 400, as the contract says.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true,
    MaxDepth = 32)]
[JsonSerializable(typeof(ClaimRequest))]
[JsonSerializable(typeof(ValidationReport))]
[JsonSerializable(typeof(RuleCatalogEntry[]))]
[JsonSerializable(typeof(CodeDescription))]
[JsonSerializable(typeof(BatchLineResult))]
public sealed partial class ContractJsonContext : JsonSerializerContext;
