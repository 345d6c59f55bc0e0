using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;

namespace CptRules.Api.Tests.Support;

/// <summary>
/// The real host, in memory. Each test makes its own instance, so configuration and captured logs never leak
/// between tests. Every log event the app writes is also captured in <see cref="Logs"/>. The environment is
/// Development unless a test names another; <paramref name="testServices"/> replaces services after the app's own.
/// </summary>
public sealed class CptRulesApplication(
    Dictionary<string, string?>? settings = null, string? environment = null, Action<IServiceCollection>? testServices = null)
    : WebApplicationFactory<Program>
{
    public CapturingSink Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in settings ?? [])
        {
            builder.UseSetting(key, value);
        }

        if (environment is not null)
        {
            builder.UseEnvironment(environment);
        }

        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<ILogEventSink>(Logs);
            testServices?.Invoke(services);
        });
    }
}
