using CptRules.ReferenceData;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CptRules.Api.Health;

/// <summary>Ready once the reference data is loaded; it reports which rule set is in force.</summary>
public sealed class ReferenceDataHealthCheck(ReferenceDataSet data) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(HealthCheckResult.Healthy($"Reference data {data.RuleSet.Version} loaded ({string.Join("; ", data.RuleSet.Sources)})."));
}

public static class HealthEndpoints
{
    public const string ReadyTag = "ready";

    /// <summary>
    /// Liveness runs no check (the process answers); readiness runs the reference-data check. Both are open and
    /// unlimited: orchestrators probe them without an API key, and often.
    /// </summary>
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/health/live", new() { Predicate = _ => false }).WithTags("Health").AllowAnonymous().DisableRateLimiting();
        app.MapHealthChecks("/health/ready", new() { Predicate = check => check.Tags.Contains(ReadyTag) }).WithTags("Health").AllowAnonymous().DisableRateLimiting();
        return app;
    }
}
