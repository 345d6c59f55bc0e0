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
    private bool _onKestrel;

    public CapturingSink Logs { get; } = new();

    /// <summary>Serves the app on Kestrel at a free loopback port, for what only a real server does; returns its address.</summary>
    public Uri StartOnKestrel()
    {
        // Not UseKestrel(port): that rewrites the server's addresses while the app is already binding them, a race
        // that sometimes throws (dotnet/aspnetcore#67714). An address set before the host is built has none.
        _onKestrel = true;
        UseKestrel();
        StartServer();
        using var client = CreateClient();
        return client.BaseAddress!;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in settings ?? [])
        {
            builder.UseSetting(key, value);
        }

        if (_onKestrel)
        {
            builder.UseUrls("http://127.0.0.1:0");
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
