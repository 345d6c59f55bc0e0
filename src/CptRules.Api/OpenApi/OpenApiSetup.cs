using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using CptRules.Contract;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace CptRules.Api.OpenApi;

public static class OpenApiSetup
{
    public static IServiceCollection AddCptRulesOpenApi(this IServiceCollection services)
    {
        services.AddEndpointsApiExplorer();
        services.ConfigureSwaggerGen(OpenApiDocumentation.Configure);
        services.AddSwaggerGen(options =>
        {
            options.SwaggerDoc("v1", new OpenApiInfo
            {
                Title = "CptRules",
                Version = "v1",
                Description = "Validates botulinum-toxin chemodenervation claim lines (CPT 64642–64647 and neighbours) against CMS NCCI, MUE and fee-schedule rules before a claim goes to the payer.",
                // Placeholders until the owners name a support address and a licence: the repository has neither.
                Contact = new OpenApiContact { Name = "CptRules maintainers", Url = new Uri("https://example.com/cptrules") },
                License = new OpenApiLicense { Name = "Proprietary", Url = new Uri("https://example.com/cptrules/licence") },
            });
            foreach (var assembly in new[] { typeof(Program).Assembly, typeof(ClaimRequest).Assembly })
            {
                var xml = Path.Combine(AppContext.BaseDirectory, $"{assembly.GetName().Name}.xml");
                if (File.Exists(xml))
                {
                    options.IncludeXmlComments(xml);
                }
            }

            options.OperationFilter<ExamplesOperationFilter>();
        });
        return services;
    }

    public static WebApplication UseCptRulesOpenApi(this WebApplication app)
    {
        app.UseSwagger();
        app.UseSwaggerUI(options => options.SwaggerEndpoint("/swagger/v1/swagger.json", "CptRules v1"));
        return app;
    }
}

/// <summary>
/// Writes the <see cref="EndpointExamples"/> of an endpoint into its operation, with the 200 answers the engine
/// really gives for them, so the documented responses cannot drift from the rules.
/// </summary>
public sealed class ExamplesOperationFilter(ClaimScrubber scrubber) : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<EndpointExamples>().FirstOrDefault() is not { } examples)
        {
            return;
        }

        if (operation.RequestBody?.Content?.TryGetValue("application/json", out var requestBody) == true && requestBody is OpenApiMediaType request)
        {
            request.Examples = examples.Claims.ToDictionary(
                e => e.Key,
                e => (IOpenApiExample)new OpenApiExample { Summary = e.Value.Summary, Value = ToNode(e.Value.Claim, ContractJsonContext.Default.ClaimRequest) });
        }

        if (operation.Responses?.TryGetValue("200", out var ok) == true && ok.Content?.TryGetValue("application/json", out var okContent) == true && okContent is OpenApiMediaType okBody)
        {
            okBody.Examples = examples.Claims.ToDictionary(
                e => e.Key,
                e => (IOpenApiExample)new OpenApiExample
                {
                    Summary = e.Value.Summary,
                    Value = ToNode(scrubber.Validate(ClaimRequestReader.Read(e.Value.Claim, scrubber.Profiles.Names).Claim!), ContractJsonContext.Default.ValidationReport),
                });
        }
    }

    private static JsonNode? ToNode<T>(T value, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> typeInfo) =>
        JsonSerializer.SerializeToNode(value, typeInfo);
}
