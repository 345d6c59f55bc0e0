using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;

namespace CptRules.Api.Problems;

/// <summary>Every error answer is RFC 9457 problem+json with the request's trace id, and never an exception's text.</summary>
public static class ProblemDefaults
{
    public static void Configure(ProblemDetailsOptions options) =>
        options.CustomizeProblemDetails = context =>
        {
            context.ProblemDetails.Extensions["traceId"] = context.HttpContext.Features.Get<IHttpActivityFeature>()?.Activity.Id
                ?? context.HttpContext.TraceIdentifier;
            if (context.ProblemDetails.Status == StatusCodes.Status415UnsupportedMediaType)
            {
                context.ProblemDetails.Detail ??= $"Send the body as {AcceptedContentTypes(context.HttpContext)}, not '{context.HttpContext.Request.ContentType ?? "no content type"}'.";
            }

            if (context.Exception is BadHttpRequestException)
            {
                (context.ProblemDetails.Title, context.ProblemDetails.Detail) = DescribeBadRequest(context.HttpContext, context.ProblemDetails.Status);
            }
            else if (context.Exception is not null)
            {
                context.ProblemDetails.Title = "The service failed to process the request.";
                context.ProblemDetails.Detail = "The error has been logged; retrying the same request will not help until it is fixed.";
            }
        };

    // Routing answers a 415 from an endpoint of its own, without the metadata of the one the client meant, so the
    // content types come from the endpoints of the requested path: application/json for a claim,
    // application/x-ndjson for a batch.
    private static string AcceptedContentTypes(HttpContext context)
    {
        var path = context.Request.Path.Value?.TrimEnd('/');
        var accepted = context.RequestServices.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(endpoint => string.Equals("/" + endpoint.RoutePattern.RawText?.Trim('/'), path, StringComparison.OrdinalIgnoreCase))
            .SelectMany(endpoint => endpoint.Metadata.GetMetadata<IAcceptsMetadata>()?.ContentTypes ?? [])
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        return accepted.Count > 0 ? string.Join(" or ", accepted) : "application/json";
    }

    /// <summary>
    /// The server's own rejections of a request (body too large, broken chunking, a body that stopped arriving)
    /// keep their 4xx status; everything else unhandled is a 500.
    /// </summary>
    public static void ConfigureExceptionHandler(ExceptionHandlerOptions options)
    {
        options.StatusCodeSelector = exception => exception is BadHttpRequestException badRequest
            ? badRequest.StatusCode
            : StatusCodes.Status500InternalServerError;

        // A client's malformed request is answered, not an error of the service worth a stack trace in the log.
        options.SuppressDiagnosticsCallback = context => context.Exception is BadHttpRequestException;
    }

    private static (string Title, string Detail) DescribeBadRequest(HttpContext context, int? status) => status switch
    {
        StatusCodes.Status413PayloadTooLarge => (
            "The body is too large.",
            context.Features.Get<IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize is { } limit
                ? $"This endpoint takes bodies of at most {limit} bytes."
                : "This endpoint does not take a body this large."),
        StatusCodes.Status408RequestTimeout => (
            "The body did not arrive in time.",
            "The request body arrived too slowly or stopped arriving."),
        _ => (
            "The request is malformed.",
            "The request does not follow HTTP (its framing, headers or body encoding); fix the client before retrying."),
    };
}
