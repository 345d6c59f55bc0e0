using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.OpenApi;

namespace CptRules.Api.Security;

/// <summary>
/// API keys from <c>CptRules:ApiKeys</c>. With at least one key, every endpoint not marked AllowAnonymous needs a
/// valid <c>X-Api-Key</c> header; without keys the service is open, which only Development or an explicit
/// <c>CptRules:AllowAnonymous=true</c> permits.
/// </summary>
public static class ApiKeyAuthentication
{
    public const string Scheme = "ApiKey";
    public const string HeaderName = "X-Api-Key";

    /// <summary>Adds the scheme, the fallback policy and the Swagger UI Authorize button.</summary>
    /// <exception cref="InvalidOperationException">Outside Development, no key is configured and anonymous access was not allowed.</exception>
    public static WebApplicationBuilder AddCptRulesApiKeys(this WebApplicationBuilder builder)
    {
        // A blank entry (an empty environment variable) must not become a key that an empty header matches.
        var keys = builder.Configuration.GetSection("CptRules:ApiKeys").GetChildren()
            .Select(key => key.Value)
            .OfType<string>()
            .Where(key => !string.IsNullOrWhiteSpace(key))
            .ToList();
        var allowAnonymous = builder.Configuration.GetValue("CptRules:AllowAnonymous", false);
        if (keys.Count == 0 && !allowAnonymous && !builder.Environment.IsDevelopment())
        {
            throw new InvalidOperationException(
                $"no API key is configured and the environment is '{builder.Environment.EnvironmentName}'. Set CptRules:ApiKeys "
                + "(e.g. CptRules__ApiKeys__0=<key>), or CptRules:AllowAnonymous=true to serve without authentication.");
        }

        // Only hashes are kept: equal lengths make the comparison constant-time whatever the client sends.
        var keyHashes = keys.Select(key => SHA256.HashData(Encoding.UTF8.GetBytes(key))).ToArray();
        builder.Services
            .AddAuthentication(Scheme)
            .AddScheme<ApiKeyAuthenticationOptions, ApiKeyAuthenticationHandler>(Scheme, options => options.KeyHashes = keyHashes);
        var authorization = builder.Services.AddAuthorizationBuilder();
        if (keyHashes.Length > 0)
        {
            authorization.SetFallbackPolicy(new AuthorizationPolicyBuilder(Scheme).RequireAuthenticatedUser().Build());
        }

        // Declared whatever the configuration, so the OpenAPI document (and clients generated from it) is the same
        // in every environment; a Development service without keys ignores the header.
        builder.Services.ConfigureSwaggerGen(options =>
        {
            options.AddSecurityDefinition(Scheme, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Header,
                Name = HeaderName,
                Description = "An API key issued for this service. Required whenever the service is configured with keys (always in Production, unless it was deliberately opened).",
            });
            options.OperationFilter<ApiKeyOperationFilter>();
        });
        return builder;
    }
}
