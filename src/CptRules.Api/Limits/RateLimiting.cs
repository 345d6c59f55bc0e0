using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace CptRules.Api.Limits;

/// <summary>
/// Requests per minute for each client: an authenticated client is its API key, anyone else its IP address (so
/// guessing keys is limited too). Endpoints marked DisableRateLimiting (health) are exempt.
/// </summary>
public static class RateLimiting
{
    public const string PermitsPerMinuteSetting = "CptRules:RateLimit:PermitsPerMinute";
    public const int DefaultPermitsPerMinute = 6_000;

    public static IServiceCollection AddCptRulesRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        var permits = configuration.GetValue(PermitsPerMinuteSetting, DefaultPermitsPerMinute);
        if (permits < 1)
        {
            throw new InvalidOperationException($"{PermitsPerMinuteSetting} must be 1 or more, not {permits}.");
        }

        return services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context => RateLimitPartition.GetFixedWindowLimiter(
                PartitionKey(context),
                _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            options.OnRejected = (context, _) => RejectAsync(context, permits);
        });
    }

    private static string PartitionKey(HttpContext context) =>
        context.User.Identity is { IsAuthenticated: true, Name: { } client }
            ? $"key:{client}"
            : $"ip:{context.Connection.RemoteIpAddress}";

    private static async ValueTask RejectAsync(OnRejectedContext context, int permits)
    {
        var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait)
            ? Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds))
            : 60;
        var http = context.HttpContext;
        http.Response.Headers.RetryAfter = retryAfter.ToString(CultureInfo.InvariantCulture);
        await http.RequestServices.GetRequiredService<IProblemDetailsService>().TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status429TooManyRequests,
                Title = "Too many requests.",
                Detail = $"A client may send {permits} requests a minute; retry after {retryAfter} seconds.",
            },
        });
    }
}
