using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace CptRules.Api.OpenApi;

/// <summary>Writes the <see cref="RequestExample"/>s and <see cref="OkExample"/>s of an endpoint into its operation.</summary>
public sealed class OperationExamplesFilter(ClaimScrubber scrubber) : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata;
        if (operation.RequestBody?.Content?.Values.FirstOrDefault() is OpenApiMediaType request)
        {
            foreach (var example in metadata.OfType<RequestExample>())
            {
                request.Examples ??= new Dictionary<string, IOpenApiExample>();
                request.Examples[example.Name] = new OpenApiExample { Summary = example.Summary, Value = example.Value.DeepClone() };
            }
        }

        if (operation.Responses?.TryGetValue("200", out var ok) == true && ok.Content?.Values.FirstOrDefault() is OpenApiMediaType okBody)
        {
            foreach (var example in metadata.OfType<OkExample>())
            {
                okBody.Examples ??= new Dictionary<string, IOpenApiExample>();
                okBody.Examples[example.Name] = new OpenApiExample { Summary = example.Summary, Value = example.Build(scrubber) };
            }
        }
    }
}
