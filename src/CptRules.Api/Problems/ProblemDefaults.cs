using Microsoft.AspNetCore.Http.Features;

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
                context.ProblemDetails.Detail ??= $"Send the body as application/json, not '{context.HttpContext.Request.ContentType ?? "no content type"}'.";
            }

            if (context.Exception is not null)
            {
                context.ProblemDetails.Title = "The service failed to process the request.";
                context.ProblemDetails.Detail = "The error has been logged; retrying the same request will not help until it is fixed.";
            }
        };
}
