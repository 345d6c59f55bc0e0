using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.AspNetCore.Mvc;

namespace CptRules.Api.Limits;

/// <summary>Limits of the server itself (configuration section <c>CptRules:Limits</c>).</summary>
public sealed class LimitsOptions
{
    public const string Section = "CptRules:Limits";

    /// <summary>
    /// Bytes of one request body; a larger one is a 413. Batches are exempt: they are bounded per line and by
    /// claim count instead (<c>CptRules:Batch</c>).
    /// </summary>
    public long MaxClaimBytes { get; set; } = 1_048_576;

    /// <summary>Seconds a request may take, body upload included; the streaming batch endpoint has no such limit.</summary>
    public int RequestTimeoutSeconds { get; set; } = 30;

    /// <summary>Seconds that requests in flight get to complete once the host is asked to stop (SIGTERM).</summary>
    public int ShutdownTimeoutSeconds { get; set; } = 30;
}

public static class ServerLimits
{
    public static WebApplicationBuilder AddCptRulesLimits(this WebApplicationBuilder builder)
    {
        var limits = builder.Configuration.GetSection(LimitsOptions.Section).Get<LimitsOptions>() ?? new LimitsOptions();
        if (limits.MaxClaimBytes < 1 || limits.RequestTimeoutSeconds < 1 || limits.ShutdownTimeoutSeconds < 0)
        {
            throw new InvalidOperationException(
                $"{LimitsOptions.Section}: MaxClaimBytes and RequestTimeoutSeconds must be 1 or more, ShutdownTimeoutSeconds 0 or more.");
        }

        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;

            // The default for every endpoint; the batch endpoint lifts it with its own metadata.
            kestrel.Limits.MaxRequestBodySize = limits.MaxClaimBytes;
        });
        builder.Services.AddRequestTimeouts(options => options.DefaultPolicy = new RequestTimeoutPolicy
        {
            Timeout = TimeSpan.FromSeconds(limits.RequestTimeoutSeconds),

            // Validating a claim takes milliseconds: a request that runs out of time is one whose body did not arrive.
            TimeoutStatusCode = StatusCodes.Status408RequestTimeout,
            WriteTimeoutResponse = WriteTimeoutAsync,
        });
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(limits.ShutdownTimeoutSeconds));
        return builder;

        async Task WriteTimeoutAsync(HttpContext context) =>
            await context.RequestServices.GetRequiredService<IProblemDetailsService>().TryWriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails = new ProblemDetails
                {
                    Status = StatusCodes.Status408RequestTimeout,
                    Title = "The request took too long.",
                    Detail = $"A request must arrive and be answered within {limits.RequestTimeoutSeconds} seconds.",
                },
            });
    }
}
