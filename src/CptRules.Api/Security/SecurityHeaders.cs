namespace CptRules.Api.Security;

/// <summary>Headers that keep browsers from sniffing, framing, caching or leaking what this service answers.</summary>
public static class SecurityHeaders
{
    // A JSON answer loads nothing, so it may load nothing.
    private const string ApiPolicy = "default-src 'none'; frame-ancestors 'none'";

    // Swagger UI loads its scripts, styles and the OpenAPI document from this origin and draws icons from data:
    // URIs; without inline styles its logo and parts of its layout lose their styling (checked in Chromium).
    private const string SwaggerUiPolicy = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; object-src 'none'; frame-ancestors 'none'";

    /// <summary>
    /// Goes first in the pipeline and sets the headers as the response starts, so that answers written after the
    /// exception handler has cleared the response carry them too.
    /// </summary>
    public static IApplicationBuilder UseCptRulesSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            context.Response.OnStarting(static state => Apply((HttpContext)state), context);
            return next(context);
        });

    private static Task Apply(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        if (context.Request.Path.StartsWithSegments("/swagger", StringComparison.OrdinalIgnoreCase))
        {
            headers.ContentSecurityPolicy = SwaggerUiPolicy;
        }
        else
        {
            headers.ContentSecurityPolicy = ApiPolicy;

            // Answers describe a claim, which is protected health information: no cache may keep them.
            headers.CacheControl = "no-store";
        }

        return Task.CompletedTask;
    }
}
