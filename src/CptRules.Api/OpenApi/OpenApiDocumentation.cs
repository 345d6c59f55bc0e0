using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace CptRules.Api.OpenApi;

/// <summary>What makes the document usable by people and tools alike: servers, described tags and parameters, examples for every answer.</summary>
public static class OpenApiDocumentation
{
    public static void Configure(SwaggerGenOptions options)
    {
        // Relative, so that Swagger UI and generated clients call the host that serves the document, wherever it runs.
        options.AddServer(new OpenApiServer { Url = "/", Description = "The CptRules instance serving this document" });
        options.DocumentFilter<DescriptionsDocumentFilter>();
        options.OperationFilter<OperationExamplesFilter>();
        options.OperationFilter<ProblemResponsesOperationFilter>();
        options.SchemaFilter<OpenObjectsSchemaFilter>();
    }
}

/// <summary>
/// Objects stay open to properties they do not list: the contract ignores unknown request properties, and answers
/// gain optional fields between versions ("add to it, never change it"), which a closed schema would make breaking.
/// </summary>
public sealed class OpenObjectsSchemaFilter : ISchemaFilter
{
    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is OpenApiSchema { AdditionalProperties: null } concrete && concrete.Type == JsonSchemaType.Object)
        {
            concrete.AdditionalPropertiesAllowed = true;
        }
    }
}

/// <summary>Describes each tag and the parameters shared by several operations.</summary>
public sealed class DescriptionsDocumentFilter : IDocumentFilter
{
    private static readonly Dictionary<string, string> TagDescriptions = new(StringComparer.Ordinal)
    {
        ["Validation"] = "Validate claims before they go to the payer: one claim as JSON, or a stream of claims as NDJSON.",
        ["Rules"] = "The rule catalog: every rule ID with its severity under a payer profile. Rule IDs are stable and never renamed.",
        ["Codes"] = "What the loaded CMS reference data says of a CPT/HCPCS code.",
    };

    private static readonly Dictionary<string, string> ParameterDescriptions = new(StringComparer.Ordinal)
    {
        ["payer"] = "Payer profile whose severities to show: `medicare` (default) or a profile configured under `CptRules:Profiles`.",
        ["id"] = "A rule ID, e.g. `ADDON-WITHOUT-PRIMARY` (any case).",
        ["code"] = "A CPT/HCPCS code, e.g. `64644` (any case).",
    };

    public void Apply(OpenApiDocument swaggerDoc, DocumentFilterContext context)
    {
        foreach (var tag in swaggerDoc.Tags ?? Enumerable.Empty<OpenApiTag>())
        {
            tag.Description ??= TagDescriptions.GetValueOrDefault(tag.Name ?? string.Empty);
        }

        var parameters = swaggerDoc.Paths.Values
            .SelectMany(path => path.Operations?.Values ?? Enumerable.Empty<OpenApiOperation>())
            .SelectMany(operation => operation.Parameters ?? [])
            .OfType<OpenApiParameter>();
        foreach (var parameter in parameters)
        {
            parameter.Description ??= ParameterDescriptions.GetValueOrDefault(parameter.Name ?? string.Empty);
        }
    }
}
