using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace CptRules.Api.OpenApi;

/// <summary>
/// Documents every error status an operation can answer, each as <c>application/problem+json</c> with an example:
/// those the pipeline gives to every endpoint (401 API key, 429 rate limit), those every body gives (415, and 413
/// unless the endpoint lifts the size limit), and the <see cref="ProblemExample"/>s its endpoint declares (400, 404).
/// </summary>
public sealed class ProblemResponsesOperationFilter(ClaimScrubber scrubber) : IOperationFilter
{
    private const string ProblemJson = "application/problem+json";

    /// <summary>A W3C trace id such as the service puts in every problem as <c>traceId</c>.</summary>
    private const string ExampleTraceId = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

    // The type links ASP.NET Core's problem details service fills in for these statuses (it has none for 413 and 429).
    private static readonly Dictionary<int, string> TypeLinks = new()
    {
        [StatusCodes.Status400BadRequest] = "https://tools.ietf.org/html/rfc9110#section-15.5.1",
        [StatusCodes.Status401Unauthorized] = "https://tools.ietf.org/html/rfc9110#section-15.5.2",
        [StatusCodes.Status404NotFound] = "https://tools.ietf.org/html/rfc9110#section-15.5.5",
        [StatusCodes.Status415UnsupportedMediaType] = "https://tools.ietf.org/html/rfc9110#section-15.5.16",
    };

    private static readonly JsonSerializerOptions SerializerOptions = new(JsonSerializerDefaults.Web);

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata;
        operation.Responses ??= [];

        // Health checks are not in the document, so every operation here is behind the API key and the rate limiter.
        Declare(operation, context, new ProblemExample(
            StatusCodes.Status401Unauthorized,
            "No valid API key: the `X-Api-Key` header is missing or holds no configured key (only when the service is configured with API keys).",
            "No API key",
            _ => Problem(StatusCodes.Status401Unauthorized, "Unauthorized", "Send a valid API key in the X-Api-Key header.")));
        Declare(operation, context, new ProblemExample(
            StatusCodes.Status429TooManyRequests,
            "Too many requests from this client in the current window: wait and retry.",
            "Rate limit reached",
            _ => Problem(StatusCodes.Status429TooManyRequests, "Too Many Requests", "The request rate limit has been reached; retry later.")));

        if (operation.RequestBody?.Content is { Count: > 0 } content)
        {
            var accepted = string.Join(" or ", content.Keys);
            Declare(operation, context, new ProblemExample(
                StatusCodes.Status415UnsupportedMediaType,
                $"The body was not sent as `{accepted}`.",
                "Wrong content type",
                _ => Problem(StatusCodes.Status415UnsupportedMediaType, "Unsupported Media Type", $"Send the body as {accepted}, not 'text/plain'.")));

            // An endpoint that lifts the request size limit bounds its body otherwise (the batch: per line, in its answer).
            if (!metadata.OfType<IRequestSizeLimitMetadata>().Any(limit => limit.MaxRequestBodySize is null))
            {
                Declare(operation, context, new ProblemExample(
                    StatusCodes.Status413PayloadTooLarge,
                    "The body is larger than the service's request size limit.",
                    "Body too large",
                    _ => Problem(StatusCodes.Status413PayloadTooLarge, "Payload Too Large", "The request body is larger than the service accepts.")));
            }
        }

        foreach (var example in metadata.OfType<ProblemExample>())
        {
            Declare(operation, context, example);
        }

        // Statuses in numeric order, as a reader scans them.
        var ordered = operation.Responses.OrderBy(r => r.Key, StringComparer.Ordinal).ToList();
        operation.Responses.Clear();
        foreach (var (status, response) in ordered)
        {
            operation.Responses[status] = response;
        }
    }

    private void Declare(OpenApiOperation operation, OperationFilterContext context, ProblemExample example)
    {
        var status = example.Status.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (!operation.Responses!.TryGetValue(status, out var declared) || declared is not OpenApiResponse response)
        {
            response = new OpenApiResponse();
            operation.Responses[status] = response;
        }

        var problem = example.Build(scrubber);
        response.Description = example.Description;
        response.Content ??= new Dictionary<string, IOpenApiMediaType>();
        if (!response.Content.TryGetValue(ProblemJson, out var declaredMedia) || declaredMedia is not OpenApiMediaType media)
        {
            media = new OpenApiMediaType { Schema = context.SchemaGenerator.GenerateSchema(problem.GetType(), context.SchemaRepository) };
            response.Content[ProblemJson] = media;
        }

        media.Examples ??= new Dictionary<string, IOpenApiExample>();
        media.Examples[ExampleName(example.Summary)] = new OpenApiExample { Summary = example.Summary, Value = AsServed(problem) };
    }

    /// <summary>The problem as the service writes it: with the default type link and a trace id.</summary>
    private static JsonNode? AsServed(ProblemDetails problem)
    {
        problem.Type ??= problem.Status is { } status ? TypeLinks.GetValueOrDefault(status) : null;
        problem.Extensions.TryAdd("traceId", ExampleTraceId);
        return JsonSerializer.SerializeToNode(problem, problem.GetType(), SerializerOptions);
    }

    private static ProblemDetails Problem(int status, string title, string detail) => new() { Status = status, Title = title, Detail = detail };

    private static string ExampleName(string summary) => string.Join('-', summary.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
