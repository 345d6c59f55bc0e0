using OpenTelemetry.Metrics;

namespace CptRules.Api.Metrics;

public static class MetricsSetup
{
    public const string Path = "/metrics";

    /// <summary>
    /// The service's own counters plus ASP.NET Core's request duration histogram (<c>http.server.request.duration</c>,
    /// by route and status), for Prometheus.
    /// </summary>
    public static IServiceCollection AddCptRulesMetrics(this IServiceCollection services)
    {
        services.AddSingleton<ValidationMetrics>();
        services.AddOpenTelemetry().WithMetrics(metrics => metrics
            .AddMeter(ValidationMetrics.MeterName, "Microsoft.AspNetCore.Hosting")
            // Prometheus scrapes every few seconds at most; a cached scrape would only hide the latest counts.
            .AddPrometheusExporter(options => options.ScrapeResponseCacheDurationMilliseconds = 0));
        return services;
    }

    /// <summary>
    /// Prometheus text format at <see cref="Path"/>. Deliberately not anonymous: when API keys are configured, the
    /// fallback authorization policy puts the metrics behind them like every other endpoint.
    /// </summary>
    public static IEndpointConventionBuilder MapCptRulesMetrics(this IEndpointRouteBuilder app) =>
        app.MapPrometheusScrapingEndpoint(Path);
}
