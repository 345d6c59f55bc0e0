using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;

namespace CptRules.Api.Tests.Support;

/// <summary>
/// The real host, in memory. Each test makes its own instance, so configuration and captured logs never leak
/// between tests. Every log event the app writes is also captured in <see cref="Logs"/>.
/// </summary>
public sealed class CptRulesApplication(Dictionary<string, string?>? settings = null) : WebApplicationFactory<Program>
{
    public CapturingSink Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in settings ?? [])
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services => services.AddSingleton<ILogEventSink>(Logs));
    }
}
