using CptRules;
using CptRules.Api.Batch;
using CptRules.Api.Codes;
using CptRules.Api.Health;
using CptRules.Api.Limits;
using CptRules.Api.Metrics;
using CptRules.Api.OpenApi;
using CptRules.Api.Problems;
using CptRules.Api.Rules;
using CptRules.Api.Security;
using CptRules.Api.Validation;
using CptRules.Contract;
using CptRules.ReferenceData;
using Serilog;
using Serilog.Formatting.Compact;

var builder = WebApplication.CreateBuilder(args);

// One logger per host, never the static Log.Logger: WebApplicationFactory builds several hosts at once, and a
// shared or frozen bootstrap logger would mix or break them. Levels come from the Serilog section; sinks
// registered as services (tests) join in.
builder.Services.AddSerilog(
    (services, logger) => logger
        .ReadFrom.Configuration(builder.Configuration)
        .ReadFrom.Services(services)
        .Enrich.FromLogContext()
        .WriteTo.Console(new CompactJsonFormatter()),
    preserveStaticLogger: true);

// Reference data and profiles load before the host starts: a missing or malformed file stops start-up with its
// name and line, a misspelt profile setting with the profile and rule, a service left open outside Development or
// an impossible limit with the setting to fix.
var dataDirectory = builder.Configuration["CptRules:DataDirectory"] is { Length: > 0 } configured
    ? configured
    : ReferenceDataSet.DefaultDirectory;
// Payer profiles: CptRules:Profiles:{name}:{ruleId} = error | warning | information | off.
var profileSettings = builder.Configuration.GetSection("CptRules:Profiles").GetChildren().ToDictionary(
    profile => profile.Key,
    profile => (IReadOnlyDictionary<string, string>)profile.GetChildren().ToDictionary(rule => rule.Key, rule => rule.Value ?? string.Empty));

ClaimScrubber scrubber;
try
{
    scrubber = new ClaimScrubber(ReferenceDataSet.Load(dataDirectory), profileSettings);
    builder.AddCptRulesApiKeys();
    builder.AddCptRulesLimits();
    builder.Services.AddCptRulesRateLimiting(builder.Configuration);
}
catch (Exception e) when (e is ReferenceDataException or InvalidOperationException)
{
    await Console.Error.WriteLineAsync($"CptRules cannot start: {e.Message}");
    return 1;
}

builder.Services.AddSingleton(scrubber);
builder.Services.AddSingleton(scrubber.Data);

builder.Services.ConfigureHttpJsonOptions(options =>
{
    options.SerializerOptions.TypeInfoResolverChain.Insert(0, ContractJsonContext.Default);
    options.SerializerOptions.DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull;
});
builder.Services.AddProblemDetails(ProblemDefaults.Configure);
builder.Services.Configure<ExceptionHandlerOptions>(ProblemDefaults.ConfigureExceptionHandler);
builder.Services.Configure<BatchOptions>(builder.Configuration.GetSection(BatchOptions.Section));
builder.Services.AddHealthChecks().AddCheck<ReferenceDataHealthCheck>("reference-data", tags: [HealthEndpoints.ReadyTag]);
builder.Services.AddCptRulesOpenApi();
builder.Services.AddCptRulesMetrics();

var app = builder.Build();

app.UseCptRulesSecurityHeaders();

// Outside the exception handler, so that the logged status is the one answered (a 413, not the 500 an escaping
// exception would otherwise be logged as).
app.UseSerilogRequestLogging(options =>
{
    options.Logger = app.Services.GetRequiredService<Serilog.ILogger>();
    options.MessageTemplate = "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0000} ms";
});
app.UseExceptionHandler();
app.UseStatusCodePages();

// Swagger UI and the OpenAPI document are public: served before authentication and rate limiting. Rate limiting
// comes after authentication (a client is its key) and before authorization (wrong keys count against their IP).
app.UseCptRulesOpenApi();
app.UseAuthentication();
app.UseRateLimiter();
app.UseAuthorization();
app.UseRequestTimeouts();

app.MapHealthEndpoints();
app.MapValidation();
app.MapBatch();
app.MapRules();
app.MapCodes();
app.MapCptRulesMetrics();

await app.RunAsync();
return 0;

/// <summary>The web host; public so that WebApplicationFactory can start it in tests.</summary>
public partial class Program;
